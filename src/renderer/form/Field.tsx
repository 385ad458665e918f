import { useId } from 'react';
import type { ComponentType } from 'react';
import type { FieldInfo, FieldKind } from '../../shared/site-model';
import { BooleanWidget } from './BooleanWidget';
import { DateTimeWidget } from './DateTimeWidget';
import { diagnosticsForField, marksInvalid } from './field-diagnostics';
import { fieldLabel } from './field-label';
import { FieldDiagnostics } from './FieldDiagnostics';
import type { FormContext, WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { ImageWidget } from './ImageWidget';
import { ListWidget } from './ListWidget';
import { NumberWidget } from './NumberWidget';
import { ObjectFieldset } from './ObjectFieldset';
import { RelationWidget } from './RelationWidget';
import { SelectWidget } from './SelectWidget';
import { TextAreaWidget } from './TextAreaWidget';
import { TextWidget } from './TextWidget';
import { UnknownWidget } from './UnknownWidget';
import { getAtPath, isPlainObject } from './value-path';

const SCALAR_ITEM_KINDS: (FieldKind | undefined)[] = [undefined, 'string', 'text', 'number', 'select', 'relation', 'image', 'datetime'];

function holdsOnlyScalars(value: unknown): boolean {
  const items: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.every((v) => !Array.isArray(v) && !isPlainObject(v));
}

/** The widget for a field and its value, or the read-only view with the reason when none fits. */
function chooseWidget(field: FieldInfo, value: unknown): { widget: ComponentType<WidgetProps>; note?: string } {
  const structured = Array.isArray(value) || isPlainObject(value);
  const textual = ['string', 'text', 'markdown', 'select', 'relation', 'image', 'number', 'boolean', 'datetime'] as const;
  if (structured && (textual as readonly string[]).includes(field.kind)) {
    return { widget: UnknownWidget, note: 'The file holds a list or an object here, which this field does not expect; change it in the text editor.' };
  }
  switch (field.kind) {
    case 'string':
      return { widget: TextWidget };
    case 'text':
    case 'markdown':
      return { widget: TextAreaWidget };
    case 'datetime':
      return { widget: DateTimeWidget };
    case 'boolean':
      return { widget: BooleanWidget };
    case 'number':
      return { widget: NumberWidget };
    case 'select':
      return { widget: field.options && field.options.length > 0 ? SelectWidget : TextWidget };
    case 'relation':
      return { widget: field.relation ? RelationWidget : TextWidget };
    case 'image':
      return { widget: ImageWidget };
    case 'list':
      if (SCALAR_ITEM_KINDS.includes(field.itemKind) && holdsOnlyScalars(value)) {
        return { widget: ListWidget };
      }
      return { widget: UnknownWidget, note: 'The form cannot edit a list of this kind; change it in the text editor.' };
    case 'object':
      return { widget: UnknownWidget, note: 'The file holds something other than a group of fields here; change it in the text editor.' };
    default:
      return { widget: UnknownWidget };
  }
}

function requiredText(field: FieldInfo): string | null {
  if (field.required) return '(required)';
  if (field.cmsRequired) return '(required in the CMS)';
  return null;
}

/** One field: label, widget, hint and findings, wired together for assistive technology. */
export function Field({ field, path, ctx }: { field: FieldInfo; path: string; ctx: FormContext }) {
  const idBase = useId();
  const label = fieldLabel(field);
  const value = getAtPath(ctx.values, path);
  const required = requiredText(field);
  const onFocus = ctx.onFocusField ? () => ctx.onFocusField?.(path) : undefined;

  if (field.kind === 'object' && field.fields && (value === undefined || value === null || isPlainObject(value))) {
    return (
      <div className="pd-form-field pd-form-kind-object" data-field={path}>
        <ObjectFieldset field={field} fields={field.fields} path={path} label={label} requiredText={required} ctx={ctx} idBase={idBase} onFocus={onFocus} />
      </div>
    );
  }

  const { widget: Widget, note } = chooseWidget(field, value);
  const leaf = Widget === ListWidget || Widget === UnknownWidget;
  const diags = diagnosticsForField(ctx.diagnostics, path, { descendants: leaf });
  const ids = { input: `${idBase}input`, label: `${idBase}label`, hint: `${idBase}hint`, diag: `${idBase}diag`, empty: `${idBase}empty` };
  const emptyRequired = field.required && value === '' && Widget !== UnknownWidget;
  const describedBy = joinIds(field.hint && ids.hint, emptyRequired && ids.empty, diags.length > 0 && ids.diag);
  const inline = Widget === BooleanWidget;
  const props: WidgetProps = {
    field,
    path,
    label,
    inputId: ids.input,
    describedBy,
    invalid: marksInvalid(diags) || emptyRequired,
    required: field.required || field.cmsRequired,
    readOnly: ctx.readOnly,
    value,
    raw: ctx.rawValues[path],
    emit: (next) => ctx.onChange(path, next),
    ctx,
  };
  const labelEl = (
    <label htmlFor={ids.input} id={ids.label} className="pd-form-label">
      {label}
      {required && <span className="pd-form-required"> {required}</span>}
    </label>
  );

  return (
    <div className={`pd-form-field pd-form-kind-${field.kind}`} data-field={path} onFocus={onFocus}>
      {inline ? (
        <div className="pd-form-check">
          <Widget {...props} after={labelEl} />
        </div>
      ) : (
        <>
          {labelEl}
          {Widget === UnknownWidget ? <UnknownWidget {...props} note={note} /> : <Widget {...props} />}
        </>
      )}
      {field.hint && (
        <p id={ids.hint} className="pd-form-hint">
          {field.hint}
        </p>
      )}
      {emptyRequired && (
        <p id={ids.empty} className="pd-form-note pd-form-note-warning">
          This field is required but empty.
        </p>
      )}
      <FieldDiagnostics id={ids.diag} diagnostics={diags} />
    </div>
  );
}
