import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../test-support/shared-fixtures';

/**
 * Test support: runs a script as a normal user, so file permissions apply. CI runs as root,
 * for whom every file is writable: there the script runs as `nobody` (uid 65534) through
 * setpriv, and the files it works on are handed to that user first.
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

function runNode(prefix: string[], script: string, args: string[]): Promise<ScriptRun> {
  const node = [process.execPath, '--import', 'tsx', script, ...args];
  const [command, ...rest] = [...prefix, ...node];
  return new Promise((resolve) => {
    execFile(command!, rest, { cwd: repoRoot, env: { ...process.env, HOME: '/tmp' }, timeout: 60_000 }, (error, stdout, stderr) => {
      // A script that exits non-zero gives an error whose code is the exit code.
      const exit = (error as { code?: unknown } | null)?.code;
      resolve({ code: error ? (typeof exit === 'number' ? exit : 1) : 0, stdout, stderr });
    });
  });
}

export function normalUser(): NormalUser {
  const uid = process.getuid?.();
  if (uid === undefined) return { available: false, reason: 'this system has no Unix users and permissions' };
  if (uid !== 0) return { available: true, who: `uid ${uid}`, own: () => undefined, run: (script, args) => runNode([], script, args) };
  if (!SETPRIV) return { available: false, reason: 'running as root and setpriv is missing (apt-get install util-linux), so no normal user can be taken on' };
  return {
    available: true,
    who: `uid ${NOBODY} via setpriv (the tests run as root)`,
    own: (target) => execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, target]),
    run: (script, args) => runNode([SETPRIV, `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'], script, args),
  };
}

export const scriptPath = (relative: string): string => path.join(repoRoot, relative);
