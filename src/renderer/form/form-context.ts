import type { ReactNode } from 'react';
import type { Diagnostic } from '../../shared/diagnostics';
import type { FieldInfo } from '../../shared/site-model';
import type { RelationOption } from './options';

export interface MediaImage {
  /** The reference as written in frontmatter (e.g. `~/assets/images/2024/cover.png`). */
  ref: string;
  /** A URL the renderer can load for the thumbnail. */
  url: string;
}

export interface FrontmatterFormProps {
  /** The collection's fields, in display order. */
  fields: FieldInfo[];
  /** The parsed frontmatter. */
  values: Record<string, unknown>;
  /** The exact source text of each scalar, by dotted path (quotes included or not). */
  rawValues: Record<string, string>;
  /** The open file's findings; those with a `field` (or a 'schema' message naming one) show under it. */
  diagnostics: Diagnostic[];
  readOnly: boolean;
  /** Values used elsewhere in the site, by field name (or dotted path), for list suggestions. */
  suggestions: { [fieldName: string]: string[] };
  relationOptions: (collection: string) => RelationOption[];
  mediaImages: MediaImage[];
  imageUrl: (ref: string) => string | null;
  /** `value` undefined means: remove the key. Paths are dotted (`metadata.description`). */
  onChange: (path: string, value: unknown | undefined) => void;
  /** Lets the writer pick a file; resolves to the ref to store, or null when cancelled. */
  onPickImage: (path: string) => Promise<string | null>;
  onFocusField?: (path: string) => void;
}

/** Everything a field needs from the form, passed down unchanged. */
export type FormContext = Omit<FrontmatterFormProps, 'fields'>;

export interface WidgetProps {
  field: FieldInfo;
  path: string;
  label: string;
  inputId: string;
  /** Ids of the field's hint and findings, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  readOnly: boolean;
  value: unknown;
  raw: string | undefined;
  emit: (value: unknown | undefined) => void;
  ctx: FormContext;
  /** Placed right after the control: the inline label of a checkbox. */
  after?: ReactNode;
}

/** Joins element ids for aria-describedby, leaving out the missing ones. */
export function joinIds(...ids: (string | undefined | false)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
