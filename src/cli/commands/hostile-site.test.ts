import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postWithAliasBomb, postWithCodeFence } from '../../core/security/testing/hostile-files';
import { copyFixture, POST, removeCopies, tempDir, write } from '../../core/site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../core/site/workers/analyze-pool';
import type { CliIo } from '../cli-io';
import { run as set } from './set';
import { run as validate } from './validate';

/**
 * Fault matrix, items 1 and 2, from the command line: `postdesk validate` and `set` ran
 * `---js` frontmatter, and validate took a minute on a 400-byte alias bomb.
 */
afterAll(async () => {
  removeCopies();
  await shutdownAnalyzePool();
});

function io(cwd: string): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { cwd, lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

describe('fault matrix 1 and 2: postdesk validate and set on a hostile site', () => {
  it('validate reports the ---js block and the alias bomb on their lines, runs nothing, and ends', async () => {
    const root = copyFixture();
    const ran = path.join(tempDir('postdesk-marker-'), 'ran');
    write(root, `${POST}/2024-05-01-code.md`, postWithCodeFence('js', ran));
    write(root, `${POST}/2024-05-02-bomb.md`, postWithAliasBomb(9));
    const out = io(root);
    expect(await validate(['.'], out)).toBe(1);
    expect(out.lines).toContain(`${POST}/2024-05-01-code.md:1:4 error yaml-syntax ${'The frontmatter is marked "js" (---js)'}: Astro reads frontmatter only as YAML, and Postdesk never runs it. Remove "js" after the --- on line 1 and write the fields as YAML`);
    expect(out.lines.some((l) => l.startsWith(`${POST}/2024-05-02-bomb.md:`) && l.includes('yaml-syntax') && l.includes('aliases'))).toBe(true);
    expect(existsSync(ran)).toBe(false);
  });

  it('set on a ---js post runs nothing', async () => {
    const root = copyFixture();
    const ran = path.join(tempDir('postdesk-marker-'), 'ran');
    write(root, `${POST}/2024-05-01-code.md`, postWithCodeFence('javascript', ran));
    await set([`${POST}/2024-05-01-code.md`, 'draft=true'], io(root)).catch(() => undefined);
    expect(existsSync(ran)).toBe(false);
  });

  // Refusing frontmatter that cannot be read (item 7) is tested in set.test.ts and core/roundtrip/frontmatter-edit.test.ts.
});
