import type { CollectionInfo, EntrySummary } from '../../shared/site-model';
import type { ApiClient } from '../client/api-client';
import { AboutDialog } from './AboutDialog';
import { NewPostDialog } from './NewPostDialog';
import { QuickOpen } from './QuickOpen';
import { SettingsDialog } from './SettingsDialog';
import type { Relations } from './use-relations';

/** The workspace's dialogs; at most one is open. */
export type WorkspaceDialog = 'none' | 'quick-open' | 'new-post' | 'settings' | 'about';

interface WorkspaceDialogsProps {
  dialog: WorkspaceDialog;
  onClose(): void;
  client: ApiClient;
  entries: EntrySummary[];
  collections: CollectionInfo[];
  /** The collection the post list shows: a new post goes there unless the writer picks another. */
  currentCollection?: string;
  authorSlug: string | null;
  relations: Relations;
  onOpenPost(file: string): void;
  onCreatePost(collection: string, title: string): Promise<void>;
  onAuthorChange(slug: string | null): void;
}

export function WorkspaceDialogs(props: WorkspaceDialogsProps) {
  const { dialog, onClose, client, entries, collections, currentCollection, authorSlug, relations, onOpenPost, onCreatePost, onAuthorChange } = props;
  switch (dialog) {
    case 'quick-open':
      return (
        <QuickOpen
          entries={entries}
          onOpen={(file) => {
            onClose();
            onOpenPost(file);
          }}
          onClose={onClose}
        />
      );
    case 'new-post': {
      // Collections of files only: a file() or inline-loader collection's entries live in a data file or the config.
      const writable = collections.filter((c) => c.extensions.length > 0);
      return (
        <NewPostDialog
          collections={writable}
          initialCollection={writable.some((c) => c.name === currentCollection) ? currentCollection : undefined}
          authorLabel={authorSlug ? relations.authorName(authorSlug) : null}
          onCreate={onCreatePost}
          onClose={onClose}
        />
      );
    }
    case 'about':
      return <AboutDialog onClose={onClose} />;
    case 'settings':
      return (
        <SettingsDialog
          authors={relations.authorOptions}
          authorSlug={authorSlug}
          onSave={async (slug) => {
            const result = await client.call('settings.setAuthor', { slug });
            onAuthorChange(result.authorSlug);
          }}
          onClose={onClose}
        />
      );
    case 'none':
      return null;
  }
}
