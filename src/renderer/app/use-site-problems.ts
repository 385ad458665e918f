import { useCallback, useState, type RefObject } from 'react';
import type { Diagnostic } from '../../shared/diagnostics';
import type { ApiClient } from '../client/api-client';
import type { DocumentStore } from '../documents/document-store';
import type { EditorAreaHandle } from '../workspace/EditorArea';

export type ProblemScope = 'post' | 'site';

const NO_PROBLEMS: Diagnostic[] = [];

/** How long a just-opened post's editor is given to mount before it is scrolled to a problem. */
const REVEAL_AFTER_OPEN_MS = 50;

/**
 * The Problems panel's list: the open post's problems, or the whole site's (checked when first
 * asked for, and again after a save), and going to a problem's line, opening its post first.
 */
export function useSiteProblems(
  client: ApiClient,
  store: DocumentStore,
  activeDiagnostics: Diagnostic[] | undefined,
  editorArea: RefObject<EditorAreaHandle | null>,
  report: (error: unknown) => void,
) {
  const [scope, setScope] = useState<ProblemScope>('post');
  const [siteProblems, setSiteProblems] = useState<Diagnostic[] | null>(null);

  const loadSiteProblems = useCallback(() => {
    setSiteProblems(null);
    client.call('site.validateAll', {}).then((d) => setSiteProblems(d), report);
  }, [client, report]);

  const changeScope = useCallback(
    (next: ProblemScope) => {
      setScope(next);
      if (next === 'site' && siteProblems === null) loadSiteProblems();
    },
    [siteProblems, loadSiteProblems],
  );

  const selectProblem = useCallback(
    (d: Diagnostic) => {
      const go = () => editorArea.current?.reveal(d);
      if (d.file === store.getSnapshot().active) go();
      else store.open(d.file).then(() => setTimeout(go, REVEAL_AFTER_OPEN_MS), report);
    },
    [store, report, editorArea],
  );

  /** After a save the site's problems may have changed: they are checked again when next shown. */
  const forgetSiteProblems = useCallback(() => setSiteProblems(null), []);

  return {
    scope,
    problems: scope === 'site' ? (siteProblems ?? NO_PROBLEMS) : (activeDiagnostics ?? NO_PROBLEMS),
    loading: scope === 'site' && siteProblems === null,
    changeScope,
    selectProblem,
    forgetSiteProblems,
  };
}

export type SiteProblems = ReturnType<typeof useSiteProblems>;
