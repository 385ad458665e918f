import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST_FILE, commitPost, expectSettled, git, pushFrom, readPost, replaceOnce, twoWriters } from './merge/two-writers';
import { continueOperation, resolveFile } from './merge/resolve';
import { listWaitingCommits } from './outbox';
import { createPushQueue, type QueueStatus } from './push-queue';
import { pushMerging } from './sync';
import { isolateGitConfig, removeTempDirs } from './test-repo';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

const TITLE = 'title: "Mirror 2.4.5 release and many contributions"\n';
const DATE = 'publishDate: "2022-08-15T00:00:00.000Z"\n';
const UNREACHABLE = 'http://127.0.0.1:9/site.git';

function queueFor(repo: string, delaysMs: number[]) {
  const seen: QueueStatus[] = [];
  const waiters: { test: (s: QueueStatus) => boolean; resolve: (s: QueueStatus) => void }[] = [];
  const queue = createPushQueue({
    attempt: () => pushMerging(repo),
    waiting: () => listWaitingCommits(repo),
    delaysMs,
    focusGapMs: 0,
    onChange: (status) => {
      seen.push(status);
      for (const w of waiters.splice(0)) {
        if (w.test(status)) w.resolve(status);
        else waiters.push(w);
      }
    },
  });
  const until = (test: (s: QueueStatus) => boolean) => new Promise<QueueStatus>((resolve) => (test(queue.status()) ? resolve(queue.status()) : waiters.push({ test, resolve })));
  return { queue, seen, until };
}

describe('the push queue', () => {
  it('lists commits made offline, retries with back-off, and says what it pushed once the remote is back', async () => {
    const { mine, bare } = twoWriters();
    commitPost(mine, (t) => replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Offline edit 1');
    commitPost(mine, (t) => replaceOnce(t, TITLE, 'title: "Offline title"\n'), 'Offline edit 2');
    expect((await listWaitingCommits(mine)).map((c) => c.subject)).toEqual(['Offline edit 2', 'Offline edit 1']);
    git(mine, 'remote', 'set-url', 'origin', UNREACHABLE);

    const { queue, seen, until } = queueFor(mine, [40, 80]);
    const first = await queue.push();
    expect(first.status).toBe('offline');
    expect(queue.status()).toMatchObject({ state: 'waiting', armed: true, attempts: 1 });
    expect(queue.status().nextRetryAt).toBeGreaterThan(Date.now() - 1000);
    await until((s) => s.attempts === 2);
    expect(queue.status().state).toBe('waiting');

    git(mine, 'remote', 'set-url', 'origin', bare);
    const done = await until((s) => s.state === 'idle');
    expect(done.lastPushed).toMatchObject({ count: 2, subjects: ['Offline edit 2', 'Offline edit 1'] });
    expect(done.armed).toBe(false);
    expect(git(bare, 'log', '-1', '--format=%s', 'main')).toBe('Offline edit 2\n');
    expect(await listWaitingCommits(mine)).toEqual([]);
    expect(seen.filter((s) => s.state === 'pushing').length).toBeGreaterThanOrEqual(3);
    queue.dispose();
  });

  it('a focus retries at once; stop ends the retries and keeps the commits', async () => {
    const { mine, bare } = twoWriters();
    commitPost(mine, (t) => replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Offline edit');
    git(mine, 'remote', 'set-url', 'origin', UNREACHABLE);
    const { queue, until } = queueFor(mine, [60 * 60_000]);
    await queue.push();
    queue.stop();
    expect(queue.status()).toMatchObject({ armed: false, nextRetryAt: null });
    queue.nudge('focus');
    expect(queue.status().state).toBe('idle');

    await queue.push();
    git(mine, 'remote', 'set-url', 'origin', bare);
    queue.nudge('focus');
    expect((await until((s) => s.state === 'idle')).lastPushed?.count).toBe(1);
    queue.dispose();
  });

  it('a rejected push pulls with the structured merge and pushes again', async () => {
    const { mine, theirs, bare } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, DATE, 'publishDate: "2022-08-16T00:00:00.000Z"\n'), 'Writer');
    const { queue } = queueFor(mine, [60_000]);
    const result = await queue.push();
    expect(result).toMatchObject({ status: 'pushed', pushed: 1, merged: [{ path: POST_FILE }] });
    expect(queue.status().lastPushed).toMatchObject({ count: 1, merged: [{ path: POST_FILE }] });
    expect(git(bare, 'show', `main:${POST_FILE}`)).toContain('title: "Their title"\npublishDate: "2022-08-16T00:00:00.000Z"\n');
    expectSettled(mine);
    queue.dispose();
  });

  it('a rejected push whose merge needs the writer waits for the resolution, then pushes', async () => {
    const { mine, theirs, bare } = twoWriters();
    commitPost(theirs, (t) => replaceOnce(t, TITLE, 'title: "Their title"\n'), 'Co-writer');
    pushFrom(theirs);
    commitPost(mine, (t) => replaceOnce(t, TITLE, 'title: "My title"\n'), 'Writer');
    const { queue, until } = queueFor(mine, [60_000]);
    const result = await queue.push();
    if (result.status !== 'conflict') throw new Error(`expected a conflict, got ${result.status}`);
    expect(queue.status()).toMatchObject({ state: 'needs-resolution', armed: true });
    // Asked again before the writer resolved it: it keeps waiting for the resolution.
    await expect(queue.push()).rejects.toMatchObject({ code: 'operation-in-progress' });
    expect(queue.status()).toMatchObject({ state: 'needs-resolution', armed: true });
    const file = result.conflicts.files[0]!;
    await resolveFile(mine, POST_FILE, file.planId, { kind: 'pieces', choices: { 'field:title': { pick: 'mine' } } });
    expect((await continueOperation(mine)).status).toBe('done');
    queue.nudge('resolved');
    await until((s) => s.state === 'idle' && s.lastPushed !== null);
    expect(git(bare, 'show', `main:${POST_FILE}`)).toBe(readPost(mine));
    expect(readPost(mine)).toContain('title: "My title"');
    queue.dispose();
  });
});
