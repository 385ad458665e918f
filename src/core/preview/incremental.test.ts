import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPreviewRenderer } from './preview-renderer';
import { renderMarkdown } from './render-markdown';
import { fixturePosts, normalizeHtml } from './test-fixtures';

/**
 * Typing in a long post: each keystroke re-renders only what changed, and what the writer
 * sees must be exactly what a full render of the new text gives.
 */
function longList(): string {
  const items: string[] = [];
  for (let i = 0; i < 120; i++) {
    items.push(i % 17 === 5 ? `- _Signer ${i}_, Company ${i}\n  continued line with [a ref][site]` : `- _Signer ${i}_, Company "${i}"`);
    if (i === 60) items.push('  - nested item\n');
  }
  return items.join('\n');
}

const SYNTHETIC = `
## Introduction

Intro with a [reference link][site] and "quotes" -- and dots...

## Introduction

Setext heading
==============

${longList()}

| a | b |
|---|---|
| 1 | 2 |

> quoted *text*
> over two lines

1. one
2. two

   second paragraph

\`\`\`js
const x = "y";
\`\`\`

<div class="not-prose">

**bold inside raw html**

</div>

[site]: https://mage-os.org "Mage-OS"
`;

export function largePost(): string {
  const posts = fixturePosts();
  const pick = (name: string) => posts.find((post) => post.file.includes(name))!.body;
  return [
    pick('2023-05-18-mage-titans-2023'),
    SYNTHETIC,
    pick('2025-08-30-mage-os-aug-update'),
  ].join('\n\n');
}

const EDIT_TEXT = ['\n', '\n\n', ' ', '  ', '-', '- ', '#', '# ', '*', '_', '<', '>', '</div>', '<div>', '`', '```', '[', ']', '|', '=', '"', "'", 'a', '1. ', '\t'];

describe('incremental preview rendering', () => {
  let base: string;

  beforeAll(() => {
    base = largePost();
  });

  it('gives the same HTML as a full render after random one-character edits', async () => {
    const renderer = createPreviewRenderer();
    await renderer.render(base);
    let text = base;
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.constantFrom(...EDIT_TEXT), fc.constant('')),
        async (where, insert) => {
          const at = Math.floor(where * text.length);
          // An empty insert deletes the character at `at`.
          text = insert === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at);
          const incremental = await renderer.render(text);
          expect(normalizeHtml(incremental.html)).toBe(normalizeHtml(await renderMarkdown(text)));
        },
      ),
      { numRuns: 15, seed: 20240601 },
    );
  });

  it('re-renders only the edited block', async () => {
    const renderer = createPreviewRenderer();
    await renderer.render(base);
    const at = base.indexOf('Intro with a');
    const result = await renderer.render(`${base.slice(0, at)}X${base.slice(at)}`);
    expect(result.mode).toBe('blocks');
    expect(result.stats.renderedBlocks).toBeLessThanOrEqual(2);
    expect(result.stats.renderedChars).toBeLessThan(400);
  });

  it('renders one item, not the whole list, when an item of a long list changes', async () => {
    const renderer = createPreviewRenderer();
    await renderer.render(base);
    const at = base.indexOf('_Signer 42_');
    const edited = `${base.slice(0, at)}Z${base.slice(at)}`;
    const result = await renderer.render(edited);
    expect(result.stats.renderedChars).toBeLessThan(200);
    expect(normalizeHtml(result.html)).toBe(normalizeHtml(await renderMarkdown(edited)));
  });

  it.each([
    ['opening a raw <div> that is never closed', (t: string) => t.replace('## Introduction', '<div class="wrap">\n\n## Introduction')],
    ['underlining a paragraph into a heading', (t: string) => t.replace('Intro with a', 'Intro\n---\n\nwith a')],
    ['removing the link definition', (t: string) => t.replace('[site]: https://mage-os.org "Mage-OS"', '')],
    ['adding a footnote', (t: string) => t.replace('Intro with a', 'Intro[^1] with a') + '\n\n[^1]: The note.\n'],
    ['opening a code fence', (t: string) => t.replace('## Introduction', '```\n## Introduction')],
    ['joining a list to the paragraph above', (t: string) => t.replace('- _Signer 0_', '_Signer 0_')],
    ['a duplicate heading earlier in the post', (t: string) => `## Introduction\n\n${t}`],
  ])('matches a full render after %s', async (_name, edit) => {
    const renderer = createPreviewRenderer();
    await renderer.render(base);
    const edited = edit(base);
    expect(edited).not.toBe(base);
    const result = await renderer.render(edited);
    expect(normalizeHtml(result.html)).toBe(normalizeHtml(await renderMarkdown(edited)));
    // And back again.
    const back = await renderer.render(base);
    expect(normalizeHtml(back.html)).toBe(normalizeHtml(await renderMarkdown(base)));
  });
});
