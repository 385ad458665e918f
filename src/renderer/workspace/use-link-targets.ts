import { useCallback, useMemo, useRef } from 'react';
import type { EntrySummary } from '../../shared/site-model';
import type { LinkTarget } from '../editor/link-completion';

/**
 * The site's routed entries as link targets for the editor, other than the post being
 * edited, newest first; a stable function that reads the current list (the editor keeps it).
 */
export function useLinkTargets(entries: EntrySummary[], file: string): () => readonly LinkTarget[] {
  const targets = useMemo(
    () =>
      entries
        .filter((e): e is EntrySummary & { url: string } => !!e.url && e.file !== file)
        .map((e): LinkTarget => ({ title: e.title || e.slug, url: e.url, draft: e.draft, ...(e.date ? { date: e.date } : {}) }))
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    [entries, file],
  );
  const latest = useRef(targets);
  latest.current = targets;
  return useCallback(() => latest.current, []);
}
