import type { EntrySummary } from '../../core/site/site-model';
import type { ApiClient } from '../client/api-client';
import { ConflictView } from './ConflictView';
import { OperationBanner } from './OperationBanner';
import type { useConflictView } from './use-conflict-view';
import type { RepoStateHandle } from './use-repo-state';

interface ConflictGateProps {
  client: ApiClient;
  entries: EntrySummary[];
  repo: RepoStateHandle;
  view: ReturnType<typeof useConflictView>;
  onFinished(message: string): void;
}

/**
 * The conflict view while it is open (the editor beside it is hidden by the work area's
 * `data-conflicts` attribute, and keeps its state); a banner above the editor while a pull waits.
 */
export function ConflictGate({ client, entries, repo, view, onFinished }: ConflictGateProps) {
  if (!view.open) return repo.state?.operation ? <OperationBanner state={repo.state} onResolve={() => view.show(null)} /> : null;
  return (
    <ConflictView
      client={client}
      entries={entries}
      initial={view.initial}
      onLater={() => {
        view.close();
        repo.refresh();
      }}
      onFinished={(message) => {
        view.close();
        repo.refresh();
        onFinished(message);
      }}
    />
  );
}
