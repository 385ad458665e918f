import { createHash } from 'node:crypto';
import { keepsData, type SiteSpec } from '../site-spec';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

const MAX_DEPTH = 64;

/**
 * A zod schema written out as text: its definition tree, with the values behind defaults
 * and lazy schemas taken out. `opaque` is set when the schema holds code (refine, transform,
 * preprocess): the code's text is there, but not the values it reads from
 * its module, so only the whole config's text can vouch for it.
 */
export function describeSchema(schema: unknown): { text: string; opaque: boolean } {
  let opaque = false;
  const seen = new Map<object, number>();
  const walk = (value: unknown, key: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      opaque = true;
      return '…';
    }
    if (typeof value === 'function') {
      // ZodObject's shape, ZodLazy's getter and ZodDefault's value are data behind a function.
      if (key === 'shape' || key === 'getter' || key === 'defaultValue') {
        try {
          return { [`${key}()`]: walk((value as () => unknown)(), '', depth + 1) };
        } catch {
          opaque = true;
          return `fn:${String(value)}`;
        }
      }
      // zod wraps every schema's messages in an error map (`.optional()` passes the inner definition
      // as its parameters): its code is zod's own, and the definition it reads is walked anyway.
      // Only a custom message's wording escapes the fingerprint, which changes no finding.
      if (key === 'errorMap') return `fn:${String(value)}`;
      opaque = true;
      return `fn:${String(value)}`;
    }
    if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? `${value}n` : value;
    if (value instanceof RegExp) return `re:${String(value)}`;
    if (value instanceof Date) return `date:${value.toISOString()}`;
    const id = seen.get(value);
    if (id !== undefined) return `ref:${id}`;
    seen.set(value, seen.size);
    if (Array.isArray(value)) return value.map((item) => walk(item, '', depth + 1));
    const out: Record<string, unknown> = {};
    const source = '_def' in value ? { def: (value as { _def: unknown })._def } : value;
    for (const name of Object.keys(source).sort()) out[name] = walk((source as Record<string, unknown>)[name], name, depth + 1);
    return out;
  };
  const text = JSON.stringify(walk(schema, '', 0)) ?? 'none';
  return { text, opaque };
}

/**
 * Per collection, a hash of everything its entries' analysis depends on besides their own
 * text: its schema, fields (CMS labels, options, relations), file patterns, the site's own
 * host names, and whether the index keeps its values. A config edit changes the
 * fingerprints of exactly the collections it touches.
 */
export function collectionFingerprints(spec: SiteSpec, configCode: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const config = sha(configCode ?? '');
  for (const collection of spec.collections) {
    const schema = describeSchema(collection.schema);
    out[collection.info.name] = sha(
      JSON.stringify({
        info: collection.info,
        patterns: collection.patterns.map(String),
        recursive: collection.recursive,
        dataFile: collection.dataFile ?? null,
        siteHosts: spec.siteHosts,
        keepData: keepsData(spec, collection.info.name),
        schema: schema.text,
        config: schema.opaque ? config : null,
      }),
    );
  }
  return out;
}
