import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, read, removeCopies, tempDir, write } from '../../core/site/testing/site-fixture';
import type { CliIo } from '../cli-io';
import { copyTestSite, removeTestSites } from '../../test-support/astro-oracle';
import { run } from './validate';

function fakeIo(cwd: string): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { cwd, lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

let root: string;

beforeAll(() => {
  root = copyFixture();
});

afterAll(removeCopies);

const collaboration = 'src/data/post/2023-11-30-magento-association-mage-os-collaboration.md';
const september = 'src/data/post/2023-09-30-september-2023-update.md';

describe('postdesk validate', () => {
  it('prints file:line:column severity rule message lines and a summary, exit 1 with errors', async () => {
    const io = fakeIo(root);
    expect(await run(['.'], io)).toBe(1);
    expect(io.lines).toContain(
      `${september}:15:66 error link-broken broken link: /updates/2023-09-15-hackathon-mage-os-magic-in-action does not exist; the post is at /events/2023-09-15-hackathon-mage-os-magic-in-action`,
    );
    expect(io.lines.slice(0, -1).every((l) => /^\S+:\d+:\d+ (error|warning|info) [a-z-]+ .+/.test(l))).toBe(true);
    expect(io.lines.at(-1)).toMatch(/^183 files checked: \d+ errors, \d+ warnings, \d+ notes$/);
  });

  it('checks only the given files, exit 0 when they have warnings only', async () => {
    const io = fakeIo(root);
    expect(await run([root, collaboration], io)).toBe(0);
    expect(io.lines).toEqual([
      `${collaboration}:2:29 warning html-entity Title: the HTML entity "&amp;" is shown literally on the site; write "&" instead`,
      '1 file checked: 0 errors, 1 warning',
    ]);
  });

  it('prints one JSON object with paths relative to ROOT', async () => {
    const io = fakeIo(path.dirname(root));
    expect(await run([path.basename(root), path.join(path.basename(root), september), '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.lines.join('\n')) as {
      root: string;
      collections: Array<{ name: string; files: number }>;
      diagnostics: Array<Record<string, unknown>>;
      summary: { files: number; errors: number; warnings: number };
    };
    expect(report.root).toBe(root);
    expect(report.collections).toEqual([
      { name: 'authors', files: 16 },
      { name: 'post', files: 97 },
      { name: 'event', files: 70 },
    ]);
    expect(report.summary).toEqual({ files: 1, errors: 2, warnings: 0 });
    expect(Object.keys(report.diagnostics[0] ?? {})).toEqual(['file', 'line', 'column', 'rule', 'severity', 'message']);
    expect(report.diagnostics[0]?.file).toBe(september);
  });

  it('exit 0 on a clean site', async () => {
    const clean = tempDir();
    write(clean, 'src/content/notes/hello.md', '---\ntitle: Hello\n---\n\nHi.\n');
    const io = fakeIo(clean);
    expect(await run(['.', '--format=text'], io)).toBe(0);
    expect(io.lines).toEqual(['1 file checked: 0 errors, 0 warnings']);
  });

  it('exit 2 with a one-line reason for an unreadable root or wrong arguments', async () => {
    for (const args of [['/no/such/folder'], [], [root, '--format', 'xml'], [root, '--fast'], [root, 'src/data/post/missing.md']]) {
      const io = fakeIo(root);
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.errors[0]).toMatch(/^postdesk validate: /);
      expect(io.lines).toEqual([]);
    }
  });

  it('leaves the site untouched', async () => {
    const before = read(root, september);
    await run([root], fakeIo(root));
    expect(read(root, september)).toBe(before);
  });
});

describe('postdesk validate on a site whose routes Postdesk reads', () => {
  it('lists how each dynamic page is known in JSON, and says once which links go unchecked', async () => {
    const docs = copyTestSite('astro-docs');
    try {
      const io = fakeIo(docs);
      await run(['.', '--format', 'json'], io);
      const report = JSON.parse(io.lines.join('')) as { routes: unknown[]; diagnostics: { rule: string; file: string; message: string }[] };
      expect(report.routes).toEqual([
        { page: 'src/pages/[...slug].astro', how: 'read' },
        { page: 'src/pages/changelog/[...page].astro', how: 'read' },
        { page: 'src/pages/releases/[permalink].astro', how: 'read' },
        { page: 'src/pages/tags/[tag].astro', how: 'wildcard', reason: expect.stringContaining('does not read') },
      ]);
      const notes = report.diagnostics.filter((d) => d.rule === 'routes');
      expect(notes).toEqual([expect.objectContaining({ file: 'src/pages/tags/[tag].astro', message: expect.stringContaining('Links to /tags/[tag] are not checked') })]);
      // The catch-all page's paths are known: a nested doc is served, a missing one is broken.
      const broken = report.diagnostics.filter((d) => d.rule === 'link-broken').map((d) => d.message);
      expect(broken).toContain('broken link: /guides/setup/ does not exist on the site');
      expect(broken.some((m) => m.startsWith('broken link: /guides/install/ '))).toBe(false);
    } finally {
      removeTestSites();
    }
  });
});
