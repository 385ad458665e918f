import type { Diagnostic } from '../../shared/diagnostics';
import type { EntryAnalysis, RelationUse } from './entry-analysis';
import type { RelationTargets, SiteLookup } from './site-port';

function relationDiagnostic(file: string, use: RelationUse, targets: RelationTargets): Diagnostic | undefined {
  if (!targets.exists || targets.values.has(use.value)) return undefined;
  const suggestion = targets.byDisplay.get(use.value.trim().toLowerCase());
  const message = suggestion
    ? `${use.label}: "${use.value}" is a display name; write "${suggestion}" (the ${use.collection} entry's ${use.valueField === '{{slug}}' ? 'id' : use.valueField})`
    : `${use.label}: "${use.value}" is not an entry of ${use.collection}`;
  return { file, line: use.line, column: use.column, rule: 'reference', severity: 'error', message, field: use.field };
}

/** Where the image was looked for, when that is not obvious from the reference itself. */
function lookedIn(url: string, looked: string[]): string {
  if (looked.length === 0 || (looked.length === 1 && (url.startsWith('~/') || url.startsWith('/')))) return '';
  const folders = [...new Set(looked.map((p) => p.slice(0, p.lastIndexOf('/') + 1) || './'))];
  return ` (looked in ${folders.join(' and ')})`;
}

/** Links, images and references of one entry, checked against the whole site. */
export function siteDiagnostics(entry: EntryAnalysis, lookup: SiteLookup): Diagnostic[] {
  const out: Diagnostic[] = [];
  const file = entry.file;
  const pageUrl = lookup.urlOf(file);
  for (const link of entry.links) {
    const where = link.label ? `${link.label}: ` : '';
    if (link.kind === 'image') {
      const verdict = lookup.checkImage(link.url, file);
      if (verdict.status === 'missing') {
        out.push({
          file, line: link.line, column: link.column, rule: 'image-missing', severity: 'error',
          message: `${where}image not found: ${link.url}${lookedIn(link.url, verdict.looked)}`,
          ...(link.field ? { field: link.field } : {}),
        });
      }
      continue;
    }
    const verdict = lookup.checkLink(link.url, pageUrl);
    if (verdict.status === 'broken') {
      out.push({ file, line: link.line, column: link.column, rule: 'link-broken', severity: 'error', message: `${where}broken link: ${link.url} ${verdict.reason}` });
    } else if (verdict.status === 'redirected') {
      out.push({
        file, line: link.line, column: link.column, rule: 'link-redirected', severity: 'warning',
        message: `${where}${link.url} only works through a redirect; link to ${verdict.target} directly`,
      });
    }
  }
  for (const use of entry.relations) {
    const d = relationDiagnostic(file, use, lookup.relationTargets(use.collection, use.valueField, use.displayField));
    if (d) out.push(d);
  }
  return out;
}
