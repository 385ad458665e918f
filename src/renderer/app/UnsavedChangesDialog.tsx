import { useCallback, useRef, useState } from 'react';
import { Dialog } from './Dialog';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface UnsavedQuestion {
  /** What is about to happen, e.g. "Close “September 2023 Update”?" */
  title: string;
  /** Names the posts with unsaved changes, and what the choices mean. */
  detail: string;
}

/**
 * Save / Don't save / Cancel before anything would drop unsaved text: closing a tab,
 * opening another folder, closing the window, committing an open post.
 */
export function useUnsavedChangesDialog() {
  const [question, setQuestion] = useState<UnsavedQuestion | null>(null);
  const answer = useRef<((choice: UnsavedChoice) => void) | null>(null);

  const ask = useCallback((next: UnsavedQuestion) => {
    answer.current?.('cancel');
    setQuestion(next);
    return new Promise<UnsavedChoice>((resolve) => {
      answer.current = resolve;
    });
  }, []);

  const choose = (choice: UnsavedChoice) => {
    const resolve = answer.current;
    answer.current = null;
    setQuestion(null);
    resolve?.(choice);
  };

  const dialog = question && (
    <Dialog title={question.title} onClose={() => choose('cancel')}>
      <p>{question.detail}</p>
      <div className="pd-row pd-dialog-actions">
        <button type="button" className="pd-primary" autoFocus onClick={() => choose('save')}>
          Save
        </button>
        <button type="button" onClick={() => choose('discard')}>
          Don’t save
        </button>
        <button type="button" onClick={() => choose('cancel')}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
  return { ask, dialog };
}
