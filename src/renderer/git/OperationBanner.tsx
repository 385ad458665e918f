import type { RepoStateData } from '../../api/contract/git-schemas';

interface OperationBannerProps {
  state: RepoStateData;
  onResolve(): void;
}

/** Wherever the writer is: a pull or merge is stopped halfway and waits for them. */
export function OperationBanner({ state, onResolve }: OperationBannerProps) {
  const conflicted = state.files.filter((f) => f.status === 'conflicted').length;
  const what = state.operation === 'rebase' ? 'A pull' : `A ${state.operation}`;
  return (
    <div className="pd-banner pd-banner-error" role="alert">
      <span>
        {what} is stopped halfway{conflicted ? `: ${conflicted} ${conflicted === 1 ? 'file needs' : 'files need'} your choice` : ''}. Posts in conflict cannot
        be saved until it is resolved.
      </span>
      <button type="button" onClick={onResolve}>
        Resolve conflicts
      </button>
    </div>
  );
}
