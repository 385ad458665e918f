import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../api/contract/errors';
import { workerCaller, type CallReply, type CallRequest, type CallWorker } from './worker-calls';

/** A worker that keeps what it was sent and replies when the test says so. */
function fakeWorker() {
  const sent: CallRequest[] = [];
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const worker: CallWorker & { sent: CallRequest[]; reply(id: number, value: unknown): void; crash(): void; terminated: boolean } = {
    sent,
    terminated: false,
    postMessage: (message) => void sent.push(message),
    addEventListener: (type: string, listener: (event: never) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener as (event: unknown) => void]),
    terminate: () => void (worker.terminated = true),
    reply: (id, value) => listeners.get('message')?.forEach((l) => l({ data: { id, result: { ok: true, value } } satisfies CallReply })),
    crash: () => listeners.get('error')?.forEach((l) => l({})),
  };
  return worker;
}

const directly = () => vi.fn(async (name: string): Promise<ApiResult<unknown>> => ({ ok: true, value: `direct ${name}` }));

describe('workerCaller', () => {
  it('answers each call with its own reply, whatever order the replies come in', async () => {
    const worker = fakeWorker();
    const direct = directly();
    const call = workerCaller(() => worker, 'tok', direct);
    const validate = call('file.validate', { file: 'a.md', text: 'x' });
    const draft = call('doc.keepDraft', { file: 'a.md' });
    expect(worker.sent.map((m) => [m.name, m.token])).toEqual([
      ['file.validate', 'tok'],
      ['doc.keepDraft', 'tok'],
    ]);
    worker.reply(worker.sent[1]!.id, 'kept');
    worker.reply(worker.sent[0]!.id, []);
    expect(await validate).toEqual({ ok: true, value: [] });
    expect(await draft).toEqual({ ok: true, value: 'kept' });
    expect(direct).not.toHaveBeenCalled();
  });

  it('calls directly when no worker can be started', async () => {
    const direct = directly();
    const call = workerCaller(() => { throw new Error('workers are not allowed here'); }, 'tok', direct);
    expect(await call('app.state', {})).toEqual({ ok: true, value: 'direct app.state' });
    expect(await call('site.entries', {})).toEqual({ ok: true, value: 'direct site.entries' });
  });

  it('sends the calls again directly when the worker fails before answering anything', async () => {
    const worker = fakeWorker();
    const direct = directly();
    const call = workerCaller(() => worker, 'tok', direct);
    const first = call('doc.save', { file: 'a.md' });
    worker.crash();
    expect(await first).toEqual({ ok: true, value: 'direct doc.save' });
    expect(worker.terminated).toBe(true);
    expect(await call('doc.open', {})).toEqual({ ok: true, value: 'direct doc.open' });
    expect(worker.sent).toHaveLength(1);
  });

  it('does not repeat a call the server may have had when a working worker fails', async () => {
    const worker = fakeWorker();
    const direct = directly();
    const call = workerCaller(() => worker, 'tok', direct);
    const opened = call('doc.open', {});
    worker.reply(worker.sent[0]!.id, 'opened');
    await opened;
    const saving = call('doc.save', { file: 'a.md' });
    worker.crash();
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/failed during this request/);
    expect(direct).not.toHaveBeenCalledWith('doc.save', expect.anything());
    expect(await call('doc.save', { file: 'a.md' })).toEqual({ ok: true, value: 'direct doc.save' });
  });

  it('calls directly when the input cannot be copied to the worker', async () => {
    const worker = fakeWorker();
    worker.postMessage = () => {
      throw new Error('DataCloneError');
    };
    const direct = directly();
    const call = workerCaller(() => worker, 'tok', direct);
    expect(await call('file.validate', {})).toEqual({ ok: true, value: 'direct file.validate' });
  });
});
