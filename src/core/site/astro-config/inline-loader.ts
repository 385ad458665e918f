import { parseExpressionAt, type AnyNode, type Expression } from 'acorn';

/**
 * The entries of an inline loader (`loader: () => [{ id: 'a', … }]`, async or not, or a
 * function whose one statement returns them), read from the function's source text and never
 * called: only literal values count, the way Astro would store them. Anything computed
 * (a fetch, a variable, a spread) is not guessed: the reason says why.
 */
export type InlineEntries = { status: 'read'; entries: Record<string, Record<string, unknown>> } | { status: 'unread'; reason: string };

/** An inline loader's source larger than this is not read: a literal list of a few entries is small. */
const MAX_LOADER_SOURCE = 256 * 1024;

const unread = (reason: string): InlineEntries => ({ status: 'unread', reason });

class NotLiteral extends Error {}

function literalOf(node: AnyNode): unknown {
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') throw new NotLiteral();
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length > 0) throw new NotLiteral();
      return node.quasis.map((q) => q.value.cooked ?? '').join('');
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
      throw new NotLiteral();
    case 'ArrayExpression':
      return node.elements.map((element) => {
        if (!element || element.type === 'SpreadElement') throw new NotLiteral();
        return literalOf(element);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) throw new NotLiteral();
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        if (key === undefined) throw new NotLiteral();
        out[key] = literalOf(property.value);
      }
      return out;
    }
    default:
      throw new NotLiteral();
  }
}

/** What the function gives back: an arrow's expression body, or the argument of a body that is one `return`. */
function returned(fn: AnyNode): Expression | undefined {
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const [only, ...rest] = fn.body.body;
  return rest.length === 0 && only?.type === 'ReturnStatement' ? (only.argument ?? undefined) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Entries as Astro's content layer takes an inline loader's result: a list with string ids, or an object keyed by id. */
function entriesOf(value: unknown): InlineEntries {
  const entries: Record<string, Record<string, unknown>> = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!isRecord(item) || typeof item.id !== 'string') return unread('an entry it returns has no string "id", which Astro refuses');
      entries[item.id] = item;
    }
    return { status: 'read', entries };
  }
  if (isRecord(value)) {
    for (const [id, item] of Object.entries(value)) {
      if (!isRecord(item)) return unread(`its entry "${id}" is not an object`);
      entries[id] = { ...item, id };
    }
    return { status: 'read', entries };
  }
  return unread('it returns neither a list nor an object of entries');
}

function parseFunction(source: string | undefined): AnyNode | undefined {
  if (source === undefined) return undefined;
  try {
    const node = parseExpressionAt(`(${source})`, 1, { ecmaVersion: 'latest' });
    const whole = node.end === source.length + 1;
    return whole && (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') ? node : undefined;
  } catch {
    return undefined;
  }
}

/** A method shorthand (`async loader() { … }`) as a function expression. */
function asFunction(source: string): string | undefined {
  const method = /^(async\s+)?([A-Za-z_$][\w$]*)\s*\(/.exec(source);
  return method ? `${method[1] ?? ''}function ${source.slice((method[1] ?? '').length)}` : undefined;
}

/** Reads an inline loader function's entries from its source text (the function is never called). */
export function readInlineLoader(loader: unknown): InlineEntries {
  if (typeof loader !== 'function') return unread('it is not a function');
  const source = Function.prototype.toString.call(loader);
  if (source.length > MAX_LOADER_SOURCE) return unread('its source is too large to read');
  const fn = parseFunction(source) ?? parseFunction(asFunction(source));
  if (!fn) return unread('its source cannot be parsed');
  let body = returned(fn);
  if (body?.type === 'AwaitExpression') body = body.argument;
  if (!body) return unread('it does more than return a list of entries');
  try {
    return entriesOf(literalOf(body));
  } catch (error) {
    if (error instanceof NotLiteral) return unread('its entries are computed when the site builds (not written out as literal values)');
    throw error;
  }
}
