/**
 * Edits the YAML text of a frontmatter by splicing source ranges found with the `yaml`
 * Document API. Text outside the edited field is never re-serialised, so untouched keys keep
 * their order, quotes, comments, blank lines, indentation and line endings byte for byte.
 */
import { isMap, isScalar, isSeq, parseDocument, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlainObject, isScalarValue, sameValue, type FieldValue } from './field-value';
import { renderDate, renderInline, renderPair, stringStyle, renderContext, type WriteContext } from './render-pair';
import { renderScalar } from './render-scalar';
import { columnOf, keyName, lineStartOf, locate, nodeLineEnd, pairLines, type FieldLocation, type ScalarStyle, type YamlSource } from './yaml-source';

export type FieldOrder = readonly string[] | ((parentPath: readonly string[]) => readonly string[] | undefined);

const splice = (text: string, start: number, end: number, insert: string): string =>
  text.slice(0, start) + insert + text.slice(end);

function orderAt(order: FieldOrder | undefined, parentPath: readonly string[], leafParent: boolean): readonly string[] | undefined {
  if (typeof order === 'function') return order(parentPath);
  return leafParent ? order : undefined;
}

function nest(path: readonly string[], value: FieldValue): FieldValue {
  return path.reduceRight<FieldValue>((inner, key) => ({ [key]: inner }), value);
}

/** Where a new key goes: after the nearest earlier key of `order`, else before the nearest later one, else last. */
function insertionOffset(text: string, map: YAMLMap, key: string, order: readonly string[] | undefined): number {
  const pairs = map.items as Pair[];
  const find = (name: string) => pairs.find((p) => keyName(p) === name);
  const at = order?.indexOf(key) ?? -1;
  if (order && at !== -1) {
    for (const name of order.slice(0, at).reverse()) {
      const pair = find(name);
      if (pair) return pairLines(text, pair).end;
    }
    for (const name of order.slice(at + 1)) {
      const pair = find(name);
      if (pair) return leadingCommentStart(text, pairLines(text, pair).start);
    }
  }
  return pairLines(text, pairs[pairs.length - 1]!).end;
}

/** Comment lines right above a key describe it: a new key goes above them, not between. */
function leadingCommentStart(text: string, lineStart: number): number {
  let start = lineStart;
  while (start > 0) {
    const prev = lineStartOf(text, start - 1);
    if (!text.slice(prev, start).trimStart().startsWith('#')) break;
    start = prev;
  }
  return start;
}

/** Deepest pair on the path that sits in a block map, i.e. owns whole lines. */
function wholeLinePair(loc: FieldLocation): number {
  for (let i = loc.pairs.length - 1; i >= 0; i--) {
    const map = loc.maps[i];
    if (map && !map.flow) return i;
  }
  return -1;
}

/**
 * Fallback for shapes the splicers do not handle (flow maps, lists of groups): only the
 * smallest enclosing whole-line entry goes through the `yaml` Document API.
 */
function reserialise(src: YamlSource, loc: FieldLocation, path: readonly string[], ctx: WriteContext, value: FieldValue | undefined): string {
  const { text } = src;
  const j = wholeLinePair(loc);
  const toText = (v: FieldValue): unknown =>
    v instanceof Date ? renderDate(v, ctx).replace(/^['"]|['"]$/g, '') : Array.isArray(v) ? v.map(toText) : isPlainObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toText(x)])) : v;
  const options = { lineWidth: 0, indent: ctx.conventions.indentStep, flowCollectionPadding: false };
  if (j === -1) {
    const doc = parseDocument(text);
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(toText(value)));
    return doc.toString(options).replace(/\r?\n/g, ctx.eol);
  }
  const pair = loc.pairs[j]!;
  const lines = pairLines(text, pair);
  const indent = columnOf(text, (pair.key as Scalar).range![0]);
  const snippet = text
    .slice(lines.start, lines.end)
    .split('\n')
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
    .join('\n');
  const doc = parseDocument(snippet);
  const rel = path.slice(j);
  if (value === undefined) doc.deleteIn(rel);
  else doc.setIn(rel, doc.createNode(toText(value)));
  const pad = ' '.repeat(indent);
  const out = doc
    .toString(options)
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join(ctx.eol);
  return splice(text, lines.start, lines.end, out);
}

function styleOf(node: Scalar): ScalarStyle | undefined {
  return typeof node.value === 'string' ? (node.type as ScalarStyle | undefined) : undefined;
}

function replaceScalar(text: string, node: Scalar, value: FieldValue, ctx: WriteContext, keyIndent: number): string {
  const [start, end] = node.range!;
  let rendered: string;
  if (value instanceof Date) {
    rendered = renderDate(value, ctx, node);
  } else {
    const style = node.value === null ? undefined : styleOf(node);
    const source = text.slice(start, end);
    // Keep the block content indentation the file already uses.
    const contentLine = /\n( *)\S/.exec(source);
    const step = contentLine ? contentLine[1]!.length - keyIndent : ctx.conventions.indentStep;
    const renderCtx = { ...renderContext(ctx, keyIndent), indentStep: step > 0 ? step : ctx.conventions.indentStep };
    rendered = renderScalar(value as string | number | boolean, stringStyle(ctx, style), renderCtx).replace(/\n/g, ctx.eol);
  }
  const original = text.slice(start, end);
  if (original.endsWith('\n') && !rendered.endsWith('\n')) rendered += ctx.eol;
  if (start === end && text[start - 1] === ':') rendered = ' ' + rendered;
  return splice(text, start, end, rendered);
}

function editFlowSeq(text: string, node: YAMLSeq, values: readonly FieldValue[], ctx: WriteContext, keyIndent: number): string {
  const items = node.items as Scalar[];
  const [start, end] = node.range!;
  const source = text.slice(start, end);
  const pad = /^\[[ \t]/.test(source) && items.length > 0 ? ' ' : '';
  const separator = items.length > 1 && !text.slice(items[0]!.range![1], items[1]!.range![0]).includes(', ') ? ',' : ', ';
  const used = new Set<number>();
  const style = items[0] ? styleOf(items[0]) : undefined;
  const parts = values.map((v) => {
    const k = items.findIndex((item, i) => !used.has(i) && sameValue(item.toJSON(), v));
    if (k === -1) return renderInline(v, ctx, keyIndent, style, true);
    used.add(k);
    return text.slice(items[k]!.range![0], items[k]!.range![1]);
  });
  return splice(text, start, end, `[${pad}${parts.join(separator)}${pad}]`);
}

function editBlockSeq(text: string, node: YAMLSeq, values: readonly FieldValue[], ctx: WriteContext): string | undefined {
  const items = node.items as Scalar[];
  const first = items[0]!;
  const lineStart = lineStartOf(text, first.range![0]);
  const prefix = text.slice(lineStart, first.range![0]);
  if (!/^ *-[ \t]+$/.test(prefix)) return undefined;
  // Each chunk is one item's lines plus the comment lines just above it, so comments travel with their item.
  const chunks: string[] = [];
  let chunkStart = lineStart;
  for (const item of items) {
    const chunkEnd = nodeLineEnd(text, item.range![1]);
    chunks.push(text.slice(chunkStart, chunkEnd));
    chunkStart = chunkEnd;
  }
  const used = new Set<number>();
  const style = styleOf(first);
  const out = values.map((v) => {
    const k = items.findIndex((item, i) => !used.has(i) && sameValue(item.toJSON(), v));
    if (k === -1) return prefix + renderInline(v, ctx, prefix.length, style) + ctx.eol;
    used.add(k);
    return chunks[k]!;
  });
  return splice(text, lineStart, chunkStart, out.join(''));
}

/** Writes `value` at `path` (which must not be a group written key by key: see setInYaml). */
export function applySet(src: YamlSource, path: readonly string[], value: FieldValue, ctx: WriteContext, order?: FieldOrder): string {
  const { text, doc } = src;
  const loc = locate(doc, path);
  const depth = loc.pairs.length;

  if (loc.pair) {
    const pair = loc.pair;
    if (loc.maps[depth - 1]?.flow) return reserialise(src, loc, path, ctx, value);
    const node = pair.value;
    const keyIndent = columnOf(text, (pair.key as Scalar).range![0]);
    const replacePair = () => {
      const lines = pairLines(text, pair);
      return splice(text, lines.start, lines.end, renderPair(keyName(pair), value, ctx, keyIndent));
    };
    if (value instanceof Date || isScalarValue(value)) {
      return isScalar(node) && node.range ? replaceScalar(text, node, value, ctx, keyIndent) : replacePair();
    }
    if (Array.isArray(value)) {
      const simple = value.every((v: FieldValue) => v instanceof Date || isScalarValue(v));
      if (isSeq(node) && simple && node.items.every((i) => isScalar(i) && i.range)) {
        if (node.flow) return editFlowSeq(text, node, value, ctx, keyIndent);
        if (value.length > 0) return editBlockSeq(text, node, value, ctx) ?? reserialise(src, loc, path, ctx, value);
      }
      return isScalar(node) || simple ? replacePair() : reserialise(src, loc, path, ctx, value);
    }
    return isMap(node) ? reserialise(src, loc, path, ctx, value) : replacePair();
  }

  const parentMap = loc.maps[depth] ?? null;
  const key = path[depth]!;
  const rest = nest(path.slice(depth + 1), value);
  if (parentMap?.flow) return reserialise(src, loc, path, ctx, value);
  if (parentMap && parentMap.items.length > 0) {
    const indent = columnOf(text, ((parentMap.items[0] as Pair).key as Scalar).range![0]);
    const at = insertionOffset(text, parentMap, key, orderAt(order, path.slice(0, depth), depth === path.length - 1));
    return splice(text, at, at, renderPair(key, rest, ctx, indent));
  }
  if (depth > 0) {
    // The parent key exists with no value (`metadata:`): give it the nested entry.
    const parent = loc.pairs[depth - 1]!;
    const lines = pairLines(text, parent);
    const indent = columnOf(text, (parent.key as Scalar).range![0]);
    return splice(text, lines.start, lines.end, renderPair(keyName(parent), { [key]: rest }, ctx, indent));
  }
  const needsBreak = text !== '' && !text.endsWith('\n');
  return text + (needsBreak ? ctx.eol : '') + renderPair(key, rest, ctx, 0);
}

/** Removes the entry at `path`, and a group left empty by that (never leaves `metadata:` with nothing). */
export function applyRemove(src: YamlSource, path: readonly string[], ctx: WriteContext): string {
  const loc = locate(src.doc, path);
  if (!loc.pair) return src.text;
  let i = path.length - 1;
  while (i > 0 && (loc.maps[i]?.items.length ?? 0) <= 1) i -= 1;
  if (loc.maps[i]?.flow) return reserialise(src, { ...loc, pairs: loc.pairs.slice(0, i + 1) }, path.slice(0, i + 1), ctx, undefined);
  const lines = pairLines(src.text, loc.pairs[i]!);
  return splice(src.text, lines.start, lines.end, '');
}
