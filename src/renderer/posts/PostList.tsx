import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../shared/site-model';
import { PostRow, ROW_HEIGHT } from './PostRow';
import type { Highlight } from './highlight';

interface PostListProps {
  entries: EntrySummary[];
  selected?: string;
  dirtyFiles?: ReadonlySet<string>;
  /** Git status of changed files (new, modified…), by file. */
  gitStatus?: ReadonlyMap<string, string>;
  highlight?: Highlight;
  /** The query the shown results answer (a readiness marker for tests and the bench). */
  answers?: string;
  emptyText: string;
  onOpen?(file: string): void;
}

export interface PostListHandle {
  /** Moves focus into the list, on its first post. */
  focus(): void;
}

const rowId = (index: number) => `pd-post-${index}`;

/**
 * The post list as a listbox of which only the visible rows (and a few around them) are in
 * the page, so 10,000 posts cost what 20 do. Arrow keys, Page Up/Down and Home/End move
 * through all of them; Enter opens one. Each row says its place in the whole list.
 * Memoised: typing in a post must not re-render the list.
 */
export const PostList = memo(
  forwardRef<PostListHandle, PostListProps>(function PostList(props, ref) {
    const { entries, selected, dirtyFiles, gitStatus, highlight, answers, emptyText, onOpen } = props;
    const scroller = useRef<HTMLDivElement>(null);
    const [active, setActive] = useState(0);
    const current = Math.min(active, Math.max(0, entries.length - 1));
    // The row the keyboard is on stays in the page even when scrolled away, so aria-activedescendant always names a row.
    const rangeExtractor = useCallback(
      (range: Range) => {
        const rows = defaultRangeExtractor(range);
        return rows.includes(current) || current >= range.count ? rows : [...rows, current].sort((a, b) => a - b);
      },
      [current],
    );
    const virtualizer = useVirtualizer({
      count: entries.length,
      getScrollElement: () => scroller.current,
      estimateSize: () => ROW_HEIGHT,
      overscan: 8,
      rangeExtractor,
    });

    // A new list (another search or filter) starts at its top.
    useEffect(() => {
      setActive(0);
      virtualizer.scrollToOffset(0);
    }, [entries, virtualizer]);

    const moveTo = useCallback(
      (index: number) => {
        const next = Math.max(0, Math.min(index, entries.length - 1));
        setActive(next);
        virtualizer.scrollToIndex(next, { align: 'auto' });
      },
      [entries.length, virtualizer],
    );

    useImperativeHandle(ref, () => ({
      focus() {
        moveTo(0);
        scroller.current?.focus();
      },
    }));

    function onKeyDown(event: KeyboardEvent) {
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
      if (event.key === 'ArrowDown') moveTo(current + 1);
      else if (event.key === 'ArrowUp') moveTo(current - 1);
      else if (event.key === 'PageDown') moveTo(current + page);
      else if (event.key === 'PageUp') moveTo(current - page);
      else if (event.key === 'Home') moveTo(0);
      else if (event.key === 'End') moveTo(entries.length - 1);
      else if ((event.key === 'Enter' || event.key === ' ') && entries[current]) onOpen?.(entries[current].file);
      else return;
      event.preventDefault();
    }

    if (entries.length === 0) {
      return (
        <p className="pd-empty" data-answers={answers}>
          {emptyText}
        </p>
      );
    }
    return (
      <div
        ref={scroller}
        className="pd-post-list"
        role="listbox"
        aria-label="Posts"
        tabIndex={0}
        aria-activedescendant={rowId(current)}
        data-answers={answers}
        onKeyDown={onKeyDown}
      >
        <div role="none" className="pd-post-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            return (
              <PostRow
                key={entry.file}
                id={rowId(item.index)}
                entry={entry}
                position={item.index + 1}
                count={entries.length}
                top={item.start}
                selected={entry.file === selected}
                active={item.index === current}
                dirty={dirtyFiles?.has(entry.file) ?? false}
                gitStatus={gitStatus?.get(entry.file)}
                highlight={highlight}
                onOpen={(file) => {
                  setActive(item.index);
                  onOpen?.(file);
                }}
              />
            );
          })}
        </div>
      </div>
    );
  }),
);
