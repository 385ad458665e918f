import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { copyFixtureTree, FIXTURE_ROOT } from '../../test-support/shared-fixtures';

/** Test helpers: the reference site's posts, read from a temporary copy. */
export { FIXTURE_ROOT };

export interface FixturePost {
  file: string;
  body: string;
  data: Record<string, unknown>;
}

let copy: string | undefined;

/** A temporary copy of the fixture site (made once per test file). */
export function fixtureCopy(): string {
  if (!copy) {
    copy = mkdtempSync(path.join(os.tmpdir(), 'postdesk-preview-'));
    copyFixtureTree(FIXTURE_ROOT, copy);
  }
  return copy;
}

export function fixturePosts(): FixturePost[] {
  const dir = path.join(fixtureCopy(), 'src/data/post');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const parsed = matter(readFileSync(path.join(dir, name), 'utf8'));
      return { file: `src/data/post/${name}`, body: parsed.content, data: parsed.data };
    });
}

/** Whitespace normalisation for comparing HTML, without the data-line marks. */
export function normalizeHtml(html: string): string {
  return html
    .replace(/ data-line="\d+"/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .trim();
}
