import { Language, languageDataProp } from '@codemirror/language';
import { NodeProp, NodeType, parseMixed, Parser, Tree, type Input, type PartialParse, type TreeFragment } from '@lezer/common';

/**
 * The markdown language, parsed in chunks so a keystroke in a long post costs the same as
 * one in a short post.
 *
 * CodeMirror re-parses the document on every change, reusing what did not change; the
 * markdown parser reuses it one top-level block at a time, and rebuilds the top of the
 * tree, so a keystroke costs time in proportion to the number of blocks: about 5 ms on a
 * 1 MB post, the largest part of the keystroke. Here the document is cut into chunks of a
 * few kilobytes at points where markdown starts afresh (a heading or paragraph at the
 * start of a line, after a blank line, outside code and HTML blocks); each chunk is
 * parsed by the markdown parser as a nested parse (`parseMixed`), and a change re-parses
 * only its own chunk. The markdown nodes are the same, so highlighting, folding and the
 * markdown commands behave as before (the tests compare the trees with one-piece parses).
 *
 * A cut is checked after parsing: when the chunk before it ends in an unclosed fenced code
 * or HTML block (the scan misjudged it, or the writer has just opened one), the two chunks
 * are merged and parsed again, up to MAX_MERGED characters; beyond that an unclosed block
 * ends at its chunk's end instead of running to the end of the post.
 */

const TARGET_CHARS = 4096;
const MAX_MERGED = 65_536;

/** Whether a line starting with `first` (a char code) may start a chunk `chunkChars` long so far, the line before it being blank. */
function startsFresh(first: number, chunkChars: number): boolean {
  // An ATX heading: always a block of its own.
  if (first === 35 /* # */) return chunkChars >= TARGET_CHARS;
  // A letter at the start of a line: a paragraph (or table); lists start with a mark or a digit.
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return letter && chunkChars >= 2 * TARGET_CHARS;
}

/** Whether the line ending just before `pos` (a line start) is blank. */
function blankLineBefore(input: Input, pos: number): boolean {
  if (pos < 1) return false;
  const from = Math.max(0, pos - 1 - 256);
  const back = input.read(from, pos);
  if (back[back.length - 1] !== '\n') return false;
  const start = back.lastIndexOf('\n', back.length - 2);
  // A line longer than what was read is not blank (not worth reading further).
  if (start < 0 && from > 0) return false;
  return back.slice(start + 1, -1).trim() === '';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;
const HTML_BLOCK_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Top-level fenced code and HTML blocks that may hold blank lines, as far as one line tells. */
class BlockScanner {
  private fence: { char: string; length: number } | null = null;
  private htmlEnd: RegExp | null = null;

  /** Feeds one line; true when the scanner is outside such blocks after it. */
  line(text: string): boolean {
    if (this.fence) {
      const close = FENCE.exec(text);
      if (close && close[1]![0] === this.fence.char && close[1]!.length >= this.fence.length && close[2]!.trim() === '') this.fence = null;
    } else if (this.htmlEnd) {
      if (this.htmlEnd.test(text)) this.htmlEnd = null;
    } else {
      const open = FENCE.exec(text) ?? /^ {0,3}(~{3,})(.*)$/.exec(text);
      if (open) this.fence = { char: open[1]![0]!, length: open[1]!.length };
      else {
        const html = HTML_BLOCK_ENDS.find(([start]) => start.test(text));
        if (html && !html[1].test(text.replace(html[0], ''))) this.htmlEnd = html[1];
      }
    }
    return !this.fence && !this.htmlEnd;
  }
}

/** Reads an input line by line from `from`, in pieces. */
class LineReader {
  private text = '';
  private textFrom: number;
  constructor(
    private readonly input: Input,
    from: number,
  ) {
    this.textFrom = from;
  }

  /** The line starting at `pos` (without its newline), or null at the end. */
  lineAt(pos: number): string | null {
    if (pos >= this.input.length) return null;
    if (pos < this.textFrom || pos > this.textFrom + this.text.length) {
      this.text = '';
      this.textFrom = pos;
    }
    for (;;) {
      const at = pos - this.textFrom;
      const end = this.text.indexOf('\n', at);
      if (end >= 0) return this.text.slice(at, end);
      const textTo = this.textFrom + this.text.length;
      if (textTo >= this.input.length) return this.text.slice(at);
      // Keep from `pos` on and read twice as far.
      const more = Math.max(TARGET_CHARS * 4, this.text.length * 2);
      this.text = this.text.slice(at) + this.input.read(textTo, Math.min(this.input.length, textTo + more));
      this.textFrom = pos;
    }
  }
}

interface OldChunk {
  tree: Tree;
  /** The text on both sides of its end is unchanged too: the cut there is still sound. */
  endUnchanged: boolean;
}

function mountedComplete(chunk: Tree): boolean {
  const mount = chunk.prop(NodeProp.mounted);
  return !!mount && mount.tree.length >= chunk.length;
}

/** The chunks of the previous trees whose text is unchanged, by their start in the new document. */
function reusableChunks(fragments: readonly TreeFragment[], chunkType: NodeType): Map<number, OldChunk> {
  const found = new Map<number, OldChunk>();
  for (const fragment of fragments) {
    const { tree, offset } = fragment;
    for (let i = 0; i < tree.children.length; i++) {
      const chunk = tree.children[i];
      if (!(chunk instanceof Tree) || chunk.type !== chunkType) continue;
      const from = tree.positions[i]! - offset;
      const to = from + chunk.length;
      if (from >= fragment.from && to <= fragment.to && mountedComplete(chunk)) found.set(from, { tree: chunk, endUnchanged: to < fragment.to });
    }
  }
  return found;
}

/** The outer tree, already complete: returned by the first advance. */
class DoneParse implements PartialParse {
  parsedPos = 0;
  stoppedAt: number | null = null;
  constructor(private readonly tree: Tree) {}
  advance(): Tree {
    this.parsedPos = this.tree.length;
    return this.tree;
  }
  stopAt(pos: number): void {
    this.stoppedAt = pos;
  }
}

class ChunkedParser extends Parser {
  readonly topType: NodeType;
  readonly chunkType: NodeType;
  /** Runs the outer parse, then markdown inside each new chunk. */
  readonly mixed;

  constructor(
    readonly inner: Parser,
    data: unknown,
  ) {
    super();
    this.topType = NodeType.define({ id: 0, name: 'MarkdownChunks', top: true, props: [[languageDataProp, data]] });
    this.chunkType = NodeType.define({ id: 1, name: 'MarkdownChunk' });
    const chunkType = this.chunkType;
    this.mixed = parseMixed((node) => (node.type === chunkType ? { parser: inner } : null));
  }

  createParse(input: Input, fragments: readonly TreeFragment[], ranges: readonly { from: number; to: number }[]): PartialParse {
    // Only whole documents are chunked (the editor's case); anything else goes to markdown as is.
    if (ranges.length !== 1 || ranges[0]!.from !== 0 || ranges[0]!.to !== input.length) return this.inner.createParse(input, fragments, ranges);
    return new ChunkedParse(this, input, fragments, ranges);
  }

  /** The outer tree: reused chunks where the text did not change, new ones elsewhere. */
  plan(input: Input, old: Map<number, OldChunk>, forbidden: ReadonlySet<number>): { tree: Tree; fresh: Set<Tree> } {
    const chunks: Tree[] = [];
    const positions: number[] = [];
    const fresh = new Set<Tree>();
    const lines = new LineReader(input, 0);
    // Also checked for reused chunks: the text around them may have changed.
    const validCut = (pos: number): boolean =>
      pos >= input.length || (!forbidden.has(pos) && blankLineBefore(input, pos) && startsFresh(input.read(pos, pos + 1).charCodeAt(0), Infinity));
    let pos = 0;
    while (pos < input.length) {
      const reuse = old.get(pos);
      const reuseEnd = reuse ? pos + reuse.tree.length : 0;
      if (reuse && (reuse.endUnchanged ? !forbidden.has(reuseEnd) : validCut(reuseEnd))) {
        chunks.push(reuse.tree);
        positions.push(pos);
        pos += reuse.tree.length;
        continue;
      }
      const end = this.scanEnd(lines, pos, input.length, old, forbidden, validCut);
      const chunk = new Tree(this.chunkType, [], [], end - pos);
      fresh.add(chunk);
      chunks.push(chunk);
      positions.push(pos);
      pos = end;
    }
    return { tree: new Tree(this.topType, chunks, positions, input.length), fresh };
  }

  /** Where a new chunk starting at `from` ends: at an old chunk that can be reused, or after about TARGET_CHARS. */
  private scanEnd(
    lines: LineReader,
    from: number,
    length: number,
    old: Map<number, OldChunk>,
    forbidden: ReadonlySet<number>,
    validCut: (pos: number) => boolean,
  ): number {
    const scanner = new BlockScanner();
    let previousBlank = false;
    let outside = true;
    for (let pos = from; ; ) {
      const line = lines.lineAt(pos);
      if (line === null) return length;
      if (pos > from && previousBlank && outside && !forbidden.has(pos)) {
        const reuse = old.get(pos);
        if (reuse && validCut(pos + reuse.tree.length)) return pos;
        if (startsFresh(line.charCodeAt(0), pos - from)) return pos;
      }
      outside = scanner.line(line);
      previousBlank = line.trim() === '';
      pos += line.length + 1;
      if (pos > length) return length;
    }
  }

  /** The cuts after chunks that end inside a block still open (their markdown ran into the cut). */
  badCuts(tree: Tree, fresh: ReadonlySet<Tree>, input: Input): number[] {
    const bad: number[] = [];
    for (let i = 0; i < tree.children.length - 1; i++) {
      const chunk = tree.children[i] as Tree;
      if (!fresh.has(chunk) || chunk.length >= MAX_MERGED || !mountedComplete(chunk)) continue;
      const from = tree.positions[i]!;
      const last = chunk.prop(NodeProp.mounted)!.tree.topNode.lastChild;
      if (!last) continue;
      const text = input.read(from + last.from, from + chunk.length);
      // A closed block ends at its last line; one left open runs on over the blank line before the cut.
      const runsOn = last.to - last.from > text.trimEnd().length;
      if (runsOn || endsOpen(last.name, text.slice(0, last.to - last.from))) bad.push(from + chunk.length);
    }
    return bad;
  }
}

/** Whether a top-level block's text stops before its end marker. */
function endsOpen(name: string, text: string): boolean {
  if (name === 'FencedCode') {
    const lines = text.trimEnd().split('\n');
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0]!)?.[1];
    if (!open || lines.length < 2) return true;
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[lines.length - 1]!)?.[1];
    return !close || close[0] !== open[0] || close.length < open.length;
  }
  if (name === 'CommentBlock') return !/-->/.test(text);
  if (name === 'ProcessingInstructionBlock') return !/\?>/.test(text);
  if (name === 'HTMLBlock') {
    const kind = HTML_BLOCK_ENDS.find(([start]) => start.test(text));
    return !!kind && !kind[1].test(text.replace(kind[0], ''));
  }
  return false;
}

class ChunkedParse implements PartialParse {
  stoppedAt: number | null = null;
  private readonly old: Map<number, OldChunk>;
  private readonly forbidden = new Set<number>();
  private current!: PartialParse;
  private fresh!: Set<Tree>;

  constructor(
    private readonly parser: ChunkedParser,
    private readonly input: Input,
    private readonly fragments: readonly TreeFragment[],
    private readonly ranges: readonly { from: number; to: number }[],
  ) {
    this.old = reusableChunks(fragments, parser.chunkType);
    this.start();
  }

  private start(): void {
    const { tree, fresh } = this.parser.plan(this.input, this.old, this.forbidden);
    this.fresh = fresh;
    this.current = this.parser.mixed(new DoneParse(tree), this.input, this.fragments, this.ranges);
    if (this.stoppedAt !== null) this.current.stopAt(this.stoppedAt);
  }

  get parsedPos(): number {
    return this.current.parsedPos;
  }

  advance(): Tree | null {
    const done = this.current.advance();
    if (!done) return null;
    const bad = this.stoppedAt === null ? this.parser.badCuts(done, this.fresh, this.input) : [];
    if (bad.length === 0) return done;
    for (const cut of bad) this.forbidden.add(cut);
    this.start();
    return null;
  }

  stopAt(pos: number): void {
    this.stoppedAt = pos;
    this.current.stopAt(pos);
  }
}

/** `language` (lang-markdown's, with its code languages) parsed in chunks; same data, so its commands and settings apply. */
export function chunkedMarkdownLanguage(language: Language): Language {
  return new Language(language.data, new ChunkedParser(language.parser, language.data), [], language.name);
}
