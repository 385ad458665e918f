import { createHash } from 'node:crypto';

/** sha256 (hex) of file content; strings are hashed as the UTF-8 bytes they are saved as. */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
