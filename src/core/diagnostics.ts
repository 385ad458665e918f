/** One finding about one file, pointing at the line the writer has to look at. */
export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'config',
  'file',
  'yaml-syntax',
  'schema',
  'reference',
  'image-missing',
  'link-broken',
  'link-redirected',
  'filename-date',
  'html-entity',
  'mojibake',
  'option',
  'cms-required',
  'image-alt',
  'heading-order',
  'routes',
] as const;

/** Stable rule ids: tools and the site's own scripts may filter on them. */
export type RuleId = (typeof RULE_IDS)[number];

export interface Diagnostic {
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** 1-based line in the whole file (frontmatter included). */
  line: number;
  /** 1-based column. */
  column: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  /** Frontmatter field path (dot-separated) when the finding is about a field. */
  field?: string;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank[a.severity] - severityRank[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}
