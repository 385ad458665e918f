import type { Workspace } from '../../core/app/workspace';
import {
  abortRebase,
  collapseUnchanged,
  commitFiles,
  describeSync,
  diffFile,
  initRepo,
  installPreCommitHook,
  isGitProblem,
  pull,
  push,
  readIdentity,
  readRepoState,
  removeIndexLock,
  setIdentity,
  suggestMessage,
  type RepoState,
} from '../../core/git';
import { diffOffThread } from '../../core/site/workers/diff-off-thread';
import { UserError } from '../../core/user-error';
import type { EventBus } from './event-bus';
import type { Handlers } from './router';

/** Git failures reach the writer as one clear sentence, with git's own words as detail. */
async function explained<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isGitProblem(error)) throw new UserError('git', error.message, error.gitOutput || undefined, error.code);
    throw error;
  }
}

const withSummary = (state: RepoState) => ({ ...state, summary: describeSync(state) });

export function gitHandlers(deps: { workspace: Workspace; events: EventBus }) {
  const { workspace, events } = deps;
  const root = () => workspace.require().info.root;
  const progress = (p: { phase: string; percent?: number; line: string }) =>
    events.emit('git.progress', { phase: p.phase, percent: p.percent ?? null, line: p.line });

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
        if (result.status === 'committed') events.emit('git.changed', {});
        return result;
      }),
    'git.pull': () =>
      explained(async () => {
        const result = await pull(root(), progress);
        events.emit('git.changed', {});
        const message =
          result.status === 'offline' || result.status === 'conflict'
            ? result.message
            : result.status === 'updated'
              ? (result.note ?? 'Pulled the latest changes.')
              : (result.note ?? 'Already up to date.');
        return { status: result.status, message, conflicts: result.status === 'conflict' ? result.files : [], state: withSummary(result.state) };
      }),
    'git.push': () =>
      explained(async () => {
        const result = await push(root(), progress);
        const message =
          result.status === 'offline'
            ? result.message
            : result.status === 'pushed'
              ? `Pushed ${result.pushed} ${result.pushed === 1 ? 'commit' : 'commits'}.`
              : 'Nothing to push: everything is already on the remote.';
        return { status: result.status, message, conflicts: [], state: withSummary(result.state) };
      }),
    'git.abortRebase': () => explained(async () => withSummary(await abortRebase(root()))),
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
