import type { FieldInfo } from '../../shared/site-model';
import { Field } from './Field';
import { unmatchedFieldDiagnostics } from './field-diagnostics';
import { labelFromName } from './field-label';
import { FieldDiagnostics } from './FieldDiagnostics';
import type { FormContext, FrontmatterFormProps } from './form-context';
import { joinPath } from './value-path';
import './form.css';
import './form-widgets.css';

export type { FrontmatterFormProps, MediaImage } from './form-context';
export type { RelationOption } from './options';
export { focusField } from './focus-field';

/** The CMS lists the body as a `markdown` field; it belongs to the editor, not the form. */
function isBody(field: FieldInfo): boolean {
  return field.name === 'body' && field.kind === 'markdown';
}

function fieldPaths(fields: readonly FieldInfo[], parent: string): string[] {
  return fields.flatMap((f) => {
    const path = joinPath(parent, f.name);
    return [path, ...(f.kind === 'object' && f.fields ? fieldPaths(f.fields, path) : [])];
  });
}

/**
 * The frontmatter form generated from the collection's fields. Each edit is reported as
 * (dotted path, new value | undefined to remove the key); the form never rewrites the file.
 * Key it by file (`key={file}`) so typing in progress never moves to another post.
 */
export function FrontmatterForm({ fields, ...ctx }: FrontmatterFormProps) {
  const context: FormContext = ctx;
  const shown = fields.filter((f) => !isBody(f));
  const known = new Set(fields.map((f) => f.name));
  // Keys the schema does not know are shown read-only, so nothing in the file is hidden.
  const extra: FieldInfo[] = Object.keys(ctx.values)
    .filter((name) => !known.has(name))
    .map((name) => ({
      name,
      label: labelFromName(name),
      kind: 'unknown',
      required: false,
      cmsRequired: false,
      hint: 'This key is not in the site’s schema.',
    }));
  const unmatched = unmatchedFieldDiagnostics(ctx.diagnostics, [...fieldPaths(shown, ''), ...extra.map((f) => f.name)]);

  return (
    <div className={`pd-form${ctx.readOnly ? ' pd-form-readonly' : ''}`}>
      {unmatched.length > 0 && (
        <div className="pd-form-other">
          <p className="pd-form-other-title">Other frontmatter problems</p>
          <FieldDiagnostics diagnostics={unmatched} />
        </div>
      )}
      {shown.length === 0 && extra.length === 0 && <p className="pd-form-note">This collection has no frontmatter fields to edit.</p>}
      {shown.map((field) => (
        <Field key={field.name} field={field} path={field.name} ctx={context} />
      ))}
      {extra.length > 0 && (
        <section className="pd-form-extra" aria-label="Fields not in the schema">
          <p className="pd-form-extra-title">Not in the schema</p>
          {extra.map((field) => (
            <Field key={field.name} field={field} path={field.name} ctx={context} />
          ))}
        </section>
      )}
    </div>
  );
}
