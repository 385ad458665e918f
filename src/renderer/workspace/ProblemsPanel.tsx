import { memo, useState } from 'react';
import type { Diagnostic } from '../../shared/diagnostics';

interface ProblemsPanelProps {
  diagnostics: Diagnostic[];
  scope: 'post' | 'site';
  loading: boolean;
  onScopeChange(scope: 'post' | 'site'): void;
  onSelect(diagnostic: Diagnostic): void;
}

const icon = { error: '✕', warning: '!', info: 'i' } as const;

/**
 * Problems listed at first, then more on request. A long list costs every frame of the
 * window (style, paint), keystrokes included: a 1 MB post can have a thousand problems.
 */
const PAGE = 100;

export const ProblemsPanel = memo(function ProblemsPanel({ diagnostics, scope, loading, onScopeChange, onSelect }: ProblemsPanelProps) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  // How many are shown, for the scope it was chosen in: a change of scope starts again from one page.
  const [shown, setShown] = useState({ scope, limit: PAGE });
  if (shown.scope !== scope) setShown({ scope, limit: PAGE });
  const limit = shown.scope === scope ? shown.limit : PAGE;
  const hidden = diagnostics.length - limit;
  return (
    <section className="pd-problems" role="region" aria-label="Problems">
      <header className="pd-problems-head">
        <h2>Problems</h2>
        <span className="pd-muted" aria-live="polite">
          {loading ? 'Checking…' : `${errors} errors, ${warnings} warnings`}
        </span>
        <span className="pd-spacer" />
        <div role="group" aria-label="Problems scope" className="pd-segmented">
          <button type="button" aria-pressed={scope === 'post'} onClick={() => onScopeChange('post')}>
            This post
          </button>
          <button type="button" aria-pressed={scope === 'site'} onClick={() => onScopeChange('site')}>
            Whole site
          </button>
        </div>
      </header>
      {diagnostics.length === 0 && !loading ? (
        <p className="pd-muted pd-problems-empty">No problems found.</p>
      ) : (
        <ul className="pd-problem-list">
          {diagnostics.slice(0, limit).map((d, index) => (
            <li key={`${d.file}:${d.line}:${d.column}:${d.rule}:${index}`}>
              <button type="button" className={`pd-problem pd-sev-${d.severity}`} onClick={() => onSelect(d)}>
                <span className="pd-problem-icon" aria-label={d.severity}>
                  {icon[d.severity]}
                </span>
                <span className="pd-problem-message">{d.message}</span>
                <span className="pd-problem-where">
                  {scope === 'site' ? `${d.file}:` : 'line '}
                  {d.line} · {d.rule}
                </span>
              </button>
            </li>
          ))}
          {hidden > 0 && (
            <li>
              <button type="button" className="pd-problem-more" onClick={() => setShown({ scope, limit: limit + PAGE })}>
                Show {Math.min(hidden, PAGE)} more of {hidden} not shown
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
});
