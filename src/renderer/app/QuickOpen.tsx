import { useMemo, useState, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../shared/site-model';
import { emptyFilter, filterEntries } from '../posts/filter-entries';

interface QuickOpenProps {
  entries: EntrySummary[];
  onOpen(file: string): void;
  onClose(): void;
}

/** Ctrl/Cmd+P: type part of a title, Enter opens the best match. */
export function QuickOpen({ entries, onOpen, onClose }: QuickOpenProps) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => filterEntries(entries, { ...emptyFilter, query }).slice(0, 12), [entries, query]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && matches[index]) onOpen(matches[index].file);
    else return;
    event.preventDefault();
  }

  return (
    <div className="pd-overlay" onClick={onClose}>
      <div className="pd-quick-open" role="dialog" aria-modal="true" aria-label="Quick open a post" onClick={(e) => e.stopPropagation()}>
        <input
          autoFocus
          aria-label="Post title"
          role="combobox"
          aria-expanded="true"
          aria-controls="pd-quick-open-list"
          aria-activedescendant={matches[index] ? `pd-qo-${index}` : undefined}
          placeholder="Type a post title…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="pd-quick-open-list" role="listbox" aria-label="Matching posts">
          {matches.map((entry, i) => (
            <li
              key={entry.file}
              id={`pd-qo-${i}`}
              role="option"
              aria-selected={i === index}
              onMouseEnter={() => setIndex(i)}
              onClick={() => onOpen(entry.file)}
            >
              <span>{entry.title}</span> <span className="pd-muted">{entry.collection}</span>
            </li>
          ))}
          {matches.length === 0 && <li className="pd-muted">No post matches.</li>}
        </ul>
      </div>
    </div>
  );
}
