import type { CollectionRules } from '../rules/site-port';
import { astroEntryId, pathBelowFolder } from './entry-id';
import type { CollectionSpec } from './site-spec';
import { objectShape } from './zod-introspect';

const built = new WeakMap<CollectionSpec, CollectionRules>();

/** A collection as the rules of one file see it (the site's side of the rules' port), built once per spec. */
export function collectionRules(spec: CollectionSpec): CollectionRules {
  let rules = built.get(spec);
  if (!rules) {
    const { info, schema } = spec;
    rules = {
      name: info.name,
      fields: info.fields,
      schemaKeys: new Set(Object.keys(schema ? (objectShape(schema) ?? {}) : {})),
      entryId: (file, data) => astroEntryId(pathBelowFolder(file, info.folder), data),
    };
    if (info.dateField) rules.dateField = info.dateField;
    if (schema) rules.schema = schema;
    built.set(spec, rules);
  }
  return rules;
}
