import { useState } from 'react';
import type { FieldInfo } from '../../shared/site-model';
import { Field } from './Field';
import { diagnosticsForField, diagnosticsWithin } from './field-diagnostics';
import type { FormContext } from './form-context';
import { FieldDiagnostics } from './FieldDiagnostics';
import { joinPath } from './value-path';

interface ObjectFieldsetProps {
  field: FieldInfo;
  fields: FieldInfo[];
  path: string;
  label: string;
  requiredText: string | null;
  ctx: FormContext;
  idBase: string;
  /** Only the summary reports focus: nested fields report their own paths. */
  onFocus?: () => void;
}

/**
 * A nested object (SEO `metadata`…) as a disclosure: collapsed when the CMS says so, unless
 * something inside has a problem the writer must see.
 */
export function ObjectFieldset({ field, fields, path, label, requiredText, ctx, idBase, onFocus }: ObjectFieldsetProps) {
  const within = diagnosticsWithin(ctx.diagnostics, path);
  const own = diagnosticsForField(ctx.diagnostics, path);
  const problems = within.filter((d) => d.severity !== 'info').length;
  const [open, setOpen] = useState(() => !field.collapsed || problems > 0);
  const diagId = `${idBase}diag`;
  return (
    <details className="pd-form-object" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="pd-form-summary" onFocus={onFocus} aria-describedby={own.length > 0 ? diagId : undefined}>
        <span className="pd-form-summary-label">{label}</span>
        {requiredText && <span className="pd-form-required"> {requiredText}</span>}
        {problems > 0 && (
          <span className="pd-form-badge">
            {' '}
            ({problems} {problems === 1 ? 'problem' : 'problems'})
          </span>
        )}
      </summary>
      {field.hint && <p className="pd-form-hint">{field.hint}</p>}
      <FieldDiagnostics id={diagId} diagnostics={own} />
      <div className="pd-form-object-fields">
        {fields.map((child) => (
          <Field key={child.name} field={child} path={joinPath(path, child.name)} ctx={ctx} />
        ))}
      </div>
    </details>
  );
}
