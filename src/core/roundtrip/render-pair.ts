/**
 * Source text for values that have no text in the file yet: new keys, dates, new list items.
 * New text follows the file's own conventions (quote style, indentation, date format).
 */
import { Document, type Scalar } from 'yaml';
import { DEFAULT_DATE_TEMPLATE, formatDateLike } from './date-format';
import { dateStyleOf, writeDateInStyle, type PickedDate } from './date-style';
import { isPlainObject, isScalarValue, type FieldValue } from './field-value';
import { renderKey, renderScalar, type RenderContext } from './render-scalar';
import type { ScalarStyle, StringStyle, YamlConventions } from './yaml-source';

export interface WriteContext {
  conventions: YamlConventions;
  eol: string;
  /** Template for a new date when the file holds none to copy. */
  dateTemplate?: string;
  /**
   * After a failed read-back check: 1 quotes strings with the file's usual quotes, 2 with
   * double quotes (escapes can say any string on one line).
   */
  safe: 0 | 1 | 2;
  /** How the writer picked a date being written (a day, or a time in their zone). */
  picked?: PickedDate;
  /** The YAML text the nodes' ranges index, to read a value's exact source. */
  sourceText?: string;
  /** A date's style could not hold the new value, so it was written as ISO. */
  onDateFallback?: (template: string, reason: string) => void;
}

export function stringStyle(ctx: WriteContext, style: ScalarStyle | undefined): ScalarStyle {
  if (ctx.safe === 2) return 'QUOTE_DOUBLE';
  if (ctx.safe === 1) return ctx.conventions.stringStyle === 'QUOTE_SINGLE' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
  return style ?? ctx.conventions.stringStyle;
}

export function renderContext(ctx: WriteContext, keyIndent: number, inFlow = false): RenderContext {
  const fallbackQuote: StringStyle = ctx.conventions.stringStyle === 'QUOTE_SINGLE' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
  return { fallbackQuote, indentStep: ctx.conventions.indentStep, keyIndent, inFlow };
}

function quote(text: string, style: ScalarStyle): string {
  if (style === 'QUOTE_SINGLE') return `'${text}'`;
  if (style === 'QUOTE_DOUBLE') return `"${text}"`;
  return text;
}

/**
 * A date written in the style of `existing` when that is a date the site reads (same shape,
 * same quotes, read back on the day the writer picked), else like the file's first date,
 * else like `dateTemplate`. A style that cannot hold the value (a time of day in `Jul 15
 * 2022`) gives ISO, and `ctx.onDateFallback` hears of it.
 */
export function renderDate(value: Date, ctx: WriteContext, existing?: Scalar | null): string {
  const own = existing?.range && ctx.sourceText !== undefined ? ctx.sourceText.slice(existing.range[0], existing.range[1]) : undefined;
  let style = own !== undefined ? dateStyleOf(own) : null;
  // Text that is no date the site reads alike (15/07/2022) has no style to keep: ISO, and the writer is told.
  const unknownStyle = !style && own !== undefined && own.trim() !== '' && existing?.value !== null;
  if (unknownStyle) ctx.onDateFallback?.(own!.trim(), 'is not a date format Postdesk can write in');
  if (!style && !unknownStyle) {
    const known = ctx.conventions.date;
    const template = ctx.dateTemplate ?? known?.template ?? DEFAULT_DATE_TEMPLATE;
    const fileQuote = ctx.conventions.stringStyle === 'QUOTE_SINGLE' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
    style = dateStyleOf(quote(template, ctx.dateTemplate || !known ? fileQuote : known.style));
  }
  const written = style ? writeDateInStyle(style, value, ctx.picked) : null;
  if (style && written !== null) return quote(written, style.quote);
  if (style) ctx.onDateFallback?.(style.template, 'has no time of day');
  return quote(formatDateLike(DEFAULT_DATE_TEMPLATE, value), style?.quote ?? 'QUOTE_DOUBLE');
}

/** One list item or scalar value on a single line. */
export function renderInline(value: FieldValue, ctx: WriteContext, keyIndent: number, style?: ScalarStyle, inFlow = false): string {
  if (value instanceof Date) return renderDate(value, ctx);
  if (!isScalarValue(value)) throw new Error('Only single values can be written inline.');
  const flowStyle = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? undefined : style;
  return renderScalar(value, stringStyle(ctx, flowStyle), renderContext(ctx, keyIndent, inFlow));
}

function datesToText(value: FieldValue, ctx: WriteContext): unknown {
  if (value instanceof Date) return renderDate(value, ctx).replace(/^['"]|['"]$/g, '');
  if (Array.isArray(value)) return value.map((v: FieldValue) => datesToText(v, ctx));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToText(v, ctx)]));
  return value;
}

/** YAML text for a value the line-by-line writers do not handle (lists of groups…), via the `yaml` stringifier. */
export function stringifyPair(key: string, value: FieldValue, ctx: WriteContext, indent: number): string {
  const doc = new Document({ [key]: datesToText(value, ctx) }, { version: '1.2' });
  const out = doc.toString({
    lineWidth: 0,
    indent: ctx.conventions.indentStep,
    indentSeq: ctx.conventions.seqIndent > 0,
    defaultStringType: stringStyle(ctx, undefined) === 'PLAIN' ? 'PLAIN' : (stringStyle(ctx, undefined) as StringStyle),
    defaultKeyType: 'PLAIN',
  });
  const pad = ' '.repeat(indent);
  return out
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join(ctx.eol);
}

/** A whole new `key: value` entry, ending with the file's line break. */
export function renderPair(key: string, value: FieldValue, ctx: WriteContext, indent: number): string {
  const pad = ' '.repeat(indent);
  const head = pad + renderKey(key) + ':';
  const { eol } = ctx;
  if (value instanceof Date || isScalarValue(value)) return head + ' ' + renderInline(value, ctx, indent) + eol;
  if (Array.isArray(value)) {
    if (value.length === 0) return head + ' []' + eol;
    if (!value.every((v: FieldValue) => v instanceof Date || isScalarValue(v))) return stringifyPair(key, value, ctx, indent);
    const itemPad = ' '.repeat(indent + ctx.conventions.seqIndent);
    return head + eol + value.map((v: FieldValue) => `${itemPad}- ${renderInline(v, ctx, indent + ctx.conventions.seqIndent + 2)}${eol}`).join('');
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return head + ' {}' + eol;
    return head + eol + entries.map(([k, v]) => renderPair(k, v, ctx, indent + ctx.conventions.indentStep)).join('');
  }
  throw new Error(`Cannot write a value of type ${typeof value}.`);
}
