import { z } from 'zod/v4';
import { call, type CallSpec } from './call-spec';
import { CommitResultSchema, DiffRowSchema, FileDiffSchema, IdentitySchema, RepoStateSchema } from './git-schemas';
import { TextSchema } from './doc-calls';
import { ConflictStateSchema, OutboxSchema, PieceChoicesSchema, QueueStatusSchema, ResolutionPreviewSchema, ResolutionSchema, SyncResultSchema } from './merge-schemas';
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
  /** Pushes now and keeps retrying while offline; a rejected push pulls (merging) and pushes again. */
  'git.push': call(NoInput, SyncResultSchema),
  /** Gives up the pull (rebase) or merge under way: everything back as it was. */
  'git.abortRebase': call(NoInput, RepoStateSchema),
  /** The files a pull or merge stopped on, planned for the conflict view. */
  'git.conflicts': call(NoInput, ConflictStateSchema),
  'git.previewResolution': call(z.object({ file: ContentPathSchema, planId: z.string().max(64), choices: PieceChoicesSchema }).strict(), ResolutionPreviewSchema),
  'git.resolveFile': call(z.object({ file: ContentPathSchema, planId: z.string().max(64), resolution: ResolutionSchema }).strict(), ConflictStateSchema),
  /** Goes on once every file is resolved (and pushes if a push was waiting for it). */
  'git.continue': call(NoInput, SyncResultSchema),
  /** Commits waiting to be pushed, and what the push queue is doing. */
  'git.outbox': call(NoInput, OutboxSchema),
  'git.retryPush': call(z.object({ reason: z.enum(['focus', 'demand']) }).strict(), QueueStatusSchema),
  'git.stopRetrying': call(NoInput, QueueStatusSchema),
  'git.init': call(NoInput, RepoStateSchema),
  'git.identity': call(NoInput, z.object({ identity: IdentitySchema.nullable() })),
  'git.setIdentity': call(IdentitySchema.strict(), z.object({ identity: IdentitySchema })),
  /** Only after the writer confirmed that no other git program is running; refused while one runs in the repository. */
  'git.removeStaleLock': call(z.object({ confirmed: z.literal(true, { error: 'Confirm first that no other git program is running.' }) }).strict(), RepoStateSchema),
  'git.installHook': call(NoInput, z.object({ message: z.string() })),
} satisfies Record<string, CallSpec>;
