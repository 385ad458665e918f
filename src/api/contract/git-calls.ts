import { z } from 'zod';
import { call, type CallSpec } from './call-spec';
import { CommitResultSchema, DiffRowSchema, FileDiffSchema, IdentitySchema, RepoStateSchema, SyncResultSchema } from './git-schemas';
import { TextSchema } from './doc-calls';
import { ContentPathSchema } from './paths';

const NoInput = z.object({}).strict();

export const gitCalls = {
  'git.state': call(NoInput, RepoStateSchema),
  'git.diff': call(z.object({ file: ContentPathSchema }).strict(), FileDiffSchema),
  /** Compares two texts the same way (for "compare" when a file changed on disk). */
  'text.diff': call(z.object({ before: TextSchema, after: TextSchema }).strict(), z.array(DiffRowSchema)),
  'git.suggestMessage': call(z.object({ files: z.array(ContentPathSchema).max(10_000) }).strict(), z.object({ message: z.string() })),
  'git.commit': call(
    z.object({ files: z.array(ContentPathSchema).min(1, 'Select at least one file.').max(10_000), message: z.string().trim().min(1, 'Write a commit message.').max(10_000), confirmWarnings: z.boolean().default(false) }).strict(),
    CommitResultSchema,
  ),
  'git.pull': call(NoInput, SyncResultSchema),
  'git.push': call(NoInput, SyncResultSchema),
  'git.abortRebase': call(NoInput, RepoStateSchema),
  'git.init': call(NoInput, RepoStateSchema),
  'git.identity': call(NoInput, z.object({ identity: IdentitySchema.nullable() })),
  'git.setIdentity': call(IdentitySchema.strict(), z.object({ identity: IdentitySchema })),
  /** Only after the writer confirmed that no other git program is running; refused while one runs in the repository. */
  'git.removeStaleLock': call(z.object({ confirmed: z.literal(true, { errorMap: () => ({ message: 'Confirm first that no other git program is running.' }) }) }).strict(), RepoStateSchema),
  'git.installHook': call(NoInput, z.object({ message: z.string() })),
} satisfies Record<string, CallSpec>;
