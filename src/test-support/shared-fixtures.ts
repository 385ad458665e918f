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
