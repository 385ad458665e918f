import { useCallback, useEffect, useState } from 'react';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { EntrySummary } from '../../shared/site-model';
import type { ApiClient } from '../client/api-client';

/**
 * The site's entries as the list shows them. A site opens with its list at once (from the
 * index cache, or titles and dates first) while every entry is checked; `checking` says how
 * far that has got, and the checked entries replace the first ones when it is done.
 */
export function useEntries(client: ApiClient, site: OpenSite) {
  const [entries, setEntries] = useState<EntrySummary[]>(site.entries);
  const [checking, setChecking] = useState(site.checking);
  useEffect(() => {
    setEntries(site.entries);
    setChecking(site.checking);
  }, [site]);

  const refreshEntries = useCallback(() => {
    // Answered once every entry is checked.
    client.call('site.entries', {}).then(
      (next) => {
        setEntries(next);
        setChecking(null);
      },
      () => {},
    );
  }, [client]);

  useEffect(() => {
    const offProgress = client.on('site.indexProgress', (progress) => setChecking(progress));
    const offEntries = client.on('site.entriesChanged', ({ entries: next }) => {
      setEntries(next);
      setChecking(null);
    });
    if (site.checking) refreshEntries();
    return () => {
      offProgress();
      offEntries();
    };
  }, [client, site, refreshEntries]);

  return { entries, checking, refreshEntries };
}
