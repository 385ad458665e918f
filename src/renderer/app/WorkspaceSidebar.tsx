import { useMemo, useRef } from 'react';
import type { RepoStateData } from '../../api/contract/git-schemas';
import type { OpenSite } from '../../api/contract/site-schemas';
import type { EntrySummary } from '../../shared/site-model';
import type { ApiClient } from '../client/api-client';
import { isDirty, type OpenDocument } from '../documents/document-state';
import { filterEntries, filterOptions, type EntryFilter } from '../posts/filter-entries';
import { PostFilters } from '../posts/PostFilters';
import { PostList, type PostListHandle } from '../posts/PostList';
import { useSiteSearch } from '../posts/use-site-search';
import type { SchemaFeatures } from './schema-features';

interface WorkspaceSidebarProps {
  client: ApiClient;
  site: OpenSite;
  entries: EntrySummary[];
  /** How far the first check of every entry has got, while it runs. */
  checking: OpenSite['checking'];
  filter: EntryFilter;
  onFilterChange(filter: EntryFilter): void;
  features: SchemaFeatures;
  authorName(slug: string): string;
  docs: OpenDocument[];
  active: string | null;
  repoState: RepoStateData | null;
  onOpen(file: string): void;
}

/** The post list on the left: filters and search, how many posts are shown, and the list. */
export function WorkspaceSidebar(props: WorkspaceSidebarProps) {
  const { client, site, entries, checking, filter, onFilterChange, features, authorName, docs, active, repoState, onOpen } = props;
  const postList = useRef<PostListHandle>(null);
  const search = useSiteSearch(client, filter.query);
  const shown = useMemo(() => filterEntries(entries, filter, search.answer), [entries, filter, search.answer]);
  const collectionEntries = useMemo(() => entries.filter((e) => e.collection === filter.collection), [entries, filter.collection]);
  const options = useMemo(() => filterOptions(collectionEntries), [collectionEntries]);
  // Keyed by the list of unsaved files, so typing does not give the list a new set each time.
  const dirtyKey = docs.filter(isDirty).map((d) => d.file).join('\n');
  const dirtyFiles = useMemo(() => new Set(dirtyKey ? dirtyKey.split('\n') : []), [dirtyKey]);
  const gitStatus = useMemo(() => new Map((repoState?.files ?? []).map((f) => [f.path, f.status])), [repoState]);

  return (
    <aside className="pd-sidebar" aria-label="Post list">
      <PostFilters
        filter={filter}
        collections={site.info.collections}
        features={features}
        options={options}
        authorName={authorName}
        onChange={onFilterChange}
        onLeaveDown={() => postList.current?.focus()}
      />
      <p className="pd-count" aria-live="polite" data-testid="post-count">
        {shown.length} of {collectionEntries.length}
        {checking && (
          <span className="pd-checking" role="status">
            {' '}
            · checking {checking.checked.toLocaleString('en')} of {checking.total.toLocaleString('en')}…
          </span>
        )}
      </p>
      <PostList
        ref={postList}
        entries={shown}
        selected={active ?? undefined}
        dirtyFiles={dirtyFiles}
        gitStatus={gitStatus}
        highlight={search.highlight}
        answers={search.answers}
        emptyText={filter.query.trim() ? 'No post matches this search.' : 'No posts in this collection yet.'}
        onOpen={onOpen}
      />
    </aside>
  );
}
