/** Where drafts live in the data folder, and how one is read and written. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic, type AtomicFs } from '../files/write-atomic';

export interface DraftRecord {
  /** Absolute path of the content folder. */
  root: string;
  /** Path relative to the root, forward slashes. */
  file: string;
  /** The unsaved buffer, exactly. */
  text: string;
  /** Hash of the file on disk the edits started from (null for a file never saved). */
  baseHash: string | null;
  /** When the draft was written (ISO, UTC). */
  savedAt: string;
}

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

export function normalizeRoot(root: string): string {
  return resolve(root);
}

/** Root-relative, forward-slash form of a path given relative to the root or absolute. */
export function relativeFile(root: string, file: string): string {
  const rel = isAbsolute(file) ? relative(normalizeRoot(root), file) : file;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}

export function folderFor(dataDir: string, root: string): string {
  return join(dataDir, 'drafts', hash(normalizeRoot(root), 16));
}

export function pathFor(dataDir: string, root: string, file: string): string {
  return join(folderFor(dataDir, root), `${hash(relativeFile(root, file), 24)}.json`);
}

export async function writeDraft(dataDir: string, record: DraftRecord, fs?: AtomicFs): Promise<string> {
  const path = pathFor(dataDir, record.root, record.file);
  await mkdir(folderFor(dataDir, record.root), { recursive: true });
  await writeFileAtomic(path, JSON.stringify({ version: 1, ...record }), { fs });
  return path;
}

export async function deleteDraft(dataDir: string, root: string, file: string): Promise<void> {
  await unlink(pathFor(dataDir, root, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

function isRecord(value: unknown): value is DraftRecord {
  const v = value as Partial<DraftRecord> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.root === 'string' && typeof v.file === 'string' &&
    typeof v.text === 'string' && typeof v.savedAt === 'string' && (typeof v.baseHash === 'string' || v.baseHash === null)
  );
}

/** Every readable draft of one content folder; unreadable journal files are skipped, never fatal. */
export async function readDrafts(dataDir: string, root: string): Promise<DraftRecord[]> {
  const folder = folderFor(dataDir, root);
  const names = await readdir(folder).catch(() => [] as string[]);
  const records: DraftRecord[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      const parsed: unknown = JSON.parse(await readFile(join(folder, name), 'utf8'));
      if (isRecord(parsed)) records.push({ root: parsed.root, file: parsed.file, text: parsed.text, baseHash: parsed.baseHash, savedAt: parsed.savedAt });
    } catch {
      // A torn or foreign file: atomic writes make this unlikely, and one bad file must not hide the others.
    }
  }
  return records;
}
