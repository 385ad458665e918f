import { useCallback, useRef } from 'react';
import type { EntrySummary } from '../../shared/site-model';
import type { LinkTarget } from '../editor/link-completion';
import { newestFirst } from '../posts/sort-entries';

/**
 * The site's routed entries as link targets for the editor, other than the post being
 * edited, newest first. Built when the editor first asks after the list changed, not on
 * every change of the list (it changes often while a large site is checked).
 */
export function useLinkTargets(entries: EntrySummary[], file: string): () => readonly LinkTarget[] {
  const latest = useRef({ entries, file });
  latest.current = { entries, file };
  const built = useRef<{ entries: EntrySummary[]; file: string; targets: LinkTarget[] } | null>(null);
  return useCallback(() => {
    const { entries: now, file: current } = latest.current;
    if (built.current?.entries !== now || built.current.file !== current) {
      const targets = now
        .filter((e): e is EntrySummary & { url: string } => !!e.url && e.file !== current)
        .sort(newestFirst)
        .map((e): LinkTarget => ({ title: e.title || e.slug, url: e.url, draft: e.draft, ...(e.date ? { date: e.date } : {}) }));
      built.current = { entries: now, file: current, targets };
    }
    return built.current.targets;
  }, []);
}
