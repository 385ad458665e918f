import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixtureTree, FIXTURE_ROOT, repoRoot } from '../../../src/test-support/shared-fixtures';

export { repoRoot };
export const fixtureRoot = FIXTURE_ROOT;

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  /** The host's process id (its memory is measured by the bench). */
  pid: number;
  token: string;
  /** The content folder the host opened (a temp copy). */
  root: string;
  dataDir: string;
  output(): string;
  /** The texts the draft journal holds now. */
  journalTexts(): Promise<string[]>;
  /** Stops the host and removes its profile folder. */
  stop(): Promise<void>;
  /** Ends the host at once, as a crash would (the profile folder stays). */
  kill(): Promise<void>;
}

function journalTexts(dataDir: string): string[] {
  const journal = join(dataDir, 'journal');
  if (!existsSync(journal)) return [];
  return readdirSync(journal, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      try {
        return [(JSON.parse(readFileSync(join(journal, name), 'utf8')) as { text: string }).text];
      } catch {
        return [];
      }
    });
}

/** Makes the copy a git repository with one commit, as a writer's checkout would be. */
export function initRepository(site: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: site, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Writer');
  git('config', 'user.email', 'writer@example.com');
  git('add', '-A');
  git('commit', '-qm', 'Initial content');
}

/** A fresh temp copy of the reference site, writable, for one test. */
export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postdesk-e2e-site-'));
  copyFixtureTree(fixtureRoot, dir);
  return dir;
}

/** Starts the browser host as a user would (`npm run serve -- FOLDER`), with its own profile folder. */
export async function startWebHost(folder: string | null, options: { dataDir?: string } = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'postdesk-e2e-data-'));
  const args = ['--import', 'tsx', join(repoRoot, 'src/web-host/main.ts'), ...(folder ? [folder] : []), '--port', '0', '--data-dir', dataDir];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  // A process ended by a signal has no exit code, only a signal code.
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    pid: child.pid ?? 0,
    token: parsed.hash.replace('#token=', ''),
    root: folder ?? '',
    dataDir,
    output: () => output,
    journalTexts: async () => journalTexts(dataDir),
    async kill() {
      if (!running()) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (running()) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
