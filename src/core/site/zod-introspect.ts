import type { FieldKind } from '../../shared/site-model';
import type { SchemaIssue } from '../rules/site-port';

/**
 * Reads a zod 3 schema through `_def.typeName` rather than `instanceof`: the schema may
 * come from another zod instance (a worker's bundled copy), and only the shape matters.
 */
export interface ZodLike {
  _def: {
    typeName?: string;
    innerType?: ZodLike;
    schema?: ZodLike;
    type?: ZodLike;
    values?: unknown;
    value?: unknown;
    shape?: () => Record<string, ZodLike>;
    defaultValue?: () => unknown;
    postdeskKind?: 'reference' | 'image';
    postdeskCollection?: string;
    options?: ZodLike[];
    in?: ZodLike;
  };
  isOptional?: () => boolean;
  safeParse?: (value: unknown) => { success: boolean; error?: { issues: SchemaIssue[] }; data?: unknown };
}

export function isZod(value: unknown): value is ZodLike {
  return !!value && typeof value === 'object' && '_def' in value && typeof (value as ZodLike)._def === 'object';
}

/** Optional/default/nullable/effects/readonly/branded wrappers removed. */
export function unwrap(schema: ZodLike): { inner: ZodLike; defaultValue?: unknown } {
  let current = schema;
  let defaultValue: unknown;
  for (let i = 0; i < 20; i++) {
    const def = current._def;
    if (def.postdeskKind) break;
    const name = def.typeName;
    if (name === 'ZodDefault' && def.innerType) {
      if (defaultValue === undefined) defaultValue = safeDefault(def.defaultValue);
      current = def.innerType;
    } else if ((name === 'ZodOptional' || name === 'ZodNullable' || name === 'ZodReadonly' || name === 'ZodCatch') && def.innerType) {
      current = def.innerType;
    } else if (name === 'ZodEffects' && def.schema) current = def.schema;
    else if (name === 'ZodBranded' && def.type) current = def.type;
    else if (name === 'ZodPipeline' && def.in) current = def.in;
    else if (name === 'ZodLazy' && typeof (def as { getter?: () => ZodLike }).getter === 'function') {
      current = (def as { getter: () => ZodLike }).getter();
    } else break;
  }
  return { inner: current, defaultValue };
}

function safeDefault(fn: (() => unknown) | undefined): unknown {
  try {
    return fn?.();
  } catch {
    return undefined;
  }
}

export function kindOf(schema: ZodLike): FieldKind {
  const { inner } = unwrap(schema);
  const def = inner._def;
  if (def.postdeskKind === 'reference') return 'relation';
  if (def.postdeskKind === 'image') return 'image';
  switch (def.typeName) {
    case 'ZodString':
    case 'ZodLiteral':
      return 'string';
    case 'ZodBoolean':
      return 'boolean';
    case 'ZodDate':
      return 'datetime';
    case 'ZodNumber':
    case 'ZodBigInt':
      return 'number';
    case 'ZodEnum':
    case 'ZodNativeEnum':
      return 'select';
    case 'ZodArray':
    case 'ZodSet':
      return 'list';
    case 'ZodObject':
      return 'object';
    default:
      return 'unknown';
  }
}

export function enumValues(schema: ZodLike): string[] | undefined {
  const { inner } = unwrap(schema);
  const values = inner._def.values;
  if (inner._def.typeName === 'ZodEnum' && Array.isArray(values)) return values.map(String);
  if (inner._def.typeName === 'ZodNativeEnum' && values && typeof values === 'object') {
    return Object.values(values as Record<string, unknown>).filter((v) => typeof v === 'string') as string[];
  }
  return undefined;
}

export function objectShape(schema: ZodLike): Record<string, ZodLike> | undefined {
  const { inner } = unwrap(schema);
  if (inner._def.typeName !== 'ZodObject' || typeof inner._def.shape !== 'function') return undefined;
  return inner._def.shape();
}

export function arrayItem(schema: ZodLike): ZodLike | undefined {
  const { inner } = unwrap(schema);
  return inner._def.typeName === 'ZodArray' ? inner._def.type : undefined;
}

export function isRequired(schema: ZodLike): boolean {
  try {
    return typeof schema.isOptional === 'function' ? !schema.isOptional() : true;
  } catch {
    return true;
  }
}

/** The collection a `reference()` names, if the schema (or its list item) is one. */
export function referenceTarget(schema: ZodLike): string | undefined {
  const { inner } = unwrap(schema);
  if (inner._def.postdeskKind === 'reference') return inner._def.postdeskCollection;
  const item = arrayItem(inner);
  return item ? referenceTarget(item) : undefined;
}
