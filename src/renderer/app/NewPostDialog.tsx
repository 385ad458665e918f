import { useState, type FormEvent } from 'react';
import type { CollectionInfo } from '../../shared/site-model';
import { Dialog } from './Dialog';
import { LabeledSelect } from './LabeledSelect';

interface NewPostDialogProps {
  collections: CollectionInfo[];
  initialCollection?: string;
  authorLabel: string | null;
  onCreate(collection: string, title: string): Promise<void>;
  onClose(): void;
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
        <p className="pd-muted">
          It starts as a draft{authorLabel ? `, by ${authorLabel}` : ''}. The file name comes from the site's naming pattern.
        </p>
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
