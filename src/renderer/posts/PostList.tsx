import { memo } from 'react';
import type { EntrySummary } from '../../shared/site-model';
import { formatEntryDate } from '../app/format';

interface PostListProps {
  entries: EntrySummary[];
  selected?: string;
  dirtyFiles?: ReadonlySet<string>;
  /** Git status of changed files (new, modified…), by file. */
  gitStatus?: ReadonlyMap<string, string>;
  onOpen?(file: string): void;
}

const gitLabel: Record<string, string> = { new: 'New', modified: 'Changed', deleted: 'Deleted', renamed: 'Renamed', conflicted: 'Conflict' };

/** Memoised: typing in a post must not re-render a list of thousands. */
export const PostList = memo(function PostList({ entries, selected, dirtyFiles, gitStatus, onOpen }: PostListProps) {
  if (entries.length === 0) return <p className="pd-empty">No posts in this collection yet.</p>;
  return (
    <ul className="pd-post-list" aria-label="Posts">
      {entries.map((entry) => (
        <li key={entry.file} className="pd-post" aria-current={entry.file === selected ? 'true' : undefined}>
          <button type="button" className="pd-post-open" onClick={() => onOpen?.(entry.file)} title={entry.file}>
            <span className="pd-post-title">{entry.title || entry.slug}</span>
            <span className="pd-post-meta">
              <time dateTime={entry.date}>{formatEntryDate(entry.date)}</time>
              {entry.draft && <span className="pd-badge pd-badge-draft">Draft</span>}
              {dirtyFiles?.has(entry.file) && <span className="pd-badge pd-badge-dirty">Unsaved</span>}
              {gitStatus?.has(entry.file) && (
                <span className={`pd-badge pd-badge-git pd-change-${gitStatus.get(entry.file)}`} title="Not committed yet">
                  {gitLabel[gitStatus.get(entry.file)!] ?? gitStatus.get(entry.file)}
                </span>
              )}
              {entry.errors > 0 && (
                <span className="pd-badge pd-badge-error" aria-label={`${entry.errors} errors`}>
                  {entry.errors} ✕
                </span>
              )}
              {entry.warnings > 0 && (
                <span className="pd-badge pd-badge-warning" aria-label={`${entry.warnings} warnings`}>
                  {entry.warnings} !
                </span>
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
});
