import { useState, type FormEvent } from 'react';

interface IdentityFormProps {
  onSave(name: string, email: string): Promise<void>;
}

/** Asked once when git does not know who is committing; stored in the repository's config. */
export function IdentityForm({ onSave }: IdentityFormProps) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSave(name, email);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <form className="pd-identity" onSubmit={submit} aria-label="Your name for commits">
      <p>Git needs your name and email to record who made each commit. They are saved in this repository only.</p>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
      </label>
      <label>
        Email <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email" />
      </label>
      <button type="submit" className="pd-primary">
        Save
      </button>
      {error && (
        <p role="alert" className="pd-error-text">
          {error}
        </p>
      )}
    </form>
  );
}
