/**
 * Renders one value as YAML source text in a chosen style, through the `yaml` package's
 * stringifier (so escaping and "does this need quotes" follow the YAML 1.2 core schema).
 * Where js-yaml (what Astro reads with) disagrees, e.g. a plain `2024-01-01` is a date to
 * it, the caller's read-back check catches it and asks again for a quoted style.
 */
import { Document, Scalar, isMap, isSeq } from 'yaml';
import type { ScalarStyle, StringStyle } from './yaml-source';

export type ScalarValue = string | number | boolean;

export interface RenderContext {
  /** Quote style to use when a plain value turns out to need quotes. */
  fallbackQuote: StringStyle;
  /** Spaces per level, for block scalar content. */
  indentStep: number;
  /** Indentation of the key that owns the value (block scalar lines go below it). */
  keyIndent: number;
  /** The value is an item of a flow collection (`[a, b]`), where `,[]{}` need quotes. */
  inFlow?: boolean;
}

const STRINGIFY = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

function effectiveStyle(value: ScalarValue, style: ScalarStyle, ctx: RenderContext): ScalarStyle {
  if (typeof value !== 'string') return 'PLAIN';
  const isBlock = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED';
  if (isBlock && ctx.inFlow) return 'QUOTE_DOUBLE';
  // A line break in a plain or single-quoted scalar would fold over several lines; an
  // escaped "\n" keeps the field on one line.
  if (!isBlock && /[\n\r]/.test(value)) return 'QUOTE_DOUBLE';
  return style;
}

/**
 * Source text of a scalar value. Flow styles give one line without a line break; block
 * styles (`|`, `>`) give the header and content lines, each ending with "\n", content
 * indented by `keyIndent + indentStep`.
 */
export function renderScalar(value: ScalarValue, style: ScalarStyle, ctx: RenderContext): string {
  const type = effectiveStyle(value, style, ctx);
  const doc = new Document(null, { version: '1.2' });
  const scalar = new Scalar(value);
  if (type !== 'PLAIN' || typeof value === 'string') scalar.type = type;
  const options = { ...STRINGIFY, indent: Math.max(1, ctx.indentStep), singleQuote: type === 'QUOTE_SINGLE' || ctx.fallbackQuote === 'QUOTE_SINGLE' ? true : null };

  if (ctx.inFlow) {
    doc.contents = doc.createNode([null], { flow: true });
    if (isSeq(doc.contents)) doc.contents.items[0] = scalar;
    const out = doc.toString(options).trimEnd();
    return out.slice(1, -1);
  }
  doc.contents = doc.createNode({ k: null });
  if (isMap(doc.contents)) doc.contents.items[0]!.value = scalar;
  const out = doc.toString(options);
  const rendered = out.slice('k:'.length).replace(/^ /, '');
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const pad = ' '.repeat(ctx.keyIndent);
    return rendered
      .split('\n')
      .map((line, i) => (i === 0 || line === '' ? line : pad + line))
      .join('\n');
  }
  return rendered.replace(/\n$/, '');
}

/** A key as YAML source: plain when it reads back as the same string, else double-quoted. */
export function renderKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !/^(true|false|null)$/i.test(key)
    ? key
    : JSON.stringify(key);
}
