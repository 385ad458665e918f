import { z } from 'zod/v4';
import { DiagnosticSchema } from './site-schemas';

/** A post as the editor holds it: the exact file text plus what the form needs. */
export const DocumentSchema = z.object({
  file: z.string(),
  collection: z.string().nullable(),
  text: z.string(),
  /** sha256 of the bytes on disk when loaded; saving checks it to catch external edits. */
  hash: z.string(),
  readOnly: z.boolean(),
  readOnlyReason: z.string().optional(),
  /** 1-based line of the whole file where the markdown body starts. */
  bodyStartLine: z.number().int(),
  /** Frontmatter as the site parses it (dates as ISO strings). */
  values: z.record(z.string(), z.unknown()),
  /** Source text of each scalar value, by dotted path (what the file literally says). */
  rawValues: z.record(z.string(), z.string()),
  /** Set when the frontmatter cannot be read as fields (no closing line, not YAML, a YAML error): the form is unavailable. */
  unreadable: z.object({ line: z.number().int(), column: z.number().int(), message: z.string() }).optional(),
  diagnostics: z.array(DiagnosticSchema),
});
export type DocumentData = z.infer<typeof DocumentSchema>;

/** What the form shows for a text: its values, their source, and whether it can read them. */
export const DescriptionSchema = DocumentSchema.pick({ values: true, rawValues: true, bodyStartLine: true, unreadable: true });
export type Description = z.infer<typeof DescriptionSchema>;

export const EditResultSchema = DescriptionSchema.extend({
  text: z.string(),
  /** What the writer should know about how a value was written (a date that changed its form). */
  notes: z.array(z.object({ field: z.string(), message: z.string() })).default([]),
});

export const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), hash: z.string(), diagnostics: z.array(DiagnosticSchema) }),
  /** The file changed on disk since it was loaded: the writer chooses keep mine / take theirs / compare. */
  z.object({ status: z.literal('conflict'), diskText: z.string(), diskHash: z.string().nullable() }),
]);
export type SaveResult = z.infer<typeof SaveResultSchema>;

export const DraftSchema = z.object({
  file: z.string(),
  savedAt: z.string(),
  text: z.string(),
  baseHash: z.string().nullable(),
  /** What differs from the file on disk, in words. */
  summary: z.string(),
});
export type Draft = z.infer<typeof DraftSchema>;

export { PREVIEW_BLOCK_MARK, PREVIEW_BODY_SLOT, PREVIEW_HEADER_SLOT } from '../../shared/preview-slots';
/** The sandbox every host gives the preview frame (the one the XSS suite drives). */
export { PREVIEW_FRAME_SANDBOX } from '../../shared/preview-frame';

/**
 * The preview of a post, in parts, so that a host showing it can patch the blocks that
 * changed instead of loading a new document (a long post's layout takes hundreds of ms).
 */
export const PreviewSchema = z.object({
  /** The sandboxed frame's document, with PREVIEW_HEADER_SLOT and PREVIEW_BODY_SLOT in it; the same for every render in one theme. */
  shell: z.string(),
  /** Safe HTML of the post header. */
  header: z.string(),
  /** Safe HTML of the body, block by block in order; `data-line` on each block's first element. */
  blocks: z.array(z.string()),
});
export type Preview = z.infer<typeof PreviewSchema>;

export const MediaImageSchema = z.object({ ref: z.string(), path: z.string() });
