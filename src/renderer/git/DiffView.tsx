import type { DiffRowData } from '../../api/contract/git-schemas';

interface DiffViewProps {
  rows: DiffRowData[];
  label: string;
}

function Parts({ parts, kind }: { parts: { text: string; changed: boolean }[] | undefined; kind: 'old' | 'new' }) {
  return (
    <>
      {(parts ?? []).map((part, i) =>
        part.changed ? (
          kind === 'old' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <ins key={i}>{part.text}</ins>
          )
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** Inline diff with changed words highlighted, readable without knowing diff notation. */
export function DiffView({ rows, label }: DiffViewProps) {
  if (rows.length === 0) return <p className="pd-muted">No differences.</p>;
  let lastSection: string | null = null;
  return (
    <div className="pd-diff" role="group" aria-label={label}>
      {rows.map((row, index) => {
        const heading =
          row.section !== lastSection ? (
            <div key={`h${index}`} className="pd-diff-section">
              {row.section === 'frontmatter' ? 'Fields' : 'Text'}
            </div>
          ) : null;
        lastSection = row.section;
        if (row.kind === 'skipped') {
          return [heading, <div key={index} className="pd-diff-skipped">… {row.count} unchanged lines …</div>];
        }
        return [
          heading,
          (row.kind === 'removed' || row.kind === 'changed') && (
            <div key={`o${index}`} className="pd-diff-removed">
              <span className="pd-diff-sign" aria-label="removed">−</span>
              <Parts parts={row.old} kind="old" />
            </div>
          ),
          (row.kind === 'added' || row.kind === 'changed') && (
            <div key={`n${index}`} className="pd-diff-added">
              <span className="pd-diff-sign" aria-label="added">+</span>
              <Parts parts={row.new} kind="new" />
            </div>
          ),
          row.kind === 'same' && (
            <div key={index} className="pd-diff-same">
              <span className="pd-diff-sign"> </span>
              <Parts parts={row.new ?? row.old} kind="new" />
            </div>
          ),
        ];
      })}
    </div>
  );
}
