import type { Workspace } from '../../core/app/workspace';
import {
  collapseUnchanged,
  commitFiles,
  describeSync,
  diffFile,
  initRepo,
  installPreCommitHook,
  readIdentity,
  readRepoState,
  removeIndexLock,
  setIdentity,
  suggestMessage,
  type RepoState,
} from '../../core/git';
import { diffOffThread } from '../../core/site/workers/diff-off-thread';
import type { EventBus } from './event-bus';
import { explained } from './git-explained';
import type { PushQueueService } from './push-queue-service';
import type { Handlers } from './router';

const withSummary = (state: RepoState) => ({ ...state, summary: describeSync(state) });

export function gitHandlers(deps: { workspace: Workspace; events: EventBus; queue: PushQueueService }) {
  const { workspace, events, queue } = deps;
  const root = () => workspace.require().info.root;

  return {
    'git.state': () => explained(async () => withSummary(await readRepoState(root()))),
    'git.diff': ({ file }) =>
      explained(async () => {
        const diff = await diffFile(root(), file, { diff: diffOffThread });
        return { ...diff, rows: collapseUnchanged(diff.rows) };
      }),
    'text.diff': async ({ before, after }) => collapseUnchanged(await diffOffThread(before, after)),
    'git.suggestMessage': ({ files }) =>
      explained(async () => {
        const state = await readRepoState(root());
        const chosen = new Set(files);
        return { message: suggestMessage(state.files.filter((f) => chosen.has(f.path)), workspace.require().entries()) };
      }),
    'git.commit': ({ files, message, confirmWarnings }) =>
      explained(async () => {
        const site = workspace.require();
        const result = await commitFiles(site.info.root, {
          files,
          message,
          confirmWarnings,
          // The gate validates what is on disk, which is what gets committed.
          validate: async (paths) => (await Promise.all(paths.filter((p) => site.collectionFor(p)).map((p) => site.checkFile(p)))).flat(),
        });
        if (result.status === 'committed') {
          events.emit('git.changed', {});
          // Commits made while a push waits for the network go with it.
          queue.current().nudge('commit');
        }
        return result;
      }),
    'git.init': () =>
      explained(async () => {
        await initRepo(root());
        return withSummary(await readRepoState(root()));
      }),
    'git.identity': () =>
      explained(async () => {
        const identity = await readIdentity(root());
        return { identity: identity.complete ? { name: identity.name ?? '', email: identity.email ?? '' } : null };
      }),
    'git.setIdentity': ({ name, email }) =>
      explained(async () => {
        await setIdentity(root(), name, email);
        return { identity: { name, email } };
      }),
    'git.removeStaleLock': () =>
      explained(async () => {
        await removeIndexLock(root());
        return withSummary(await readRepoState(root()));
      }),
    'git.installHook': () =>
      explained(async () => {
        const result = await installPreCommitHook(root());
        return { message: result.status === 'existing-hook' ? result.message : `Installed the validation hook at ${result.path}.` };
      }),
  } satisfies Partial<Handlers>;
}
