/** Reads a content file for editing: its exact text, its hash, and whether it is safe to edit. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { contentHash } from './content-hash';

export const MAX_EDITABLE_BYTES = 5 * 1024 * 1024;

export interface OpenedDocument {
  path: string;
  /** The file's text, BOM included, line endings untouched. */
  text: string;
  /** sha256 of the bytes on disk when loaded: pass it to saveDocument. */
  hash: string;
  bytes: number;
  readOnly: boolean;
  /** Why the file opened read-only, in words for the writer. */
  readOnlyReason?: string;
}

export interface OpenDocumentOptions {
  maxBytes?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function firstInvalidLine(bytes: Uint8Array): number {
  // Decoding the lossy text marks bad bytes with U+FFFD; the first real one gives the line.
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  return at === -1 ? 1 : lossy.slice(0, at).split('\n').length;
}

/** Decodes file bytes; invalid UTF-8 comes back with `valid: false` and replacement characters. */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    // ignoreBOM keeps the BOM in the text, so saving writes it back.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), valid: true };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), valid: false };
  }
}

export function documentFromBytes(path: string, bytes: Uint8Array, options: OpenDocumentOptions = {}): OpenedDocument {
  const max = options.maxBytes ?? MAX_EDITABLE_BYTES;
  const hash = contentHash(bytes);
  const { text, valid } = decodeUtf8(bytes);
  const name = basename(path);
  if (bytes.length > max) {
    return {
      path, text, hash, bytes: bytes.length, readOnly: true,
      readOnlyReason: `${name} is ${megabytes(bytes.length)}, larger than the ${megabytes(max)} Postdesk edits. It is shown read-only; edit it in a text editor.`,
    };
  }
  if (!valid) {
    return {
      path, text, hash, bytes: bytes.length, readOnly: true,
      readOnlyReason: `${name} is not valid UTF-8 text (first bad character on line ${firstInvalidLine(bytes)}). It is shown read-only so saving cannot damage it; re-save it as UTF-8 in a text editor.`,
    };
  }
  return { path, text, hash, bytes: bytes.length, readOnly: false };
}

export async function openDocument(path: string, options: OpenDocumentOptions = {}): Promise<OpenedDocument> {
  return documentFromBytes(path, await readFile(path), options);
}
