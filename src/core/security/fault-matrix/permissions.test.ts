import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, POST, removeCopies } from '../../site/testing/site-fixture';
import { normalUser, scriptPath } from '../testing/normal-user';

/**
 * Fault matrix, item 5: a read-only post (mode 0444) was opened as writable and replaced on
 * save (temp file + rename ignores the file's own permission). It now opens read-only with
 * the reason, and a save is refused, the file unchanged. Permissions only apply to a normal
 * user: as root (CI), the probe runs as nobody through setpriv.
 */
const user = normalUser();
const PROBE = scriptPath('src/core/security/testing/permission-probe.ts');
const FILE = `${POST}/2023-09-30-september-2023-update.md`;
const NEW_TEXT = '---\ntitle: Replaced\n---\n\nReplaced.\n';

afterAll(() => removeCopies());

if (!user.available) {
  console.warn(`\n*** SKIPPED: the permission cases of the fault matrix: ${user.reason}. ***\n`);
}

interface ProbeResult {
  uid: number;
  readOnly: boolean;
  reason: string | null;
  saved: { ok: boolean; code?: string; message?: string };
}

async function probe(prepare: (root: string) => void): Promise<{ result: ProbeResult; before: string; after: string }> {
  if (!user.available) throw new Error(user.reason);
  const root = copyFixture();
  const before = readFileSync(path.join(root, FILE), 'utf8');
  user.own(root);
  prepare(root);
  const run = await user.run(PROBE, [root, FILE, NEW_TEXT]);
  if (run.code !== 0) throw new Error(`the probe failed (${run.code}):\n${run.stderr}`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ProbeResult;
  return { result, before, after: readFileSync(path.join(root, FILE), 'utf8') };
}

describe.skipIf(!user.available)(`fault matrix 5: permissions, as a normal user (${user.available ? user.who : 'unavailable'})`, () => {
  it('control: a writable post in a writable folder opens for editing and saves', async () => {
    const { result, after } = await probe(() => undefined);
    expect(result.uid).not.toBe(0);
    expect(result).toMatchObject({ readOnly: false, saved: { ok: true } });
    expect(after).toBe(NEW_TEXT);
  });

  it('a read-only post (0444) opens read-only with the reason, and a save leaves it unchanged', async () => {
    const { result, before, after } = await probe((root) => chmodSync(path.join(root, FILE), 0o444));
    expect(result.readOnly).toBe(true);
    expect(result.reason).toContain('read-only on disk');
    expect(result.saved).toMatchObject({ ok: false, code: 'io', message: expect.stringContaining('read-only') });
    expect(after).toBe(before);
  });

  it('a post in a read-only folder opens read-only, and a save is refused (a door that held)', async () => {
    const { result, before, after } = await probe((root) => chmodSync(path.join(root, POST), 0o555));
    expect(result.readOnly).toBe(true);
    expect(result.reason).toContain('folder');
    expect(result.saved.ok).toBe(false);
    expect(after).toBe(before);
  });
});
