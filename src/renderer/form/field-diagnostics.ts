import type { Diagnostic } from '../../shared/diagnostics';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a 'schema' finding without a `field` names this path in its message. Only forms
 * that clearly point at a key count ("title: Required", "`title`", "\"title\"", "at title"),
 * so a field called "url" does not collect every "Invalid url".
 */
export function messageNamesField(message: string, path: string, descendants = false): boolean {
  const p = escapeRegExp(path) + (descendants ? '(?:[.[][\\w.[\\]]*)?' : '');
  const patterns = [
    new RegExp(`^${p}(?![\\w.\\[])`),
    new RegExp(`(?<![\\w.])${p}\\s*:`),
    new RegExp(`["'\`“‘]${p}["'\`”’]`),
    new RegExp(`\\b(?:at|field|key|property)\\s+${p}(?![\\w.\\[])`, 'i'),
  ];
  return patterns.some((re) => re.test(message));
}

/** Whether `diagField` is `path` itself or something inside it ("tags.2", "metadata.robots.index"). */
export function isWithin(diagField: string, path: string): boolean {
  return diagField === path || diagField.startsWith(`${path}.`) || diagField.startsWith(`${path}[`);
}

export interface FieldMatchOptions {
  /** Leaf widgets (lists, read-only values) also own findings about their items. */
  descendants?: boolean;
}

export function matchesField(diag: Diagnostic, path: string, options: FieldMatchOptions = {}): boolean {
  if (diag.field !== undefined) {
    return options.descendants ? isWithin(diag.field, path) : diag.field === path;
  }
  return diag.rule === 'schema' && messageNamesField(diag.message, path, options.descendants);
}

const rank = { error: 0, warning: 1, info: 2 } as const;

/** The findings shown under one field, errors first. */
export function diagnosticsForField(diags: readonly Diagnostic[], path: string, options: FieldMatchOptions = {}): Diagnostic[] {
  return diags.filter((d) => matchesField(d, path, options)).sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** Findings anywhere inside an object field: a collapsed group still shows it has problems. */
export function diagnosticsWithin(diags: readonly Diagnostic[], path: string): Diagnostic[] {
  return diags.filter((d) => matchesField(d, path, { descendants: true }));
}

/** True when a finding should mark the input as invalid (errors and warnings, not info). */
export function marksInvalid(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity !== 'info');
}

/**
 * Findings about a frontmatter field the form does not show (a key outside the schema…),
 * so they are not silently lost from the form.
 */
export function unmatchedFieldDiagnostics(diags: readonly Diagnostic[], shownPaths: readonly string[]): Diagnostic[] {
  return diags.filter((d) => d.field !== undefined && !shownPaths.some((p) => isWithin(d.field as string, p)));
}
