/// <reference types="vite/client" />
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { NodeProp, type Tree } from '@lezer/common';
import { describe, expect, it } from 'vitest';
import { chunkedMarkdownLanguage } from './chunked-markdown';

const plainLanguage = markdown({ base: markdownLanguage, completeHTMLTags: false }).language;
const chunkedLanguage = chunkedMarkdownLanguage(plainLanguage);

/** Every markdown node with its place, in document order (the chunk wrappers and documents left out). */
function markdownNodes(tree: Tree): string[] {
  const out: string[] = [];
  tree.iterate({
    enter(node) {
      if (!['MarkdownChunks', 'MarkdownChunk', 'Document'].includes(node.name)) out.push(`${node.name}:${node.from}-${node.to}`);
    },
  });
  return out;
}

function chunkCount(tree: Tree): number {
  return tree.topNode.name === 'MarkdownChunks' ? tree.children.length : 1;
}

// The reference site's posts (read-only), bodies without frontmatter, in file order.
const postFiles = import.meta.glob<string>('@shared-fixtures/mage-os-org/src/data/post/*.md', { query: '?raw', import: 'default', eager: true });
const fixturePosts = Object.keys(postFiles)
  .sort()
  .map((name) => postFiles[name]!.replace(/^---[\s\S]*?\n---\n/, ''));

const filler = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
const section = (title: string) => `## ${title}\n\n${filler(700)}\n\n`;

/** Posts that put blank lines and heading-like lines inside blocks a cut must not enter. */
const TRICKY = [
  `${section('One')}\`\`\`bash\n# install\n\n# Run the setup\nbin/setup\n\nThen more\n\`\`\`\n\n${section('Two')}`,
  `${section('One')}<!--\n# not a heading\n\n# still a comment\n\nText too\n-->\n\n${section('Two')}`,
  `${section('One')}<pre>\n\n# kept\n\nLiteral\n</pre>\n\n${section('Two')}`,
  `${section('One')}- \`\`\`\n  code\n\n# Heading ends the list\n\n${section('Two')}`,
  `${section('One')}~~~\n\n# tilde fence\n\n~~~\n\n${section('Two')}`,
  `${section('One')}\`\`\`\`\n\`\`\`\n\n# four-backtick fence holds three\n\n\`\`\`\`\n\n${section('Two')}`,
  `${section('One')}\`\`\`never closed\n\n# inside the fence\n\n${section('Two')}`,
  `${section('One')}Setext heading\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n${section('Two')}> quote\n\n# after\n`,
];

describe('markdown parsed in chunks', () => {
  it('reads the reference site', () => {
    expect(fixturePosts).toHaveLength(97);
  });

  it('cuts a long post into chunks and still finds every markdown node in its place', () => {
    const doc = fixturePosts.join('\n');
    const chunked = chunkedLanguage.parser.parse(doc);
    expect(chunkCount(chunked)).toBeGreaterThan(20);
    expect(markdownNodes(chunked)).toEqual(markdownNodes(plainLanguage.parser.parse(doc)));
  });

  it('parses every post of the reference site as one-piece markdown does', () => {
    const differing = fixturePosts.filter((doc) => markdownNodes(chunkedLanguage.parser.parse(doc)).join() !== markdownNodes(plainLanguage.parser.parse(doc)).join());
    expect(differing).toEqual([]);
  });

  it.each(TRICKY.map((doc, i) => [i, doc] as const))('never cuts inside a code, comment or HTML block (case %i)', (_i, doc) => {
    expect(markdownNodes(chunkedLanguage.parser.parse(doc))).toEqual(markdownNodes(plainLanguage.parser.parse(doc)));
  });

  it('keeps the tree right through edits, re-parsing only near them', () => {
    let state = EditorState.create({ doc: fixturePosts.slice(0, 40).join('\n'), extensions: chunkedLanguage });
    ensureSyntaxTree(state, state.doc.length, 10_000);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const edits = ['x', '', '\n\n# New heading\n\n', '```', '\n', '<!--', '-->', '- item\n', '## '];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * state.doc.length);
      const insert = edits[i % edits.length]!;
      const to = insert === '' ? Math.min(state.doc.length, at + 1 + Math.floor(random() * 40)) : at;
      state = state.update({ changes: { from: at, to, insert } }).state;
      const tree = ensureSyntaxTree(state, state.doc.length, 10_000)!;
      expect(tree).not.toBeNull();
      expect(markdownNodes(tree)).toEqual(markdownNodes(plainLanguage.parser.parse(state.doc.toString())));
    }
  });

  it('reuses the chunks an edit did not touch', () => {
    let state = EditorState.create({ doc: fixturePosts.slice(0, 40).join('\n'), extensions: chunkedLanguage });
    const before = ensureSyntaxTree(state, state.doc.length, 10_000)!;
    state = state.update({ changes: { from: state.doc.length - 10, insert: 'typed' } }).state;
    const after = ensureSyntaxTree(state, state.doc.length, 10_000)!;
    const same = after.children.filter((chunk) => before.children.includes(chunk));
    expect(same.length).toBe(after.children.length - 1);
    expect((after.children.at(-1) as Tree).prop(NodeProp.mounted)).toBeDefined();
  });

  it('is the markdown language for the markdown commands', () => {
    const state = EditorState.create({ doc: `${section('One')}- item`, extensions: chunkedLanguage });
    const tree = ensureSyntaxTree(state, state.doc.length, 1000)!;
    expect(markdownLanguage.isActiveAt(state, 2)).toBe(true);
    expect(tree.resolveInner(state.doc.length - 2, -1).parent?.name).toBe('ListItem');
  });
});
