import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { copyFixtureTree, repoRoot, TEST_SITES } from './shared-fixtures';

/**
 * Test support: what a real Astro 5 (the dev dependency) makes of a site. The test sites under
 * test/fixtures have no node_modules of their own: a temporary copy gets a link to this
 * repository's, so `astro` and its loaders resolve as they would in the site.
 */
export interface AstroVerdicts {
  /** collection -> entry id -> the file Astro's content layer read it from. */
  entries: Record<string, Record<string, string | null>>;
  /** Pages the build wrote, as served: "/blog/2025/first-post/". */
  pages: string[];
  /** Every other file the build serves ("/hero.png", "/_astro/…"). */
  files: string[];
}

const run = promisify(execFile);
const copies: string[] = [];

export { TEST_SITES };

/** A writable temporary copy of test/fixtures/<name>, ready for Astro. */
export function copyTestSite(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `postdesk-${name}-`));
  copies.push(dir);
  const root = path.join(dir, 'site');
  copyFixtureTree(path.join(TEST_SITES, name), root);
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

export function removeTestSites(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

const childOptions = (root: string, timeout: number) => ({
  cwd: root,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  maxBuffer: 64 * 1024 * 1024,
  timeout,
});

/**
 * Runs `astro sync` and `astro build` on a copy (in a child process, away from Vitest's Vite),
 * or only `astro sync` when the site cannot be built offline.
 */
export async function askAstro(root: string, options: { syncOnly?: boolean } = {}): Promise<AstroVerdicts> {
  const work = path.join(root, '.astro-oracle');
  const args = [path.join(repoRoot, 'scripts/astro-oracle.mjs'), root, work, ...(options.syncOnly ? ['--sync-only'] : [])];
  await run(process.execPath, args, childOptions(root, 600_000));
  return JSON.parse(readFileSync(path.join(work, 'verdicts.json'), 'utf8')) as AstroVerdicts;
}

/** The HTTP status the site's own `astro dev` answers for each path. */
export async function askAstroDev(root: string, paths: string[]): Promise<Record<string, number>> {
  const list = path.join(root, '.astro-oracle-paths.json');
  const answers = path.join(root, '.astro-oracle-answers.json');
  writeFileSync(list, JSON.stringify(paths));
  await run(process.execPath, [path.join(repoRoot, 'scripts/astro-dev-oracle.mjs'), root, list, answers], childOptions(root, 900_000));
  return JSON.parse(readFileSync(answers, 'utf8')) as Record<string, number>;
}

/** Whether the build serves a path ("/blog/x" and "/blog/x/" alike), a page or a file. */
export function serves(verdicts: AstroVerdicts, pathname: string): boolean {
  const bare = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return verdicts.pages.some((p) => (p.length > 1 ? p.replace(/\/+$/, '') : p) === bare) || verdicts.files.includes(bare);
}
