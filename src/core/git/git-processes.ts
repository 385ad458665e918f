import { execFile } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

export interface GitProcess {
  pid: number;
  command: string;
  /** Its working folder, when the system lets us see it. */
  cwd?: string;
}

const isGitCommand = (command: string): boolean => /^git(?:-|$|\.exe$)/i.test(path.basename(command.trim()));

function inside(folder: string, candidate: string): boolean {
  const rel = path.relative(folder, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function run(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => execFile(command, args, { timeout: 5000 }, (error, stdout) => resolve(error ? undefined : stdout)));
}

/** Linux: every process's command name and working folder, from /proc. */
async function fromProc(): Promise<GitProcess[]> {
  const found: GitProcess[] = [];
  for (const name of await readdir('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const command = (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim();
    if (!isGitCommand(command)) continue;
    found.push({ pid, command, cwd: await readlink(`/proc/${pid}/cwd`).catch(() => undefined) });
  }
  return found;
}

/** macOS and other Unixes: ps for the commands, lsof for the working folders. */
async function fromPs(): Promise<GitProcess[]> {
  const listing = await run('ps', ['-axo', 'pid=,comm=']);
  if (listing === undefined) return [{ pid: 0, command: 'unknown (the process list cannot be read)' }];
  const found: GitProcess[] = [];
  for (const line of listing.split('\n')) {
    const match = /^\s*(\d+)\s+(.+)$/.exec(line);
    if (!match || !isGitCommand(match[2] ?? '') || Number(match[1]) === process.pid) continue;
    const pid = Number(match[1]);
    const cwd = /^n(.+)$/m.exec((await run('lsof', ['-a', '-p', String(pid), '-d', 'cwd', '-Fn'])) ?? '')?.[1];
    found.push({ pid, command: path.basename(match[2] ?? 'git'), ...(cwd ? { cwd } : {}) });
  }
  return found;
}

/** Windows shows no working folders: every git process counts. */
async function fromTasklist(): Promise<GitProcess[]> {
  const listing = await run('tasklist', ['/FO', 'CSV', '/NH']);
  if (listing === undefined) return [{ pid: 0, command: 'unknown (the process list cannot be read)' }];
  return listing
    .split('\n')
    .map((line) => /^"([^"]+)","(\d+)"/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && isGitCommand(m[1] ?? ''))
    .map((m) => ({ pid: Number(m[2]), command: m[1] ?? 'git.exe' }));
}

/**
 * Git programs that may be using a repository: those whose working folder is inside one of
 * `folders` (its work tree and git folder), and, to be safe, those whose folder we cannot see.
 */
export async function gitProcessesIn(folders: string[]): Promise<GitProcess[]> {
  const all = process.platform === 'linux' ? await fromProc() : process.platform === 'win32' ? await fromTasklist() : await fromPs();
  return all.filter((p) => p.cwd === undefined || folders.some((folder) => inside(folder, p.cwd!)));
}
