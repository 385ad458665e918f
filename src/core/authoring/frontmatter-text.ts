import { isYamlFence, splitFrontmatter } from '../../shared/frontmatter-bounds';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLSeq } from 'yaml';

/**
 * Reading the raw frontmatter of existing entries (key order, quote styles, the exact text
 * of a date) and writing the frontmatter of new ones. Existing files are never rewritten
 * here; the round-trip module owns edits.
 */

export type QuoteStyle = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'PLAIN';

export interface RawFrontmatter {
  /** Top-level keys in file order. */
  keys: string[];
  /** Values as YAML 1.2 core reads them: plain timestamps stay text. */
  data: Record<string, unknown>;
  /** Quote style of each top-level scalar value. */
  styles: Record<string, QuoteStyle>;
  body: string;
  eol: '\n' | '\r\n';
}

export function readFrontmatter(text: string): RawFrontmatter | undefined {
  const bounds = splitFrontmatter(text);
  if (bounds.state !== 'closed' || !isYamlFence(bounds)) return undefined;
  const doc = parseDocument(text.slice(bounds.yaml.start, bounds.yaml.end));
  const result: RawFrontmatter = { keys: [], data: {}, styles: {}, body: text.slice(bounds.body.start), eol: bounds.eol };
  if (doc.errors.length > 0 || !isMap(doc.contents)) return result;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    result.keys.push(key);
    const value = pair.value;
    result.data[key] = value && typeof value === 'object' && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : value;
    if (isScalar(value)) {
      const type = value.type;
      result.styles[key] = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? type : 'PLAIN';
    }
  }
  return result;
}

/** A value written exactly as given (a plain timestamp that must stay a timestamp). */
export interface VerbatimValue {
  verbatim: string;
}

export type FrontmatterValue = string | number | boolean | string[] | VerbatimValue;

function isVerbatim(value: FrontmatterValue): value is VerbatimValue {
  return typeof value === 'object' && !Array.isArray(value);
}

function renderPair(key: string, value: Exclude<FrontmatterValue, VerbatimValue>, quote: QuoteStyle): string {
  // YAML 1.1 rules make the stringifier quote text such as `yes` or `2024-01-01`, which
  // js-yaml (what Astro reads with) would otherwise turn into a boolean or a date.
  const doc = new Document({}, { schema: 'yaml-1.1', version: '1.1' });
  const node = doc.createNode(value);
  const style = (scalar: Scalar): void => {
    if (typeof scalar.value === 'string') scalar.type = quote;
  };
  if (isScalar(node)) style(node);
  if (isSeq(node)) (node as YAMLSeq<Scalar>).items.forEach(style);
  doc.set(key, node);
  return doc
    .toString({ lineWidth: 0, minContentWidth: 0, singleQuote: quote === 'QUOTE_SINGLE' ? true : null })
    .replace(/\n$/, '');
}

/** `---` block with one line per pair (lists as block sequences), in the given order. */
export function renderFrontmatter(pairs: [string, FrontmatterValue][], quote: QuoteStyle, eol: '\n' | '\r\n' = '\n'): string {
  const lines = ['---'];
  for (const [key, value] of pairs) {
    lines.push(isVerbatim(value) ? `${key}: ${value.verbatim}` : renderPair(key, value, quote));
  }
  lines.push('---');
  return lines.join('\n').replace(/\n/g, eol) + eol;
}

/** Wraps text in the given quote style, the way a hand-written date value looks. */
export function quoteText(text: string, quote: QuoteStyle): FrontmatterValue {
  if (quote === 'PLAIN') return { verbatim: text };
  return quote === 'QUOTE_SINGLE' ? { verbatim: `'${text.replace(/'/g, "''")}'` } : { verbatim: JSON.stringify(text) };
}
