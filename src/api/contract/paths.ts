import { z } from 'zod/v4';

/** A folder the writer typed or picked: any absolute or relative path, but never empty or binary junk. */
export const FolderPathSchema = z
  .string()
  .trim()
  .min(1, 'Enter a folder path.')
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain a NUL character.');

/** A file inside the open content root, written relative to it with forward slashes. */
export const ContentPathSchema = z
  .string()
  .min(1)
  .max(1024)
  .refine((p) => !p.includes('\0') && !p.includes('\\'), 'Use forward slashes in content paths.')
  .refine((p) => !p.startsWith('/') && !/^[a-zA-Z]:/.test(p), 'Content paths are relative to the content folder.')
  .refine((p) => !p.split('/').includes('..'), 'A content path cannot leave the content folder.');
