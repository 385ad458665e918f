import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { countWords, countWordsInDoc, documentStats, readingTimeMinutes } from './word-count';

describe('countWords', () => {
  it('counts plain words, with apostrophes and hyphens inside words', () => {
    expect(countWords("Mage-OS isn't just a fork.")).toBe(5);
  });

  it('ignores heading, emphasis, list and quote markup', () => {
    const md = '## The Plan\n\n- **First** item\n- _second_ item\n1. third\n> quoted text\n\n---\n';
    expect(countWords(md)).toBe(9);
  });

  it('counts link and image text, not their targets', () => {
    expect(countWords('See [the release notes](https://example.com/a/b/c "Notes") and ![a team photo](~/assets/images/x.jpg).')).toBe(
      8,
    );
  });

  it('counts a bare URL as one word', () => {
    expect(countWords('Visit https://mage-os.org/get-involved today')).toBe(3);
  });

  it('ignores HTML tags, comments, entities and reference definitions', () => {
    const md = '<div class="note">Hello &amp; welcome</div>\n<!-- a hidden\ncomment -->\n[ref]: https://example.com\n';
    expect(countWords(md)).toBe(2);
  });

  it('counts code, like the site reading time does, but not the fence info', () => {
    const md = 'Install it:\n\n```bash\ncomposer require mage-os/module\n```\n\nDone with `npm ci`.';
    // composer, require, mage-os, module: a path splits at its slashes.
    expect(countWords(md)).toBe(2 + 4 + 4);
  });

  it('does not end a fence on a shorter or different fence', () => {
    expect(countWords('````md\n```\ninside words\n````\nafter')).toBe(3);
  });

  it('counts each Chinese or Japanese character as a word and Korean by spaces', () => {
    expect(countWords('我们的社区')).toBe(5);
    expect(countWords('日本語のテキスト')).toBe(8);
    expect(countWords('한국어 문장입니다')).toBe(2);
    expect(countWords('Mage-OS 社区 update')).toBe(4);
  });

  it('counts task list items without their boxes', () => {
    expect(countWords('- [ ] write post\n- [x] review')).toBe(3);
  });

  it('is zero for an empty body', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('\n\n---\n')).toBe(0);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds up at 200 words per minute, as AstroWind shows it', () => {
    expect(readingTimeMinutes(0)).toBe(0);
    expect(readingTimeMinutes(1)).toBe(1);
    expect(readingTimeMinutes(200)).toBe(1);
    expect(readingTimeMinutes(201)).toBe(2);
    expect(readingTimeMinutes(1000)).toBe(5);
  });

  it('goes with the word count in documentStats', () => {
    expect(documentStats('word '.repeat(450))).toEqual({ words: 450, readingMinutes: 3 });
  });
});

describe('countWordsInDoc', () => {
  const paragraph = (i: number) => `Paragraph ${i} has **six** [words](https://x.y) here.`;
  const edit = (doc: Text, from: number, to: number, insert: string) => doc.replace(from, to, Text.of(insert.split('\n')));

  it('counts a CodeMirror document like the same text', () => {
    const lines = ['# Title', '', '```js', 'const a = 1;', '```', '<!-- a', 'comment -->', ...Array.from({ length: 3000 }, (_, i) => paragraph(i))];
    const doc = Text.of(lines);
    expect(doc.children).not.toBeNull();
    expect(countWordsInDoc(doc)).toBe(countWords(lines.join('\n')));
  });

  it('stays right after edits, including ones that open a code fence or a comment', () => {
    let doc = Text.of(Array.from({ length: 3000 }, (_, i) => paragraph(i)));
    expect(countWordsInDoc(doc)).toBe(3000 * 6);
    doc = edit(doc, doc.line(10).from, doc.line(10).from, 'two more ');
    expect(countWordsInDoc(doc)).toBe(3000 * 6 + 2);
    // An unclosed fence turns everything below into code; an unclosed comment hides it.
    doc = edit(doc, doc.line(1500).from, doc.line(1500).to, '```');
    expect(countWordsInDoc(doc)).toBe(countWords(doc.toString()));
    doc = edit(doc, doc.line(20).from, doc.line(20).to, '<!--');
    expect(countWordsInDoc(doc)).toBe(countWords(doc.toString()));
    expect(countWordsInDoc(doc)).toBe(19 * 6 + 2);
  });
});
