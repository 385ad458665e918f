import { chmodSync, cpSync, readdirSync, statSync, type CopySyncOptions } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test support: where the shared fixtures are. CI clones the repository anywhere with
 * `../shared` beside it, so every test resolves them from the repository root, never
 * from an absolute path of one machine.
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(repoRoot, '../shared');
export const FIXTURE_ROOT = path.join(SHARED_DIR, 'fixtures/mage-os-org');
export const SITE_REPO_FIXTURE = path.join(SHARED_DIR, 'fixtures/mage-os-org-site');
export const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');
/** The repository's own test sites (an Astro blog and docs site), beside the tests. */
export const TEST_SITES = path.join(repoRoot, 'test/fixtures');

function makeWritable(target: string): void {
  const stat = statSync(target);
  chmodSync(target, stat.mode | 0o200);
  if (stat.isDirectory()) for (const name of readdirSync(target)) makeWritable(path.join(target, name));
}

/**
 * Copies a shared fixture (read-only on disk) the way a writer's checkout is: writable by its
 * owner. Postdesk honours file permissions, so a read-only copy would open read-only.
 */
export function copyFixtureTree(from: string, to: string, options: Pick<CopySyncOptions, 'filter'> = {}): void {
  cpSync(from, to, { recursive: true, ...options });
  makeWritable(to);
}
