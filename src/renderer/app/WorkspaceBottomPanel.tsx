import type { ConflictStateData } from '../../api/contract/merge-schemas';
import type { EntrySummary } from '../../shared/site-model';
import type { ApiClient } from '../client/api-client';
import { ChangesPanel } from '../git/ChangesPanel';
import type { RepoStateHandle } from '../git/use-repo-state';
import { ProblemsPanel } from '../workspace/ProblemsPanel';
import type { SiteProblems } from './use-site-problems';

export type BottomPanel = 'problems' | 'changes';

interface WorkspaceBottomPanelProps {
  panel: BottomPanel;
  onPanelChange(panel: BottomPanel | null): void;
  problems: SiteProblems;
  client: ApiClient;
  repo: RepoStateHandle;
  entries: EntrySummary[];
  onOpenPost(file: string): void;
  beforeCommit(files: string[]): Promise<boolean>;
  onCommitted(): void;
  onShowConflicts(initial: ConflictStateData | null): void;
}

/** The panel under the editor: the Problems list or the Changes (git) panel, one at a time. */
export function WorkspaceBottomPanel({ panel, onPanelChange, problems, client, repo, entries, onOpenPost, beforeCommit, onCommitted, onShowConflicts }: WorkspaceBottomPanelProps) {
  return (
    <div className="pd-bottom">
      <div className="pd-bottom-tabs">
        <div role="tablist" aria-label="Panels">
          <button type="button" role="tab" aria-selected={panel === 'problems'} onClick={() => onPanelChange('problems')}>
            Problems
          </button>
          <button type="button" role="tab" aria-selected={panel === 'changes'} onClick={() => onPanelChange('changes')}>
            Changes
          </button>
        </div>
        <span className="pd-spacer" />
        <button type="button" aria-label="Hide panel" onClick={() => onPanelChange(null)}>
          ▾
        </button>
      </div>
      {panel === 'problems' ? (
        <ProblemsPanel
          diagnostics={problems.problems}
          scope={problems.scope}
          loading={problems.loading}
          onScopeChange={problems.changeScope}
          onSelect={problems.selectProblem}
        />
      ) : (
        <ChangesPanel
          client={client}
          repo={repo}
          entries={entries}
          onOpenPost={onOpenPost}
          onOpenProblem={problems.selectProblem}
          beforeCommit={beforeCommit}
          onCommitted={onCommitted}
          onShowConflicts={onShowConflicts}
        />
      )}
    </div>
  );
}
