import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { copyFixtureTree, repoRoot } from './shared-fixtures';

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

export const TEST_SITES = path.join(repoRoot, 'test/fixtures');

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

/** Runs `astro sync` and `astro build` on a copy (in a child process, away from Vitest's Vite). */
export async function askAstro(root: string): Promise<AstroVerdicts> {
  const { stdout } = await run(process.execPath, [path.join(repoRoot, 'scripts/astro-oracle.mjs'), root, path.join(root, '.astro-oracle')], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  return JSON.parse(stdout) as AstroVerdicts;
}

/** Whether the build serves a path ("/blog/x" and "/blog/x/" alike), a page or a file. */
export function serves(verdicts: AstroVerdicts, pathname: string): boolean {
  const bare = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return verdicts.pages.some((p) => (p.length > 1 ? p.replace(/\/+$/, '') : p) === bare) || verdicts.files.includes(bare);
}
