import type { Workspace } from '../../core/app/workspace';
import {
  abortRebase,
  continueOperation,
  describeSync,
  diffTexts,
  listWaitingCommits,
  previewResolution,
  pull,
  readConflicts,
  readRepoState,
  resolveFile,
  type ConflictState,
  type MergedFile,
  type PushOrMergeResult,
  type RepoState,
} from '../../core/git';
import type { SiteModel } from '../../core/site/site-model';
import type { ConflictStateData, SyncResultData } from '../contract/merge-schemas';
import type { EventBus } from './event-bus';
import { explained } from './git-explained';
import { siteValidator, type PushQueueService } from './push-queue-service';
import type { Handlers } from './router';

const withSummary = (state: RepoState) => ({ ...state, summary: describeSync(state) });

/** Each conflict with the word diff of what each side did to it. */
export function conflictData(state: ConflictState): ConflictStateData {
  return {
    ...state,
    files: state.files.map((file) => ({
      ...file,
      conflicts: file.conflicts.map((piece) => {
        // A field's lines are frontmatter, though the piece does not start with `---`.
        const rows = (side: string | null) =>
          diffTexts(piece.base ?? '', side ?? '').map((row) => (piece.section === 'fields' ? { ...row, section: 'frontmatter' as const } : row));
        return { ...piece, mineRows: rows(piece.mine), theirsRows: rows(piece.theirs) };
      }),
    })),
  };
}

/** Names the merged posts by their title as merged (the index is brought up to date first). */
async function mergedSentence(site: SiteModel, merged: MergedFile[]): Promise<string> {
  if (merged.length === 0) return '';
  await Promise.all(merged.map((m) => site.refreshFile(m.path).catch(() => undefined)));
  const title = (path: string) => site.entries().find((e) => e.file === path)?.title || path;
  return ` Merged by itself: ${merged.map((m) => `“${title(m.path)}” (${m.summary})`).join('; ')}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function pushResult(site: SiteModel, result: PushOrMergeResult, state: RepoState): Promise<SyncResultData> {
  const merged = result.status === 'pushed' || result.status === 'conflict' ? (result.merged ?? []) : [];
  const message =
    result.status === 'pushed'
      ? `Pushed ${plural(result.pushed, 'commit')}.${await mergedSentence(site, merged)}`
      : result.status === 'up-to-date'
        ? 'Nothing to push: everything is already on the remote.'
        : `${result.message}${result.status === 'offline' ? ' Postdesk tries again by itself.' : ''}`;
  return {
    status: result.status,
    message,
    merged,
    conflicts: result.status === 'conflict' ? conflictData(result.conflicts) : null,
    state: withSummary(state),
  };
}

/** Pull, push (through the queue), and the conflict view's calls. */
export function syncHandlers(deps: { workspace: Workspace; events: EventBus; queue: PushQueueService }) {
  const { workspace, events, queue } = deps;
  const site = () => workspace.require();
  const root = () => site().info.root;
  const progress = (p: { phase: string; percent?: number; line: string }) =>
    events.emit('git.progress', { phase: p.phase, percent: p.percent ?? null, line: p.line });
  const changed = <T>(value: T): T => {
    events.emit('git.changed', {});
    return value;
  };

  return {
    'git.pull': () =>
      explained(async () => {
        const result = await pull(root(), progress, { validate: siteValidator(site()) });
        events.emit('git.changed', {});
        const state = withSummary(result.state);
        if (result.status === 'offline') return { status: 'offline', message: result.message, merged: [], conflicts: null, state };
        if (result.status === 'conflict') return { status: 'conflict', message: result.message, merged: result.merged, conflicts: conflictData(result.conflicts), state };
        const merged = await mergedSentence(site(), result.merged);
        const message = result.status === 'updated' ? `${result.note ?? 'Pulled the latest changes.'}${merged}` : (result.note ?? 'Already up to date.');
        return { status: result.status, message, merged: result.merged, conflicts: null, state };
      }),
    'git.push': () =>
      explained(async () => {
        const result = await queue.current().push();
        return changed(await pushResult(site(), result, result.state));
      }),
    'git.continue': () =>
      explained(async () => {
        const current = site();
        const settled = await continueOperation(current.info.root, siteValidator(current));
        const state = await readRepoState(current.info.root);
        if (settled.status === 'stopped') {
          const files = settled.conflicts.files.length + settled.conflicts.outside.length;
          return changed({
            status: 'conflict' as const,
            message: `${plural(files, 'file')} still need${files === 1 ? 's' : ''} your choice.`,
            merged: settled.merged,
            conflicts: conflictData(settled.conflicts),
            state: withSummary(state),
          });
        }
        // The pull was started by a push the remote rejected: push now that it is merged.
        const pending = queue.current().status();
        if (pending.armed && pending.state === 'needs-resolution') {
          const pushed = await queue.current().push();
          return changed(await pushResult(current, pushed, pushed.state));
        }
        const message = `${settled.note ?? 'Done: your commits now come after the remote’s.'}${await mergedSentence(current, settled.merged)}`;
        return changed({ status: 'updated' as const, message, merged: settled.merged, conflicts: null, state: withSummary(state) });
      }),
    'git.abortRebase': () => explained(async () => changed(withSummary(await abortRebase(root())))),
    'git.conflicts': () => explained(async () => conflictData(await readConflicts(root(), siteValidator(site())))),
    'git.previewResolution': ({ file, planId, choices }) => explained(() => previewResolution(root(), file, planId, choices, siteValidator(site()))),
    'git.resolveFile': ({ file, planId, resolution }) =>
      explained(async () => changed(conflictData(await resolveFile(root(), file, planId, resolution, siteValidator(site()))))),
    'git.outbox': () => explained(async () => ({ commits: await listWaitingCommits(root()), queue: queue.current().status() })),
    'git.retryPush': ({ reason }) =>
      explained(async () => {
        const current = queue.current();
        if (reason === 'demand') await current.push().catch(() => undefined);
        else current.nudge('focus');
        return current.status();
      }),
    'git.stopRetrying': () =>
      explained(async () => {
        queue.current().stop();
        return queue.current().status();
      }),
  } satisfies Partial<Handlers>;
}
