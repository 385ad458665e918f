import { isGitProblem } from './git-problem';
import type { MergedFile } from './merge/settle';
import type { WaitingCommit } from './outbox';
import type { PushOrMergeResult } from './sync';

export interface QueueStatus {
  /**
   * idle: nothing to do; pushing: an attempt is under way; waiting: the remote could not be
   * reached, another attempt is planned; needs-resolution: the remote moved on and merging its
   * changes needs the writer; failed: the push failed for another reason (see message).
   */
  state: 'idle' | 'pushing' | 'waiting' | 'needs-resolution' | 'failed';
  /** The writer asked to push: commits are pushed as soon as the remote can be reached. */
  armed: boolean;
  /** Failed attempts in a row. */
  attempts: number;
  /** When the next automatic attempt is due (ms since the epoch). */
  nextRetryAt: number | null;
  message: string | null;
  /** What the last successful push sent. */
  lastPushed: { at: number; count: number; subjects: string[]; merged: MergedFile[] } | null;
}

export interface PushQueueOptions {
  /** One push; a rejected push pulls with the structured merge and pushes again. */
  attempt(): Promise<PushOrMergeResult>;
  /** The commits waiting, to say what was pushed. */
  waiting(): Promise<WaitingCommit[]>;
  /** Back-off between automatic attempts while offline; the last one repeats. */
  delaysMs?: number[];
  /** A focus retries at most this often. */
  focusGapMs?: number;
  now?(): number;
  onChange?(status: QueueStatus): void;
}

export interface PushQueue {
  status(): QueueStatus;
  /** The writer pressed Push (or Retry now): try now, and keep trying while offline. */
  push(): Promise<PushOrMergeResult>;
  /** Something suggests the remote may be reachable again (window focus, a new commit). */
  nudge(reason: 'focus' | 'commit' | 'resolved'): void;
  /** Stop the automatic attempts; the commits stay waiting. */
  stop(): void;
  dispose(): void;
}

export const DEFAULT_DELAYS_MS = [15_000, 30_000, 60_000, 120_000, 300_000];

export function createPushQueue(options: PushQueueOptions): PushQueue {
  const now = options.now ?? Date.now;
  const delays = options.delaysMs?.length ? options.delaysMs : DEFAULT_DELAYS_MS;
  const focusGap = options.focusGapMs ?? 5_000;
  let status: QueueStatus = { state: 'idle', armed: false, attempts: 0, nextRetryAt: null, message: null, lastPushed: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<PushOrMergeResult> | null = null;
  let lastAttemptAt = 0;
  let disposed = false;

  const set = (next: Partial<QueueStatus>) => {
    status = { ...status, ...next };
    if (!disposed) options.onChange?.(status);
  };
  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const schedule = (attempts: number) => {
    clearTimer();
    const delay = delays[Math.min(attempts - 1, delays.length - 1)]!;
    timer = setTimeout(() => {
      timer = null;
      void attempt().catch(() => undefined);
    }, delay);
    timer.unref?.();
    return now() + delay;
  };

  function attempt(): Promise<PushOrMergeResult> {
    if (running) return running;
    running = (async () => {
      lastAttemptAt = now();
      const waiting = await options.waiting().catch(() => []);
      set({ state: 'pushing', nextRetryAt: null, message: null });
      try {
        const result = await options.attempt();
        if (result.status === 'pushed') {
          const subjects = waiting.slice(0, result.pushed).map((c) => c.subject);
          set({ state: 'idle', armed: false, attempts: 0, lastPushed: { at: now(), count: result.pushed, subjects, merged: result.merged ?? [] } });
        } else if (result.status === 'up-to-date') {
          set({ state: 'idle', armed: false, attempts: 0 });
        } else if (result.status === 'offline') {
          const attempts = status.attempts + 1;
          set({ state: 'waiting', attempts, message: result.message, nextRetryAt: disposed || !status.armed ? null : schedule(attempts) });
        } else {
          set({ state: 'needs-resolution', attempts: 0, message: result.message });
        }
        return result;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // A pull stopped halfway: the push waits for it to be resolved, and goes then.
        if (isGitProblem(error) && error.code === 'operation-in-progress') set({ state: 'needs-resolution', message });
        else set({ state: 'failed', armed: false, message });
        throw error;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    status: () => status,
    push() {
      clearTimer();
      set({ armed: true });
      return attempt();
    },
    nudge(reason) {
      if (!status.armed || running || disposed) return;
      if (reason === 'focus' && now() - lastAttemptAt < focusGap) return;
      if (reason === 'focus' && status.state !== 'waiting') return;
      clearTimer();
      void attempt().catch(() => undefined);
    },
    stop() {
      clearTimer();
      set({ armed: false, nextRetryAt: null, state: status.state === 'pushing' ? 'pushing' : 'idle' });
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
