import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../client/api-client';
import type { SearchAnswer } from './filter-entries';
import type { Highlight } from './highlight';

/** Shorter queries only filter titles here: a single letter would match nearly every post's text. */
const MIN_INDEXED_QUERY = 2;

/**
 * Asks the site's search index on every keystroke (it answers in milliseconds, from memory);
 * an answer that arrives after a newer query was typed is dropped.
 */
export function useSiteSearch(client: ApiClient, query: string) {
  const [answer, setAnswer] = useState<SearchAnswer>();
  const latest = useRef(0);
  const wanted = query.trim();

  useEffect(() => {
    const id = ++latest.current;
    if (wanted.length < MIN_INDEXED_QUERY) {
      setAnswer(undefined);
      return;
    }
    client.call('site.search', { query: wanted }).then(
      (result) => {
        if (id === latest.current) setAnswer({ query: wanted, ...result });
      },
      () => {},
    );
  }, [client, wanted]);

  const current = answer?.query === wanted ? answer : undefined;
  const highlight = useMemo<Highlight | undefined>(
    () => (current ? { terms: new Set(current.terms), prefix: current.prefix } : undefined),
    [current],
  );
  // The query the list's results are complete for: short queries at once, others once the index answered.
  const answers = wanted.length < MIN_INDEXED_QUERY ? wanted : current?.query;
  return { answer: current, highlight, answers };
}
