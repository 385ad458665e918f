import { useState, type FormEvent } from 'react';
import type { CollectionInfo } from '../../core/site/site-model';
import { Dialog } from './Dialog';
import { hasField } from './schema-features';
import { LabeledSelect } from './LabeledSelect';

interface NewPostDialogProps {
  collections: CollectionInfo[];
  initialCollection?: string;
  authorLabel: string | null;
  onCreate(collection: string, title: string): Promise<void>;
  onClose(): void;
}

/** What the new file will hold, said only as far as the collection's schema has the fields. */
function newPostNote(collection: CollectionInfo | undefined, authorLabel: string | null): string {
  const author = authorLabel && hasField(collection, 'author') ? `by ${authorLabel}` : '';
  const start = hasField(collection, 'draft') ? `It starts as a draft${author ? `, ${author}` : ''}.` : author ? `It is written ${author}.` : '';
  return `${start ? `${start} ` : ''}The file name comes from the site's naming pattern.`;
}

export function NewPostDialog({ collections, initialCollection, authorLabel, onCreate, onClose }: NewPostDialogProps) {
  const [collection, setCollection] = useState(initialCollection ?? collections[0]?.name ?? '');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onCreate(collection, title.trim());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="New post" onClose={onClose}>
      <form onSubmit={submit} className="pd-stack">
        <LabeledSelect
          label="Collection"
          value={collection}
          options={collections.map((c) => ({ value: c.name, label: c.label }))}
          onChange={setCollection}
        />
        <label>
          Title
          <input autoFocus value={title} onChange={(event) => setTitle(event.target.value)} required />
        </label>
        <p className="pd-muted">{newPostNote(collections.find((c) => c.name === collection), authorLabel)}</p>
        {error && (
          <p role="alert" className="pd-error-text">
            {error}
          </p>
        )}
        <div className="pd-row">
          <button type="submit" className="pd-primary" disabled={busy || !title.trim()}>
            Create
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
