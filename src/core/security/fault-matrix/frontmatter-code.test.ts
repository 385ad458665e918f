import { existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../frontmatter/parse-frontmatter';
import { readFields } from '../../roundtrip/read-fields';
import { loadSite } from '../../site/load-site';
import { byRule, copyFixture, POST, removeCopies, tempDir, write } from '../../site/testing/site-fixture';
import { shutdownAnalyzePool } from '../../site/workers/analyze-pool';
import { postWithCodeFence, postWithJsTags } from '../testing/hostile-files';

/**
 * Fault matrix, item 1: frontmatter in another language than YAML (`---js` is evaluated by
 * gray-matter's default engine) and js-yaml 3's `!!js/*` tags are data: shown as a problem
 * on their line, never run, when the site is opened, validated or a post is read.
 */
afterAll(async () => {
  removeCopies();
  await shutdownAnalyzePool();
});

const marker = (): string => path.join(tempDir('postdesk-marker-'), 'ran');

describe('fault matrix 1: frontmatter code is never run', () => {
  it('control: gray-matter with its default engines does run a ---js block (what the site could do)', () => {
    const ran = marker();
    matter(postWithCodeFence('js', ran));
    expect(existsSync(ran)).toBe(true);
  });

  it.each(['js', 'javascript', 'coffee', 'json', 'yaml'])('a ---%s block is a yaml-syntax problem on line 1 when the site opens, and runs nothing', async (language) => {
    const root = copyFixture();
    const ran = marker();
    const file = `${POST}/2024-05-05-fence-${language}.md`;
    write(root, file, postWithCodeFence(language, ran));
    const site = await loadSite(root);
    try {
      expect(byRule(site.validateAll(), 'yaml-syntax', file)).toEqual([
        expect.objectContaining({ line: 1, column: 4, severity: 'error', message: expect.stringContaining(`marked "${language}" (---${language})`) }),
      ]);
      expect(await site.checkFile(file, postWithCodeFence(language, ran))).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: 'yaml-syntax', line: 1 })]),
      );
    } finally {
      site.dispose();
    }
    expect(existsSync(ran)).toBe(false);
  });

  it('the form and the preview read a ---js post as having no fields, and run nothing', () => {
    const ran = marker();
    const text = postWithCodeFence('js', ran);
    expect(parseFrontmatter(text)).toMatchObject({ data: {}, problem: { line: 1 } });
    expect(readFields(text).data).toEqual({});
    expect(existsSync(ran)).toBe(false);
  });

  it('!!js/function and !!js/undefined tags are unknown tags, reported on their line, never functions', async () => {
    const ran = marker();
    const text = postWithJsTags(ran);
    const problem = parseFrontmatter(text).problem;
    expect(problem).toMatchObject({ line: text.split('\n').findIndex((l) => l.startsWith('run:')) + 1 });
    expect(problem?.message).toContain('unknown tag');
    expect(readFields(text).error).toBeDefined();
    const root = copyFixture();
    write(root, `${POST}/2024-05-05-tags.md`, text);
    const site = await loadSite(root, { workers: 0 });
    expect(byRule(site.validateAll(), 'yaml-syntax', `${POST}/2024-05-05-tags.md`)).toHaveLength(1);
    site.dispose();
    expect(existsSync(ran)).toBe(false);
  });
});
