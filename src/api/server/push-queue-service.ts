import type { Workspace } from '../../core/app/workspace';
import { createPushQueue, listWaitingCommits, pushMerging, type PushQueue, type ValidateText } from '../../core/git';
import type { SiteModel } from '../../core/site/site-model';
import type { EventBus } from './event-bus';

/** The site's own rules for a merged post; other files are not checked. */
export function siteValidator(site: SiteModel): ValidateText {
  return (file, text) => (site.collectionFor(file) ? site.validateFile(file, text) : []);
}

export interface PushQueueService {
  /** The queue of the open site (a new one when another site was opened). */
  current(): PushQueue;
  dispose(): void;
}

/** One push queue for the open site; its changes reach the renderer as 'git.queue' events. */
export function createPushQueueService(deps: { workspace: Workspace; events: EventBus; delaysMs?: number[] }): PushQueueService {
  const { workspace, events } = deps;
  let held: { site: SiteModel; queue: PushQueue } | null = null;
  const progress = (p: { phase: string; percent?: number; line: string }) =>
    events.emit('git.progress', { phase: p.phase, percent: p.percent ?? null, line: p.line });

  return {
    current() {
      const site = workspace.require();
      if (held?.site === site) return held.queue;
      held?.queue.dispose();
      const root = site.info.root;
      const queue = createPushQueue({
        attempt: () => pushMerging(root, progress, { validate: siteValidator(site) }),
        waiting: () => listWaitingCommits(root),
        delaysMs: deps.delaysMs,
        onChange: (status) => {
          if (workspace.current() !== site) return;
          events.emit('git.queue', status);
          if (status.state !== 'pushing') events.emit('git.changed', {});
        },
      });
      held = { site, queue };
      return queue;
    },
    dispose() {
      held?.queue.dispose();
      held = null;
    },
  };
}
