import { z } from 'zod/v4';
import { RULE_IDS, type Diagnostic } from '../../../shared/diagnostics';
import type { EntryAnalysis, LinkUse, RelationUse } from '../../rules/entry-analysis';
import type { EntrySummary } from '../../../shared/site-model';

/**
 * What a cache file may hold, checked field by field on every read: the cache lives in the
 * app's data folder, but a file there can still be damaged, hand-edited or left by another
 * version. Each schema is tied to the core type it stands for, so the two cannot drift.
 */

const text = z.string().max(100_000);
const line = z.number().int().nonnegative();

const DiagnosticSchema = z
  .object({
    file: text,
    line,
    column: line,
    rule: z.enum(RULE_IDS),
    severity: z.enum(['error', 'warning', 'info']),
    message: text,
    field: text.optional(),
  })
  .strict() satisfies z.ZodType<Diagnostic>;

const LinkUseSchema = z
  .object({ kind: z.enum(['link', 'image']), url: text, line, column: line, field: text.optional(), label: text.optional() })
  .strict() satisfies z.ZodType<LinkUse>;

const RelationUseSchema = z
  .object({ field: text, label: text, value: text, line, column: line, collection: text, valueField: text, displayField: text })
  .strict() satisfies z.ZodType<RelationUse>;

/** A root-relative path that stays inside the root. */
const ContentFile = z
  .string()
  .min(1)
  .max(4096)
  .refine((file) => !file.startsWith('/') && !file.includes('\\') && !file.split('/').some((part) => part === '..' || part === '' || part === '.'), 'not a path inside the site');

/** What an analysis and the list's summary of it both say of an entry. */
const entryFields = {
  file: ContentFile,
  collection: text,
  slug: text,
  title: text,
  date: text.optional(),
  draft: z.boolean(),
  category: text.optional(),
  author: text.optional(),
  tags: z.array(text),
};

const EntryAnalysisSchema = z
  .object({
    ...entryFields,
    data: z.record(z.string(), z.unknown()),
    local: z.array(DiagnosticSchema),
    links: z.array(LinkUseSchema),
    relations: z.array(RelationUseSchema),
  })
  .strict() satisfies z.ZodType<EntryAnalysis>;

export const EntrySummarySchema = z
  .object({
    ...entryFields,
    url: text.optional(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
  })
  .strict() satisfies z.ZodType<EntrySummary>;

/** The post list as last shown: what a reopened site shows at once. */
export const CachedListSchema = z.object({ entries: z.array(EntrySummarySchema) }).strict();

export const CachedFileSchema = z
  .object({
    analysis: EntryAnalysisSchema,
    size: z.number().int(),
    mtimeMs: z.number(),
  })
  .strict();
export type CachedFile = z.infer<typeof CachedFileSchema>;

/** Every entry's analysis, with what it was made from: the file's size and time, and its collection's fingerprint. */
export const CachedEntriesSchema = z
  .object({
    analyzer: z.string(),
    collections: z.record(z.string(), z.string()),
    files: z.array(CachedFileSchema),
  })
  .strict();
export type CachedEntries = z.infer<typeof CachedEntriesSchema>;
