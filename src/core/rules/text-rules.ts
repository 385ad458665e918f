import type { Diagnostic } from '../../shared/diagnostics';
import { fileLineOf } from '../../shared/body-lines';
import { YAML_LIMITS } from '../frontmatter/load-yaml';
import type { FieldInfo } from '../../shared/site-model';
import { dotted, type FieldLocator } from './field-locator';

const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', reg: '®', trade: '™', euro: '€', laquo: '«',
  raquo: '»', bull: '•', middot: '·', eacute: 'é', egrave: 'è', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
};
const entity = new RegExp(`&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(${Object.keys(named).join('|')}));`);

function decodeEntity(m: RegExpExecArray): string {
  if (m[1]) return String.fromCodePoint(Number(m[1]));
  if (m[2]) return String.fromCodePoint(parseInt(m[2], 16));
  return named[m[3] ?? ''] ?? '';
}

/** Windows-1252 renderings of the bytes 0x80-0xBF: a UTF-8 continuation byte read as cp1252. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const continuation = `[${cp1252High}\\u00a0-\\u00bf]`;
/**
 * A UTF-8 lead byte followed by continuation bytes, as cp1252: Â/Ã for Latin-1 letters and
 * signs (Ã© for é), â for the punctuation block (â€¦ for …). Other lead bytes are left out:
 * "ß”" or "Ä»" can be genuine text.
 */
const mojibakePattern = new RegExp(`(?:[\\u00c2\\u00c3]${continuation}|\\u00e2${continuation}{2})`, 'g');

function repairMojibake(text: string): string {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const high = cp1252High.indexOf(ch);
    bytes.push(high >= 0 ? 0x80 + high : code);
  }
  const decoded = Buffer.from(bytes).toString('utf8');
  return decoded.includes('\ufffd') ? text : decoded;
}

/** Three substring searches are much faster than a character-class regex over a long body. */
function mayHaveMojibake(text: string): boolean {
  return text.includes('\u00c3') || text.includes('\u00c2') || text.includes('\u00e2');
}

/** The first mis-decoded sequence in a text, with its repair, or undefined. */
export function findMojibake(text: string): { found: string; repaired: string; index: number } | undefined {
  mojibakePattern.lastIndex = 0;
  for (let m = mojibakePattern.exec(text); m; m = mojibakePattern.exec(text)) {
    const repaired = repairMojibake(m[0]);
    if (repaired !== m[0]) return { found: m[0], repaired, index: m.index };
  }
  return undefined;
}

/**
 * Calls `visit` for every string in the frontmatter that may hold an entity or mis-decoded
 * text; the path is copied only for those (most values need no look at all). The walk stops
 * after YAML_LIMITS.values values: loadYaml already refuses more, this keeps any other caller
 * from walking an alias bomb's millions of shared values.
 */
function suspectStrings(value: unknown, path: Array<string | number>, visit: (path: Array<string | number>, text: string) => void, budget = { left: YAML_LIMITS.values }): void {
  if (--budget.left < 0) return;
  if (typeof value === 'string') {
    if (value.includes('&') || mayHaveMojibake(value)) visit(path.slice(), value);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length && budget.left > 0; i++) {
      path.push(i);
      suspectStrings(value[i], path, visit, budget);
      path.pop();
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      if (budget.left <= 0) break;
      path.push(key);
      suspectStrings((value as Record<string, unknown>)[key], path, visit, budget);
      path.pop();
    }
  }
}

function fieldKind(fields: FieldInfo[], path: Array<string | number>): FieldInfo | undefined {
  let list: FieldInfo[] | undefined = fields;
  let found: FieldInfo | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    found = list?.find((f) => f.name === segment);
    list = found?.fields;
  }
  return found;
}

/** HTML entities in plain-text fields (shown literally on the site) and mis-decoded text in any field. */
export function frontmatterTextDiagnostics(
  file: string,
  fields: FieldInfo[],
  data: Record<string, unknown>,
  locator: FieldLocator,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  suspectStrings(data, [], (path, value) => {
    const field = fieldKind(fields, path);
    const plain = fields.length === 0 || (field && (field.kind === 'string' || field.kind === 'text' || field.itemKind === 'string'));
    const e = plain ? entity.exec(value) : null;
    if (e) {
      const at = locator.positionOf(path, e[0]);
      out.push({
        file, line: at.line, column: at.column, rule: 'html-entity', severity: 'warning', field: dotted(path),
        message: `${locator.label(path)}: the HTML entity "${e[0]}" is shown literally on the site; write "${decodeEntity(e)}" instead`,
      });
    }
    const bad = findMojibake(value);
    if (bad) {
      const at = locator.positionOf(path, bad.found);
      out.push({
        file, line: at.line, column: at.column, rule: 'mojibake', severity: 'warning', field: dotted(path),
        message: `${locator.label(path)}: mis-decoded text "${bad.found}" (probably "${bad.repaired}")`,
      });
    }
  });
  return out;
}

/** Mis-decoded text in the body, one finding per line. */
export function bodyMojibakeDiagnostics(file: string, body: string, bodyLine: number): Diagnostic[] {
  if (!mayHaveMojibake(body)) return [];
  const out: Diagnostic[] = [];
  mojibakePattern.lastIndex = 0;
  let lastLine = -1;
  for (let m = mojibakePattern.exec(body); m && out.length < 50; m = mojibakePattern.exec(body)) {
    const repaired = repairMojibake(m[0]);
    if (repaired === m[0]) continue;
    const before = body.lastIndexOf('\n', m.index);
    let line = 0;
    for (let i = body.indexOf('\n'); i !== -1 && i < m.index; i = body.indexOf('\n', i + 1)) line++;
    if (line === lastLine) continue;
    lastLine = line;
    out.push({
      file, line: fileLineOf(line + 1, bodyLine), column: m.index - before, rule: 'mojibake', severity: 'warning',
      message: `Mis-decoded text "${m[0]}" (probably "${repaired}")`,
    });
  }
  return out;
}
