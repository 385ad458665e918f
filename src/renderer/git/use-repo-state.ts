import { useCallback, useEffect, useState } from 'react';
import type { RepoStateData } from '../../api/contract/git-schemas';
import type { ApiClient } from '../client/api-client';
import { errorMessage } from '../app/format';

/** Repository state, refreshed on file events, on window focus and on demand. */
export function useRepoState(client: ApiClient) {
  const [state, setState] = useState<RepoStateData | null>(null);
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => {
    client.call('git.state', {}).then(
      (next) => {
        setState(next);
        setError(undefined);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [client]);

  useEffect(() => {
    refresh();
    const off = client.on('git.changed', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      off();
      window.removeEventListener('focus', refresh);
    };
  }, [client, refresh]);

  return { state, setState, error, refresh };
}

export type RepoStateHandle = ReturnType<typeof useRepoState>;
