/**
 * The parsed view of a frontmatter's YAML used for editing: the `yaml` Document (for
 * structure and exact source offsets) plus the file's own conventions (quote style,
 * indentation, date format) that new text should follow.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { isDateText } from './date-format';

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
export type StringStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

export interface YamlConventions {
  /** The quote style most string values of this file use. */
  stringStyle: StringStyle;
  /** Spaces per nesting level. */
  indentStep: number;
  /** Spaces between a key and the `-` of its block list items. */
  seqIndent: number;
  /** The text and quote style of the first date in the file, to copy for new dates. */
  date?: { template: string; style: StringStyle };
}

export class FrontmatterSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line within the frontmatter YAML. */
    readonly yamlLine: number,
  ) {
    super(message);
    this.name = 'FrontmatterSyntaxError';
  }
}

export interface YamlSource {
  text: string;
  doc: Document.Parsed;
  conventions: YamlConventions;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  return lf === -1 ? text.length : lf + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** End of a node's last line (line break included), trailing same-line comment included. */
export function nodeLineEnd(text: string, valueEnd: number): number {
  return valueEnd > 0 && text[valueEnd - 1] === '\n' ? valueEnd : lineEndOf(text, valueEnd);
}

export function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** The whole lines a pair occupies in a block map: from its key's line to its value's last line. */
export function pairLines(text: string, pair: Pair): { start: number; end: number } {
  const key = pair.key as Scalar;
  const start = lineStartOf(text, key.range![0]);
  const value = pair.value as { range?: [number, number, number] } | null;
  const valueEnd = value?.range ? Math.max(value.range[1], key.range![1]) : key.range![1];
  return { start, end: nodeLineEnd(text, valueEnd) };
}

export function parseYamlSource(text: string): YamlSource {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineOfOffset(text, error.pos[0]);
    throw new FrontmatterSyntaxError(error.message.split('\n')[0] ?? error.message, line);
  }
  if (doc.contents !== null && !isMap(doc.contents) && !(isScalar(doc.contents) && doc.contents.value === null)) {
    throw new FrontmatterSyntaxError('The frontmatter is not a list of fields (key: value).', 1);
  }
  return { text, doc, conventions: conventionsOf(text, doc) };
}

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function conventionsOf(text: string, doc: Document.Parsed): YamlConventions {
  const counts: Record<StringStyle, number> = { PLAIN: 0, QUOTE_SINGLE: 0, QUOTE_DOUBLE: 0 };
  let indentStep: number | undefined;
  let seqIndent: number | undefined;
  let date: YamlConventions['date'];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isScalar(key) || !key.range) return;
      const value = pair.value;
      if (isScalar(value) && value.range && typeof value.value === 'string') {
        const style = value.type === 'QUOTE_SINGLE' || value.type === 'QUOTE_DOUBLE' ? value.type : 'PLAIN';
        if (value.type !== 'BLOCK_LITERAL' && value.type !== 'BLOCK_FOLDED') counts[style] += 1;
        if (!date && isDateText(value.value)) date = { template: value.value, style };
      } else if (isScalar(value) && value.value instanceof Date && value.source && !date) {
        date = { template: value.source, style: 'PLAIN' };
      }
      if (isMap(value) && !value.flow && indentStep === undefined) {
        const first = value.items.find(isPair)?.key;
        if (isScalar(first) && first.range) {
          const step = columnOf(text, first.range[0]) - columnOf(text, key.range[0]);
          if (step > 0) indentStep = step;
        }
      }
      if (isSeq(value) && !value.flow && seqIndent === undefined && value.range) {
        // The item node starts after "- "; the dash sits at the first non-blank of that line.
        const line = text.slice(lineStartOf(text, value.range[0]), value.range[0]);
        const dash = line.indexOf('-');
        if (dash !== -1) seqIndent = dash - columnOf(text, key.range[0]);
      }
    },
  });
  const stringStyle = (Object.keys(counts) as StringStyle[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), 'PLAIN');
  const step = indentStep ?? 2;
  return { stringStyle, indentStep: step, seqIndent: seqIndent ?? step, date };
}

export interface FieldLocation {
  /** Pairs found along the path, outermost first. */
  pairs: Pair[];
  /** Maps along the path: maps[i] holds pairs[i]. */
  maps: (YAMLMap | null)[];
  /** The leaf pair, if every segment exists. */
  pair?: Pair;
}

/** Walks a dotted path through nested maps; stops at the first missing segment. */
export function locate(doc: Document.Parsed, path: readonly string[]): FieldLocation {
  const pairs: Pair[] = [];
  const maps: (YAMLMap | null)[] = [];
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const map = isMap(node) ? node : null;
    maps.push(map);
    if (!map) {
      const isEmpty = node === null || node === undefined || (isScalar(node) && node.value === null);
      if (!isEmpty) throw new Error(`"${path.slice(0, i).join('.')}" is not a group of fields.`);
      return { pairs, maps };
    }
    const pair = map.items.find((p) => keyName(p) === path[i]);
    if (!pair) return { pairs, maps };
    pairs.push(pair);
    node = pair.value;
  }
  return { pairs, maps, pair: pairs[pairs.length - 1] };
}
