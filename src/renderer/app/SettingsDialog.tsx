import { useState } from 'react';
import { Dialog } from './Dialog';

interface SettingsDialogProps {
  authors: { value: string; label: string }[];
  authorSlug: string | null;
  onSave(authorSlug: string | null): Promise<void>;
  onClose(): void;
}

/** Chosen once: who new posts are by. */
export function SettingsDialog({ authors, authorSlug, onSave, onClose }: SettingsDialogProps) {
  const [author, setAuthor] = useState(authorSlug ?? '');
  return (
    <Dialog title="Settings" onClose={onClose}>
      <form
        className="pd-stack"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(author || null).then(onClose);
        }}
      >
        <label>
          You are (author of new posts)
          <select value={author} onChange={(event) => setAuthor(event.target.value)}>
            <option value="">Not set (use the site's default)</option>
            {authors.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <div className="pd-row">
          <button type="submit" className="pd-primary">
            Save
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
