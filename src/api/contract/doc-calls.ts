import { z } from 'zod/v4';
import { call, type CallSpec } from './call-spec';
import { DescriptionSchema, DocumentSchema, DraftSchema, EditResultSchema, MediaImageSchema, PreviewSchema, SaveResultSchema } from './doc-schemas';
import { ContentPathSchema } from './paths';

const NoInput = z.object({}).strict();
const FieldPathSchema = z.string().min(1).max(200).regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, 'Not a field name.');
const MAX_TEXT = 20 * 1024 * 1024;
/** A post's text as the editor holds it: larger ones are not posts (and no call may take one). */
export const TextSchema = z.string().max(MAX_TEXT, 'The text is larger than 20 MB.');

export const docCalls = {
  'doc.open': call(z.object({ file: ContentPathSchema }).strict(), DocumentSchema),
  /** Applies one form edit to the text; only that field's lines change. */
  'doc.setField': call(
    z.object({ file: ContentPathSchema, text: TextSchema, field: FieldPathSchema, value: z.unknown().optional() }).strict(),
    EditResultSchema,
  ),
  /** What the form shows for a text edited as source: its values, and whether the frontmatter can be read. */
  'doc.describe': call(z.object({ file: ContentPathSchema, text: TextSchema }).strict(), DescriptionSchema),
  'doc.save': call(
    z.object({ file: ContentPathSchema, text: TextSchema, baseHash: z.string().nullable(), overwrite: z.boolean().default(false) }).strict(),
    SaveResultSchema,
  ),
  /**
   * Keeps the unsaved buffer in the draft journal (outside the content folder), written before
   * the answer. `edits`: form edits the page made but could not apply before it unloaded.
   */
  'doc.keepDraft': call(
    z
      .object({
        file: ContentPathSchema,
        text: TextSchema,
        baseHash: z.string().nullable(),
        edits: z.array(z.object({ field: FieldPathSchema, value: z.unknown().optional() })).max(200).optional(),
      })
      .strict(),
    z.object({}),
  ),
  'doc.discardDraft': call(z.object({ file: ContentPathSchema }).strict(), z.object({})),
  'drafts.list': call(NoInput, z.array(DraftSchema)),
  'preview.render': call(z.object({ file: ContentPathSchema, text: TextSchema, dark: z.boolean().default(false) }).strict(), PreviewSchema),
  'media.list': call(NoInput, z.array(MediaImageSchema)),
  'media.import': call(
    z.object({ post: ContentPathSchema, name: z.string().min(1).max(255), dataBase64: z.string().max(40 * 1024 * 1024) }).strict(),
    z.object({ path: z.string(), ref: z.string(), markdown: z.string(), alt: z.string() }),
  ),
  /** The paste of an image was undone: removes the copy this session made, unless a file on disk names it. */
  'media.discardImport': call(z.object({ path: ContentPathSchema }).strict(), z.object({ removed: z.boolean() })),
  /** The paste was redone: writes the removed copy back. */
  'media.restoreImport': call(z.object({ path: ContentPathSchema }).strict(), z.object({ restored: z.boolean() })),
  'post.create': call(z.object({ collection: z.string().min(1), title: z.string().trim().min(1, 'Enter a title.').max(300) }).strict(), DocumentSchema),
  'post.createMonthlyUpdate': call(NoInput, DocumentSchema),
  'settings.setAuthor': call(z.object({ slug: z.string().max(200).nullable() }).strict(), z.object({ authorSlug: z.string().nullable() })),
} satisfies Record<string, CallSpec>;
