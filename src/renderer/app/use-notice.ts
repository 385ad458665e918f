import { useCallback, useState } from 'react';
import { errorMessage } from './format';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** The one banner under the toolbar: an error (an alert) or news (a status), until dismissed or replaced. */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const showError = useCallback((text: string) => setNotice({ kind: 'error', text }), []);
  const announce = useCallback((text: string) => setNotice({ kind: 'info', text }), []);
  const report = useCallback((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, showError, announce, report, dismiss };
}
