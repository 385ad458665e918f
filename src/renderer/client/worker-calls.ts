import type { ApiResult } from '../../api/contract/errors';

export interface CallRequest {
  id: number;
  name: string;
  input: unknown;
  token: string;
}

export interface CallReply {
  id: number;
  result: ApiResult<unknown>;
}

/** What the caller needs of a Worker (a fake one in tests). */
export interface CallWorker {
  postMessage(message: CallRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CallReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

type Call = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

const LOST: ApiResult<unknown> = {
  ok: false,
  error: { code: 'io', message: 'The connection to Postdesk\'s server failed during this request. Try again; your text is still here.' },
};

/**
 * Sends calls through a worker and matches each reply to its call. When the worker cannot
 * be started or fails, calls go through `direct` instead: calls the worker never answered
 * anything for are sent again (it never ran, so none of them reached the server); calls
 * pending after it had worked are answered with an error, since they may have been made.
 */
export function workerCaller(startWorker: () => CallWorker, token: string, direct: Call): Call {
  const pending = new Map<number, { name: string; input: unknown; resolve(result: ApiResult<unknown>): void }>();
  let nextId = 1;
  let answered = false;
  let worker: CallWorker | null | undefined;

  const fail = () => {
    worker?.terminate();
    worker = null;
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) {
      if (answered) call.resolve(LOST);
      else void direct(call.name, call.input).then(call.resolve);
    }
  };

  const start = (): CallWorker | null => {
    try {
      const started = startWorker();
      started.addEventListener('message', (event) => {
        answered = true;
        const call = pending.get(event.data.id);
        pending.delete(event.data.id);
        call?.resolve(event.data.result);
      });
      started.addEventListener('error', fail);
      started.addEventListener('messageerror', fail);
      return started;
    } catch {
      return null;
    }
  };

  return (name, input) => {
    if (worker === undefined) worker = start();
    if (!worker) return direct(name, input);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { name, input, resolve });
      try {
        worker!.postMessage({ id, name, input, token });
      } catch {
        // The input cannot be copied to a worker (never the case for the contract's data).
        pending.delete(id);
        void direct(name, input).then(resolve);
      }
    });
  };
}
