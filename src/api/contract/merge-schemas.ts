import { z } from 'zod/v4';
import { DiffRowSchema, RepoStateSchema } from './git-schemas';
import { DiagnosticSchema } from './site-schemas';

const SideSchema = z.object({ exists: z.boolean(), binary: z.boolean(), text: z.string().nullable() });

/** A field or block both sides changed, with what each side did to it (word diff against the base). */
export const ConflictPieceSchema = z.object({
  kind: z.literal('conflict'),
  id: z.string(),
  section: z.enum(['fields', 'text']),
  label: z.string(),
  base: z.string().nullable(),
  mine: z.string().nullable(),
  theirs: z.string().nullable(),
  canJoin: z.boolean(),
  mineRows: z.array(DiffRowSchema),
  theirsRows: z.array(DiffRowSchema),
});
export type ConflictPieceData = z.infer<typeof ConflictPieceSchema>;

export const ResultCheckSchema = z.object({
  problems: z.array(z.string()),
  newErrors: z.array(DiagnosticSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ResultCheckData = z.infer<typeof ResultCheckSchema>;

export const FileConflictSchema = z.object({
  path: z.string(),
  kind: z.enum(['post', 'file']),
  planId: z.string(),
  base: SideSchema,
  mine: SideSchema,
  theirs: SideSchema,
  wholeFileReason: z.string().nullable(),
  conflicts: z.array(ConflictPieceSchema),
  notes: z
    .object({
      fieldsFromMine: z.array(z.string()),
      fieldsFromTheirs: z.array(z.string()),
      listsJoined: z.array(z.string()),
      textFromMine: z.boolean(),
      textFromTheirs: z.boolean(),
    })
    .nullable(),
  check: ResultCheckSchema.nullable(),
  disk: z.object({ exists: z.boolean(), hasMarkers: z.boolean() }),
});
export type FileConflictData = z.infer<typeof FileConflictSchema>;

export const ConflictStateSchema = z.object({
  operation: z.enum(['merge', 'rebase', 'cherry-pick', 'revert']).nullable(),
  files: z.array(FileConflictSchema),
  outside: z.array(z.string()),
});
export type ConflictStateData = z.infer<typeof ConflictStateSchema>;

export const MergedFileSchema = z.object({ path: z.string(), summary: z.string() });
export type MergedFileData = z.infer<typeof MergedFileSchema>;

export const PieceChoiceSchema = z.union([
  z.object({ pick: z.enum(['mine', 'theirs', 'both']) }).strict(),
  z.object({ pick: z.literal('edit'), text: z.string().max(2_000_000) }).strict(),
]);
export type PieceChoiceData = z.infer<typeof PieceChoiceSchema>;

export const PieceChoicesSchema = z.record(z.string().max(300), PieceChoiceSchema).refine((r) => Object.keys(r).length <= 10_000, 'Too many choices.');

export const ResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pieces'), choices: PieceChoicesSchema, acceptErrors: z.boolean().default(false) }).strict(),
  z.object({ kind: z.literal('side'), side: z.enum(['mine', 'theirs']) }).strict(),
  z.object({ kind: z.literal('disk') }).strict(),
]);

export const ResolutionPreviewSchema = z.object({ text: z.string(), undecided: z.array(z.string()), check: ResultCheckSchema });
export type ResolutionPreviewData = z.infer<typeof ResolutionPreviewSchema>;

export const SyncResultSchema = z.object({
  status: z.enum(['updated', 'up-to-date', 'pushed', 'offline', 'conflict']),
  message: z.string(),
  /** Posts the structured merge resolved on the way, and what it took from whom. */
  merged: z.array(MergedFileSchema),
  /** When status is 'conflict': what the conflict view shows. */
  conflicts: ConflictStateSchema.nullable(),
  state: RepoStateSchema,
});
export type SyncResultData = z.infer<typeof SyncResultSchema>;

export const QueueStatusSchema = z.object({
  state: z.enum(['idle', 'pushing', 'waiting', 'needs-resolution', 'failed']),
  armed: z.boolean(),
  attempts: z.number().int(),
  nextRetryAt: z.number().nullable(),
  message: z.string().nullable(),
  lastPushed: z.object({ at: z.number(), count: z.number().int(), subjects: z.array(z.string()), merged: z.array(MergedFileSchema) }).nullable(),
});
export type QueueStatusData = z.infer<typeof QueueStatusSchema>;

export const OutboxSchema = z.object({
  commits: z.array(z.object({ hash: z.string(), subject: z.string(), date: z.string() })),
  queue: QueueStatusSchema,
});
export type OutboxData = z.infer<typeof OutboxSchema>;
