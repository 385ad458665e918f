import { afterAll, describe, expect, it } from 'vitest';
import { describeText } from '../../documents/document-service';
import { toJsonValues } from '../../documents/json-values';
import { parseFrontmatter } from '../../frontmatter/parse-frontmatter';
import { readFields } from '../../roundtrip/read-fields';
import { FieldLocator } from '../../rules/field-locator';
import { frontmatterTextDiagnostics } from '../../rules/text-rules';
import { loadSite } from '../../site/load-site';
import { byRule, copyFixture, POST, read, removeCopies, write } from '../../site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../site/workers/analyze-pool';
import { UserError } from '../../user-error';
import { aliasBomb, postWithAliasBomb, postWithDeepNesting, postWithMergeBomb, postWithRepeatedString } from '../testing/hostile-files';

/**
 * Fault matrix, item 2: YAML that expands past what anything can walk (a 400-byte alias bomb
 * is 387 million values) is a yaml-syntax problem, and everything that walks parsed values
 * stops at the same bound. Before, `validate` took a minute and `doc.open` ran out of memory.
 */
afterAll(async () => {
  removeCopies();
  await shutdownAnalyzePool();
});

const lineOfField = (text: string, field: string): number => text.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1;

/** Nine levels of nine shared arrays, built directly: what a careless loader would hand over. */
function sharedStructure(levels: number): Record<string, unknown> {
  let level: unknown = Array(9).fill('lol');
  for (let i = 1; i < levels; i++) level = Array(9).fill(level);
  return { title: 'x', bomb: level };
}

describe('fault matrix 2: YAML and the values walked from it are bounded', () => {
  it.each([8, 9])('a %i-level alias bomb is a yaml-syntax problem at the field where it passes the limit', (levels) => {
    const text = postWithAliasBomb(levels);
    const parsed = parseFrontmatter(text);
    expect(parsed.data).toEqual({});
    expect(parsed.problem).toMatchObject({ line: lineOfField(text, 'a5'), message: expect.stringContaining('aliases (*name) that expand to more than 100,000 values') });
    expect(readFields(text).error?.message).toContain('aliases');
    // What doc.open sends: no values, so no 302 MB answer.
    expect(JSON.stringify(describeText(text)).length).toBeLessThan(1000);
  });

  it('the site opens with the bomb as one problem; the other posts are checked as usual', async () => {
    const root = copyFixture();
    const file = `${POST}/2024-05-05-alias-bomb.md`;
    write(root, file, postWithAliasBomb(9));
    const site = await loadSite(root);
    try {
      expect(site.entries().filter((e) => e.collection === 'post')).toHaveLength(98);
      expect(byRule(site.validateAll(), 'yaml-syntax')).toEqual([expect.objectContaining({ file, severity: 'error' })]);
      expect(await site.checkFile(file, read(root, file))).toEqual([expect.objectContaining({ rule: 'yaml-syntax' })]);
    } finally {
      site.dispose();
    }
  });

  it('a short text repeated through aliases past 16 MB is refused the same way', () => {
    const parsed = parseFrontmatter(postWithRepeatedString(1024, 20));
    expect(parsed.problem?.message).toContain('more than 16 MB of text');
  });

  it('merge keys past js-yaml’s bound and nesting past 100 levels are problems in words, not engine errors', () => {
    expect(parseFrontmatter(postWithMergeBomb(10_001)).problem?.message).toMatch(/merges keys .* more than 10,000 times/);
    expect(parseFrontmatter(postWithDeepNesting(1000)).problem?.message).toContain('nests values more than 100 levels deep');
  });

  it('a bomb in the site’s own CMS config does not stop the site from opening', async () => {
    const root = copyFixture();
    write(root, 'public/admin/config.yml', `${aliasBomb(9)}\n${read(root, 'public/admin/config.yml')}`);
    const site = await loadSite(root, { workers: 0 });
    expect(site.entries().filter((e) => e.collection === 'post')).toHaveLength(97);
    site.dispose();
  });

  it('the walkers stop at the bound even when handed 387 million shared values', () => {
    const data = sharedStructure(9);
    // Unbounded, this walk takes many minutes (past the test's time limit); bounded, it ends at once.
    expect(frontmatterTextDiagnostics('x.md', [], data, new FieldLocator('\ntitle: x\nbomb: []\n', []))).toEqual([]);
    expect(() => toJsonValues(data)).toThrow(UserError);
    expect(() => toJsonValues(data)).toThrow(/more than 100,000 values/);
  });
});
