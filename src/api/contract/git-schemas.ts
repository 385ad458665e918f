import { z } from 'zod/v4';
import { DiagnosticSchema } from './site-schemas';

export const FileChangeSchema = z.object({
  path: z.string(),
  status: z.enum(['new', 'modified', 'deleted', 'renamed', 'conflicted']),
  from: z.string().optional(),
  staged: z.boolean(),
  unstaged: z.boolean(),
  untracked: z.boolean().optional(),
});

export const RepoStateSchema = z.object({
  isRepo: z.boolean(),
  branch: z.string().nullable(),
  detached: z.boolean(),
  head: z.string().nullable(),
  upstream: z.string().nullable(),
  ahead: z.number().int(),
  behind: z.number().int(),
  operation: z.enum(['merge', 'rebase', 'cherry-pick', 'revert']).nullable(),
  files: z.array(FileChangeSchema),
  /** One sentence on where the branch stands ("2 commits waiting to be pushed"). */
  summary: z.string(),
});
export type RepoStateData = z.infer<typeof RepoStateSchema>;

const DiffPartSchema = z.object({ text: z.string(), changed: z.boolean() });

export const DiffRowSchema = z.union([
  z.object({
    kind: z.enum(['same', 'added', 'removed', 'changed']),
    oldLine: z.number().int().optional(),
    newLine: z.number().int().optional(),
    old: z.array(DiffPartSchema).optional(),
    new: z.array(DiffPartSchema).optional(),
    section: z.enum(['frontmatter', 'body']),
  }),
  z.object({ kind: z.literal('skipped'), count: z.number().int(), section: z.enum(['frontmatter', 'body']) }),
]);
export type DiffRowData = z.infer<typeof DiffRowSchema>;

export const FileDiffSchema = z.object({
  path: z.string(),
  from: z.string(),
  existsInHead: z.boolean(),
  existsOnDisk: z.boolean(),
  binary: z.boolean(),
  rows: z.array(DiffRowSchema),
  added: z.number().int(),
  removed: z.number().int(),
});
export type FileDiffData = z.infer<typeof FileDiffSchema>;

export const CommitResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('committed'), commit: z.string(), files: z.array(z.string()), warnings: z.array(DiagnosticSchema) }),
  z.object({ status: z.literal('blocked'), diagnostics: z.array(DiagnosticSchema) }),
  z.object({ status: z.literal('needs-confirmation'), diagnostics: z.array(DiagnosticSchema) }),
]);
export type CommitResultData = z.infer<typeof CommitResultSchema>;

export const IdentitySchema = z.object({ name: z.string().trim().min(1, 'Enter your name.'), email: z.string().trim().email('Enter an email address.') });
