import { useCallback, useEffect, useRef, useState } from 'react';
import type { RepoStateData } from '../../api/contract/git-schemas';
import type { ConflictStateData } from '../../api/contract/merge-schemas';

/**
 * Whether the conflict view is shown. A repository found mid-rebase or mid-merge when the site
 * opens (Postdesk was closed or crashed halfway) shows it at once; later, the writer opens it.
 */
export function useConflictView(state: RepoStateData | null) {
  const [view, setView] = useState<{ open: boolean; initial: ConflictStateData | null }>({ open: false, initial: null });
  const checkedAtOpen = useRef(false);

  useEffect(() => {
    if (!state || checkedAtOpen.current) return;
    checkedAtOpen.current = true;
    if (state.operation) setView({ open: true, initial: null });
  }, [state]);

  const show = useCallback((initial: ConflictStateData | null) => setView({ open: true, initial }), []);
  const close = useCallback(() => setView({ open: false, initial: null }), []);
  return { ...view, show, close };
}
