import { memo } from 'react';
import type { EntrySummary } from '../../shared/site-model';
import { formatEntryDate } from '../app/format';
import { highlightParts, type Highlight } from './highlight';

/** Every row has this height: the list places rows by arithmetic, never by measuring them. */
export const ROW_HEIGHT = 52;

const gitLabel: Record<string, string> = { new: 'New', modified: 'Changed', deleted: 'Deleted', renamed: 'Renamed', conflicted: 'Conflict' };

interface PostRowProps {
  id: string;
  entry: EntrySummary;
  /** 1-based place in the whole list, and its length. */
  position: number;
  count: number;
  top: number;
  selected: boolean;
  active: boolean;
  dirty: boolean;
  gitStatus?: string;
  highlight?: Highlight;
  onOpen(file: string): void;
}

export const PostRow = memo(function PostRow({ id, entry, position, count, top, selected, active, dirty, gitStatus, highlight, onOpen }: PostRowProps) {
  const title = entry.title || entry.slug;
  return (
    <div
      id={id}
      role="option"
      className="pd-post"
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={count}
      data-active={active || undefined}
      title={entry.file}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onOpen(entry.file)}
    >
      <span className="pd-post-title">
        {highlightParts(title, highlight).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
      </span>
      <span className="pd-post-meta">
        <time dateTime={entry.date}>{formatEntryDate(entry.date)}</time>
        {entry.draft && <span className="pd-badge pd-badge-draft">Draft</span>}
        {dirty && <span className="pd-badge pd-badge-dirty">Unsaved</span>}
        {gitStatus && (
          <span className={`pd-badge pd-badge-git pd-change-${gitStatus}`} title="Not committed yet">
            {gitLabel[gitStatus] ?? gitStatus}
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
    </div>
  );
});
