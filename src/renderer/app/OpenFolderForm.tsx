import { useId, useState, type FormEvent } from 'react';

interface OpenFolderFormProps {
  recentFolders: string[];
  error?: string;
  busy: boolean;
  onOpen(path: string): void;
  onCancel?(): void;
}

/** The browser host has no native dialog: the writer types or pastes the folder path. */
export function OpenFolderForm({ recentFolders, error, busy, onOpen, onCancel }: OpenFolderFormProps) {
  const [path, setPath] = useState('');
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (path.trim()) onOpen(path.trim());
  }

  return (
    <section className="pd-open-folder" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Open a content folder</h2>
      <p className="pd-muted">The folder of your site's git checkout (the one with src/ and public/ in it).</p>
      <form onSubmit={submit}>
        <label htmlFor={inputId}>Folder path</label>
        <div className="pd-row">
          <input
            id={inputId}
            type="text"
            value={path}
            onChange={(event) => setPath(event.target.value)}
            placeholder="/home/me/sites/mage-os-org"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            autoFocus
            spellCheck={false}
          />
          <button type="submit" disabled={busy || !path.trim()}>
            {busy ? 'Opening…' : 'Open'}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
        {error && (
          <p id={errorId} role="alert" className="pd-error-text">
            {error}
          </p>
        )}
      </form>
      {recentFolders.length > 0 && (
        <nav aria-label="Recent folders">
          <h3>Recent folders</h3>
          <ul className="pd-recent">
            {recentFolders.map((folder) => (
              <li key={folder}>
                <button type="button" className="pd-link-button" onClick={() => onOpen(folder)} disabled={busy}>
                  {folder}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
