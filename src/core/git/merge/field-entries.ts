import { isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml';
import { keyName, lineStartOf, nodeLineEnd, pairLines } from '../../roundtrip/yaml-source';

/** One top-level field as written: the comment and blank lines above it, then its own lines. */
export interface FieldEntry {
  key: string;
  /** Comment and blank lines between the previous field and this one. */
  trivia: string;
  /** The field's lines, from its key to the end of its value. */
  lines: string;
  /** The value as the site reads it, for "both sides wrote the same value". */
  value: string;
  /** For a block list of one-line scalars: each item's value and line; else null. */
  list: ListItem[] | null;
}

export interface ListItem {
  value: string;
  line: string;
}

export interface FieldEntries {
  entries: FieldEntry[];
  /** Whatever follows the last field (comments, blank lines). */
  tail: string;
}

export const entryText = (entry: FieldEntry) => entry.trivia + entry.lines;

/**
 * Cuts frontmatter YAML ('\n' line endings) into its top-level fields, keeping every byte, so a
 * merge can take each field's lines from the side that changed it. Null when the YAML is not a
 * plain block map the cut can keep exact (syntax errors, flow maps, several keys on a line).
 */
export function splitFields(yaml: string): FieldEntries | null {
  if (yaml.trim() === '') return { entries: [], tail: yaml };
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return null;
  const entries: FieldEntry[] = [];
  let previousEnd = 0;
  for (const pair of doc.contents.items as Pair[]) {
    if (!isScalar(pair.key) || !pair.key.range) return null;
    const { start, end } = pairLines(yaml, pair);
    if (start < previousEnd) return null;
    let value: string;
    try {
      value = JSON.stringify(pair.value === null || pair.value === undefined ? null : (pair.value as { toJS(doc: unknown): unknown }).toJS(doc)) ?? 'null';
    } catch {
      return null;
    }
    entries.push({
      key: keyName(pair),
      trivia: yaml.slice(previousEnd, start),
      lines: yaml.slice(start, end),
      value,
      list: listItems(yaml, pair, start, end),
    });
    previousEnd = end;
  }
  return { entries, tail: yaml.slice(previousEnd) };
}

/** The items of `key:` followed by `- item` lines, one scalar per line and nothing else. */
function listItems(yaml: string, pair: Pair, start: number, end: number): ListItem[] | null {
  const seq = pair.value;
  if (!isSeq(seq) || seq.flow || seq.items.length === 0) return null;
  const items: ListItem[] = [];
  let cursor = lineEndAfter(yaml, start);
  for (const item of seq.items) {
    if (!isScalar(item) || !item.range || typeof item.value === 'object') return null;
    const lineStart = lineStartOf(yaml, item.range[0]);
    const lineEnd = nodeLineEnd(yaml, item.range[1]);
    if (lineStart !== cursor || yaml.slice(lineStart, lineEnd).split('\n').length > 2) return null;
    items.push({ value: JSON.stringify(item.value), line: yaml.slice(lineStart, lineEnd) });
    cursor = lineEnd;
  }
  return cursor === end ? items : null;
}

function lineEndAfter(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  return lf === -1 ? text.length : lf + 1;
}
