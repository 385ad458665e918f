import { useState } from 'react';

interface AltTextPromptProps {
  /** The image's file name, to say which one. */
  name: string;
  suggestion: string;
  onSubmit(alt: string): void;
  onSkip(): void;
}

/**
 * Asks for the alt text of an image just pasted, prefilled from its file name. Skipping
 * leaves it empty, which Problems then lists as an image without alt text.
 */
export function AltTextPrompt({ name, suggestion, onSubmit, onSkip }: AltTextPromptProps) {
  const [alt, setAlt] = useState(suggestion);
  return (
    <form
      className="pd-banner pd-banner-info pd-alt-prompt"
      aria-label="Describe the pasted image"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(alt);
      }}
    >
      <label>
        Alt text for {name}, for readers who cannot see it{' '}
        <input
          type="text"
          value={alt}
          autoFocus
          onChange={(event) => setAlt(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onSkip();
          }}
        />
      </label>
      <div className="pd-row">
        <button type="submit" className="pd-primary" disabled={alt.trim() === ''}>
          Add alt text
        </button>
        <button type="button" onClick={onSkip}>
          Skip
        </button>
      </div>
    </form>
  );
}
