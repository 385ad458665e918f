import type { Diagnostic } from '../../shared/diagnostics';
import { fileLineOf } from '../../shared/body-lines';
import type { BodyScan } from '../markdown-scan/scan-body';

/**
 * Accessibility hints (info): headings that skip a level (the page title is the h1) and
 * body images without alt text. Cover images are left alone: AstroWind gives them the
 * post's text as alt, and an explicit empty HTML alt="" marks a decorative image.
 */
export function bodyDiagnostics(file: string, scan: BodyScan, bodyLine: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  let previous = 1;
  for (const heading of scan.headings) {
    if (heading.level > previous + 1) {
      const quoted = heading.text ? ` ("${heading.text.slice(0, 50)}")` : '';
      out.push({
        file, line: fileLineOf(heading.line + 1, bodyLine), column: 1, rule: 'heading-order', severity: 'info',
        message: previous === 1
          ? `First heading is h${heading.level}${quoted}: the title is the page's h1, so headings start at h2`
          : `Heading level skips from h${previous} to h${heading.level}${quoted}`,
      });
    }
    previous = heading.level;
  }
  for (const ref of scan.refs) {
    if (ref.kind !== 'image' || ref.alt === undefined || ref.alt.trim() !== '') continue;
    out.push({
      file, line: fileLineOf(ref.line + 1, bodyLine), column: ref.column + 1, rule: 'image-alt', severity: 'info',
      message: `Image without alt text (${ref.url.slice(ref.url.lastIndexOf('/') + 1) || ref.url}): describe it for readers who cannot see it`,
    });
  }
  return out;
}
