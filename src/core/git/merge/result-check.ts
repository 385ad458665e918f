import type { Diagnostic } from '../../../shared/diagnostics';
import { readFields } from '../../roundtrip/read-fields';
import { hasConflictMarkers } from './conflict-markers';

/** The site's validator for one file's text (schema, links, dates…), injected by the host. */
export type ValidateText = (file: string, text: string) => Diagnostic[] | Promise<Diagnostic[]>;

export interface ResultCheck {
  /** What makes the text unfit to write at all (conflict markers left in it). */
  problems: string[];
  /** Errors in the result that neither side had: the merge made them. */
  newErrors: Diagnostic[];
  /** Everything the site's rules found in the result. */
  diagnostics: Diagnostic[];
}

const isPost = (file: string) => /\.(md|mdx|markdown)$/i.test(file);

async function findings(file: string, text: string, validate: ValidateText | undefined): Promise<Diagnostic[]> {
  const found: Diagnostic[] = validate ? [...(await validate(file, text))] : [];
  if (isPost(file) && !found.some((d) => d.rule === 'yaml-syntax')) {
    const error = readFields(text).error;
    if (error) found.unshift({ file, line: error.line, column: error.column, rule: 'yaml-syntax', severity: 'error', message: error.message });
  }
  return found;
}

const errorKey = (d: Diagnostic) => `${d.rule}\0${d.field ?? ''}\0${d.message}`;

/**
 * Checks a merged text before it is written: no conflict markers, and no error that neither
 * side's version had (a pre-existing problem is the site's, not the merge's, and does not stop it).
 */
export async function checkResult(file: string, text: string, sides: (string | null)[], validate?: ValidateText): Promise<ResultCheck> {
  const problems = hasConflictMarkers(text) ? ['The text still holds conflict markers (<<<<<<< … >>>>>>>).'] : [];
  const diagnostics = await findings(file, text, validate);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return { problems, newErrors: [], diagnostics };
  const before = new Set<string>();
  for (const side of sides) {
    if (side === null) continue;
    for (const d of await findings(file, side, validate)) if (d.severity === 'error') before.add(errorKey(d));
  }
  return { problems, newErrors: errors.filter((d) => !before.has(errorKey(d))), diagnostics };
}

export const checkPasses = (check: ResultCheck) => check.problems.length === 0 && check.newErrors.length === 0;
export { isPost };
