import type { Diagnostic } from '../../shared/diagnostics';

/** Findings shown per file: enough to work through, few enough to send and list at once. */
export const MAX_FILE_FINDINGS = 1000;

/** The first MAX_FILE_FINDINGS findings, and one more that counts the rest. */
export function limitFindings(file: string, findings: Diagnostic[]): Diagnostic[] {
  if (findings.length <= MAX_FILE_FINDINGS) return findings;
  const more = findings.length - MAX_FILE_FINDINGS;
  return [
    ...findings.slice(0, MAX_FILE_FINDINGS),
    { file, line: 1, column: 1, rule: 'file', severity: 'warning', message: `${more.toLocaleString('en')} more findings in this file are not shown; fix the ones above first` },
  ];
}
