import { optionValues, type CmsField } from './cms-config';
import type { FieldInfo, FieldKind } from '../../shared/site-model';
import { arrayItem, enumValues, isRequired, kindOf, objectShape, referenceTarget, unwrap, type ZodLike } from './zod-introspect';

const widgetKinds: Record<string, FieldKind> = {
  string: 'string',
  text: 'text',
  markdown: 'markdown',
  richtext: 'markdown',
  datetime: 'datetime',
  date: 'datetime',
  boolean: 'boolean',
  number: 'number',
  select: 'select',
  list: 'list',
  relation: 'relation',
  image: 'image',
  file: 'image',
  object: 'object',
};

/** "publishDate" -> "Publish date", "og_image" -> "Og image". */
export function labelFromName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function itemKindOf(cms: CmsField | undefined, schema: ZodLike | undefined): FieldKind | undefined {
  if (cms?.field?.widget) return widgetKinds[cms.field.widget] ?? 'unknown';
  if (cms?.fields) return 'object';
  if (cms?.widget === 'list' && !cms.field && !cms.fields) return 'string';
  const item = schema ? arrayItem(schema) : undefined;
  return item ? kindOf(item) : undefined;
}

function fieldFrom(name: string, schema: ZodLike | undefined, cms: CmsField | undefined): FieldInfo {
  const widgetKind = cms?.widget ? widgetKinds[cms.widget] : undefined;
  const zodKind = schema ? kindOf(schema) : undefined;
  let kind: FieldKind = widgetKind ?? zodKind ?? 'unknown';
  if (cms?.widget === 'select' && cms.multiple) kind = 'list';
  const info: FieldInfo = {
    name,
    label: cms?.label ?? labelFromName(name),
    kind,
    required: schema ? isRequired(schema) : false,
    // Decap and Sveltia treat a field as required unless it says `required: false`.
    cmsRequired: !!cms && cms.required !== false && cms.widget !== 'boolean' && cms.widget !== 'hidden',
  };
  if (cms?.hint) info.hint = cms.hint;
  const zodDefault = schema ? unwrap(schema).defaultValue : undefined;
  if (cms?.default !== undefined) info.default = cms.default;
  else if (zodDefault !== undefined) info.default = zodDefault;
  const options = (cms ? optionValues(cms) : undefined) ?? (schema ? enumValues(schema) : undefined);
  if (options) info.options = options;
  if (cms?.widget === 'relation' && cms.collection) {
    info.relation = {
      collection: cms.collection,
      valueField: cms.value_field ?? '{{slug}}',
      displayField: cms.display_fields?.[0] ?? cms.search_fields?.[0] ?? cms.value_field ?? 'title',
    };
  } else if (schema) {
    const target = referenceTarget(schema);
    if (target) info.relation = { collection: target, valueField: '{{slug}}', displayField: 'title' };
  }
  if (kind === 'list') {
    const itemKind = itemKindOf(cms, schema);
    if (itemKind) info.itemKind = itemKind;
    const item = schema ? arrayItem(schema) : undefined;
    if (cms?.fields || (item && objectShape(item))) info.fields = buildFields(item, cms?.fields);
  }
  if (kind === 'object') {
    info.fields = buildFields(schema, cms?.fields);
    if (cms?.collapsed !== undefined) info.collapsed = cms.collapsed;
  }
  return info;
}

/**
 * Fields in display order: the CMS config's order (labels, widgets, options) first, then
 * the schema keys the CMS does not mention. The markdown `body` of the CMS is the entry's
 * content, not a frontmatter field.
 */
export function buildFields(schema: ZodLike | undefined, cmsFields: CmsField[] | undefined): FieldInfo[] {
  const shape = schema ? (objectShape(schema) ?? {}) : {};
  const out: FieldInfo[] = [];
  const seen = new Set<string>();
  for (const cms of cmsFields ?? []) {
    if (!cms || typeof cms.name !== 'string') continue;
    if (cms.name === 'body' && (cms.widget === 'markdown' || cms.widget === 'richtext')) continue;
    seen.add(cms.name);
    out.push(fieldFrom(cms.name, shape[cms.name], cms));
  }
  for (const [name, field] of Object.entries(shape)) {
    if (!seen.has(name)) out.push(fieldFrom(name, field, undefined));
  }
  return out;
}
