/** Reads a content file for editing: its exact text, its hash, and whether it is safe to edit. */
import { constants } from 'node:fs';
import { access, readFile, realpath } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { contentHash } from './content-hash';
import { fileWritable, realFs } from './write-atomic';

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

/**
 * Why the file's permissions forbid saving it, in words, or undefined. A save writes a new
 * copy beside the file and renames it over, so the folder must allow changes too.
 */
async function permissionProblem(path: string): Promise<string | undefined> {
  const name = basename(path);
  if (!(await fileWritable(realFs, path))) {
    return `${name} is read-only on disk (its permissions do not allow changes). It is shown read-only; make it writable to edit it here.`;
  }
  const folder = dirname(await realpath(path));
  const folderWritable = await access(folder, constants.W_OK).then(() => true, () => false);
  if (!folderWritable) {
    return `The folder of ${name} does not allow changes, and saving writes a new copy of the file in it. It is shown read-only.`;
  }
  return undefined;
}

export async function openDocument(path: string, options: OpenDocumentOptions = {}): Promise<OpenedDocument> {
  const opened = documentFromBytes(path, await readFile(path), options);
  if (opened.readOnly) return opened;
  const problem = await permissionProblem(path);
  return problem ? { ...opened, readOnly: true, readOnlyReason: problem } : opened;
}
