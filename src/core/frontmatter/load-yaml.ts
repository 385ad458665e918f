import yaml from 'js-yaml';

/** How far one YAML text may expand once its aliases (`*name`) are followed. */
export const YAML_LIMITS = { values: 100_000, characters: 16 * 1024 * 1024 } as const;

interface Overflow {
  /** The top-level field being walked when a limit was passed. */
  field: string | undefined;
  kind: 'values' | 'characters';
}

/**
 * Counts the values (and string characters) a walk of `value` visits, the way JSON.stringify
 * or a validator would: a shared (aliased) value counts each time it is reached. Stops as
 * soon as a limit is passed, so the cost is bounded by the limits, not by the expansion.
 */
function findOverflow(value: unknown): Overflow | undefined {
  let values = 0;
  let characters = 0;
  const stack: Array<{ value: unknown; field: string | undefined }> = [];
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    for (const key of Object.keys(value).reverse()) stack.push({ value: (value as Record<string, unknown>)[key], field: key });
  } else {
    stack.push({ value, field: undefined });
  }
  while (stack.length > 0) {
    const { value: item, field } = stack.pop()!;
    values++;
    if (values > YAML_LIMITS.values) return { field, kind: 'values' };
    if (typeof item === 'string') {
      characters += item.length;
      if (characters > YAML_LIMITS.characters) return { field, kind: 'characters' };
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push({ value: item[i], field });
    } else if (item && typeof item === 'object' && !(item instanceof Date)) {
      for (const key of Object.keys(item)) {
        characters += key.length;
        stack.push({ value: (item as Record<string, unknown>)[key], field });
      }
    }
  }
  return undefined;
}

/** A text that parses but expands past YAML_LIMITS; its `reason` is a sentence for the writer. */
export class YamlTooLarge extends yaml.YAMLException {
  constructor(reason: string, mark: yaml.Mark) {
    super(reason, mark);
    this.name = 'YamlTooLarge';
  }
}

const usesAliases = /(?:^|[\s,[{:-])\*[^\s,\]}]/m;

/** 0-based line of a top-level key in the YAML text (plain or quoted), 0 when not found. */
function lineOfKey(source: string, field: string | undefined): number {
  if (field === undefined) return 0;
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${field}:`) || line.startsWith(`"${field}"`) || line.startsWith(`'${field}'`));
  return Math.max(0, index);
}

function describeOverflow(source: string, overflow: Overflow): string {
  const where = overflow.field === undefined ? 'The frontmatter' : `The field "${overflow.field}"`;
  const size = overflow.kind === 'values' ? `more than ${YAML_LIMITS.values.toLocaleString('en')} values` : `more than ${YAML_LIMITS.characters / (1024 * 1024)} MB of text`;
  return usesAliases.test(source)
    ? `${where} uses aliases (*name) that expand to ${size}; neither Astro nor Postdesk can read it`
    : `${where} holds ${size}; Postdesk does not check frontmatter this large`;
}

/**
 * YAML read the way Astro 5 reads frontmatter (js-yaml 4 with its default schema, so `!!js/*`
 * tags are unknown tags, never code, and nesting stops at 100 levels), plus the bound js-yaml
 * lacks: aliases. Nine levels of nine aliases are 400 bytes of text and 387 million values;
 * js-yaml shares them by reference, so the load itself is quick, but everything that walks
 * the result (the rules, JSON for the app, Astro's own JSON.stringify) would never end. Such
 * a text throws a YAMLException at the field that passed the limit, like any syntax error.
 */
export function loadYaml(source: string): unknown {
  const value = yaml.load(source);
  const overflow = findOverflow(value);
  if (overflow) {
    const line = lineOfKey(source, overflow.field);
    throw new YamlTooLarge(describeOverflow(source, overflow), { name: '', buffer: source, position: 0, line, column: 0, snippet: '' });
  }
  return value;
}
