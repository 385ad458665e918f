import { useCallback, useEffect, useState } from 'react';
import type { OutboxData } from '../../api/contract/merge-schemas';
import type { ApiClient } from '../client/api-client';

/** The commits waiting to be pushed and the push queue, kept current; a window focus nudges a retry. */
export function usePushQueue(client: ApiClient) {
  const [outbox, setOutbox] = useState<OutboxData | null>(null);
  const refresh = useCallback(() => {
    client.call('git.outbox', {}).then(setOutbox, () => {});
  }, [client]);

  useEffect(() => {
    refresh();
    const offQueue = client.on('git.queue', (queue) => setOutbox((o) => (o ? { ...o, queue } : o)));
    const offChanged = client.on('git.changed', refresh);
    const onFocus = () => {
      client.call('git.retryPush', { reason: 'focus' }).then((queue) => setOutbox((o) => (o ? { ...o, queue } : o)), () => {});
    };
    window.addEventListener('focus', onFocus);
    return () => {
      offQueue();
      offChanged();
      window.removeEventListener('focus', onFocus);
    };
  }, [client, refresh]);

  return { outbox, refresh };
}

/** Seconds until `at`, ticking once a second while there is one. */
export function useSecondsUntil(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
