import { z } from 'zod/v4';
import { RULE_IDS, type Diagnostic } from '../../shared/diagnostics';
import { FIELD_KINDS, type CollectionInfo, type EntrySummary, type FieldInfo, type SiteInfo } from '../../shared/site-model';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  rule: z.enum(RULE_IDS),
  severity: SeveritySchema,
  message: z.string(),
  field: z.string().optional(),
});

const FieldKindSchema = z.enum(FIELD_KINDS);

export const FieldInfoSchema: z.ZodType<FieldInfo> = z.lazy(() =>
  z.object({
    name: z.string(),
    label: z.string(),
    kind: FieldKindSchema,
    required: z.boolean(),
    cmsRequired: z.boolean(),
    hint: z.string().optional(),
    default: z.unknown().optional(),
    options: z.array(z.string()).optional(),
    relation: z.object({ collection: z.string(), valueField: z.string(), displayField: z.string() }).optional(),
    itemKind: FieldKindSchema.optional(),
    fields: z.array(FieldInfoSchema).optional(),
    collapsed: z.boolean().optional(),
  }),
);

export const CollectionInfoSchema = z.object({
  name: z.string(),
  label: z.string(),
  folder: z.string(),
  extensions: z.array(z.string()),
  fields: z.array(FieldInfoSchema),
  slugPattern: z.string().optional(),
  dateField: z.string().optional(),
  hasSchema: z.boolean(),
});

export const EntrySummarySchema = z.object({
  file: z.string(),
  collection: z.string(),
  slug: z.string(),
  title: z.string(),
  date: z.string().optional(),
  draft: z.boolean(),
  category: z.string().optional(),
  author: z.string().optional(),
  tags: z.array(z.string()),
  url: z.string().optional(),
  errors: z.number().int(),
  warnings: z.number().int(),
});

export const SiteInfoSchema = z.object({
  root: z.string(),
  name: z.string(),
  siteUrl: z.string().optional(),
  mediaFolder: z.string().optional(),
  collections: z.array(CollectionInfoSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/** How far checking every entry has got; null once done. */
export const IndexProgressSchema = z.object({ checked: z.number().int(), total: z.number().int() });

export const OpenSiteSchema = z.object({
  info: SiteInfoSchema,
  /** Shown at once; while `checking`, problem counts are those of the last run (or none yet). */
  entries: z.array(EntrySummarySchema),
  checking: IndexProgressSchema.nullable(),
});

/** Search results, best first, with the indexed words they matched (for highlighting). */
export const SearchResultSchema = z.object({
  files: z.array(z.string()),
  terms: z.array(z.string()),
  /** The last query word, read as the start of a word. */
  prefix: z.string().nullable(),
});
export type OpenSite = z.infer<typeof OpenSiteSchema>;

/**
 * The schemas describe the shared model exactly (src/shared/diagnostics, src/shared/site-model):
 * when one changes, the typecheck fails here until the other follows, so what crosses the
 * contract is what every layer's types say.
 */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SchemasMatchSharedModel = [
  Holds<Exactly<z.infer<typeof DiagnosticSchema>, Diagnostic>>,
  Holds<Exactly<z.infer<typeof CollectionInfoSchema>, CollectionInfo>>,
  Holds<Exactly<z.infer<typeof EntrySummarySchema>, EntrySummary>>,
  Holds<Exactly<z.infer<typeof SiteInfoSchema>, SiteInfo>>,
];
