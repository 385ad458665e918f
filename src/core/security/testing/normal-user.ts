import { execFile, execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../../../test-support/shared-fixtures';

/**
 * Test support: runs a script as a normal user, so file permissions apply. CI runs as root,
 * for whom every file is writable: there the script runs as `nobody` (uid 65534) through
 * setpriv, and the files it works on are handed to that user first. The script is bundled
 * into a temp folder that user can read: the repository itself may sit below a folder only
 * root can enter (a clone in `mktemp -d`, mode 0700), and so may its node_modules.
 */
export const NOBODY = 65534;

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type NormalUser =
  | {
      available: true;
      /** Who the script runs as, for the test's title. */
      who: string;
      /** Hands files (recursively) to the user the script runs as. */
      own(target: string): void;
      /** Runs a TypeScript file of this repository with arguments. */
      run(script: string, args: string[]): Promise<ScriptRun>;
    }
  | { available: false; reason: string };

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/** The script and everything it imports, as one JavaScript file in a folder anyone may read. */
async function bundled(script: string): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'postdesk-probe-'));
  chmodSync(folder, 0o755);
  const outfile = path.join(folder, `${path.basename(script, path.extname(script))}.mjs`);
  await build({
    entryPoints: [script],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: "import { createRequire as __probeRequire } from 'node:module'; const require = __probeRequire(import.meta.url);" },
  });
  chmodSync(outfile, 0o644);
  return outfile;
}

async function runNode(prefix: string[], script: string, args: string[]): Promise<ScriptRun> {
  const probe = await bundled(script);
  const [command, ...rest] = [...prefix, process.execPath, probe, ...args];
  return new Promise<ScriptRun>((resolve) => {
    execFile(command!, rest, { cwd: tmpdir(), env: { ...process.env, HOME: tmpdir() }, timeout: 60_000 }, (error, stdout, stderr) => {
      // A script that exits non-zero gives an error whose code is the exit code.
      const exit = (error as { code?: unknown } | null)?.code;
      resolve({ code: error ? (typeof exit === 'number' ? exit : 1) : 0, stdout, stderr });
    });
  }).finally(() => rmSync(path.dirname(probe), { recursive: true, force: true }));
}

/** Whether every folder down to `file` may be entered, and the file run, by a user who owns none of them. */
function executableByOthers(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return false;
  }
  const parts = path.resolve(file).split(path.sep);
  for (let i = 1; i <= parts.length; i++) {
    const mode = statMode(parts.slice(0, i).join(path.sep) || path.sep);
    if (mode === null || (mode & 0o001) === 0) return false;
  }
  return true;
}

function statMode(target: string): number | null {
  try {
    return statSync(target).mode;
  } catch {
    return null;
  }
}

export function normalUser(): NormalUser {
  const uid = process.getuid?.();
  if (uid === undefined) return { available: false, reason: 'this system has no Unix users and permissions' };
  if (uid !== 0) return { available: true, who: `uid ${uid}`, own: () => undefined, run: (script, args) => runNode([], script, args) };
  if (!SETPRIV) return { available: false, reason: 'running as root and setpriv is missing (apt-get install util-linux), so no normal user can be taken on' };
  if (!executableByOthers(process.execPath)) return { available: false, reason: `running as root and ${process.execPath} cannot be run by other users` };
  return {
    available: true,
    who: `uid ${NOBODY} via setpriv (the tests run as root)`,
    own: (target) => execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, target]),
    run: (script, args) => runNode([SETPRIV, `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'], script, args),
  };
}

export const scriptPath = (relative: string): string => path.join(repoRoot, relative);
