import { useState } from 'react';
import { Dialog } from './Dialog';
import { LabeledSelect } from './LabeledSelect';

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
        <LabeledSelect
          label="You are (author of new posts)"
          value={author}
          options={[{ value: '', label: "Not set (use the site's default)" }, ...authors]}
          onChange={setAuthor}
        />
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
