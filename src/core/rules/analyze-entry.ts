import { parseFrontmatter } from '../frontmatter/parse-frontmatter';
import { fileLineOf } from '../../shared/body-lines';
import { keyOnLine } from '../frontmatter/parse-field-lines';
import { scanBody } from '../markdown-scan/scan-body';
import type { FieldInfo } from '../../shared/site-model';
import { bodyDiagnostics } from './body-rules';
import { cmsDiagnostics } from './cms-rules';
import { filenameDateDiagnostics, impossibleDateDiagnostics } from './date-rules';
import type { EntryAnalysis, LinkUse, RelationUse } from './entry-analysis';
import { FieldLocator } from './field-locator';
import { schemaDiagnostics } from './schema-rule';
import type { CollectionRules } from './site-port';
import { limitFindings } from './limit-findings';
import { bodyMojibakeDiagnostics, frontmatterTextDiagnostics } from './text-rules';
import { isForeignLink } from '../../shared/link-target';

const LARGE_FILE = 1024 * 1024;
/**
 * Different addresses checked against the site per file (each is checked once, however often
 * it is used): a post links to a few dozen; a file with a hundred thousand would hold up the
 * app while they are checked, so the rest are left out, with a finding that says so.
 */
export const MAX_CHECKED_ADDRESSES = 2000;

export interface AnalyzeOptions {
  siteHosts: string[];
  /**
   * Whether other entries refer to this collection's entries by a field value (it is a
   * relation target): only then is the parsed frontmatter kept in the index.
   */
  keepData?: boolean;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Binary data read as text: a NUL character in the first 8,000 characters, as git decides. */
function looksBinary(text: string): boolean {
  // Searching backwards from 8,000 looks at the head only.
  return text.lastIndexOf('\u0000', 8000) !== -1;
}

function baseEntry(file: string, collection: CollectionRules): EntryAnalysis {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const slug = collection.entryId(file, {});
  return { file, collection: collection.name, slug, data: {}, title: base, draft: false, tags: [], local: [], links: [], relations: [] };
}

/** Everything one file says on its own; site-wide checks (links, images, references) come later. */
export function analyzeEntry(file: string, text: string, collection: CollectionRules, options: AnalyzeOptions): EntryAnalysis {
  const entry = baseEntry(file, collection);
  const local = entry.local;
  if (looksBinary(text)) {
    local.push({ file, line: 1, column: 1, rule: 'file', severity: 'error', message: 'This is not a text file (it holds binary data); the site cannot read it as markdown' });
    return entry;
  }
  if (text.length > LARGE_FILE) {
    local.push({
      file, line: 1, column: 1, rule: 'file', severity: 'warning',
      message: `This file is very large (${(text.length / 1048576).toFixed(1)} MB); editing and building it will be slow`,
    });
  }
  const parsed = parseFrontmatter(text);
  if (parsed.problem) {
    const key = parsed.problem.message.startsWith('Duplicate') ? keyOnLine(parsed.matter, parsed.problem.line) : undefined;
    local.push({
      file, line: parsed.problem.line, column: parsed.problem.column, rule: 'yaml-syntax', severity: 'error',
      message: key ? `Duplicate field "${key}": it appears more than once in the frontmatter` : parsed.problem.message,
    });
    return entry;
  }
  const data = parsed.data;
  entry.data = data;
  fillSummary(entry, data, collection);
  const fields = collection.fields;
  const locator = new FieldLocator(parsed.matter, fields);
  if (collection.schema) {
    local.push(...schemaDiagnostics(file, collection.schema, data, locator));
  } else if (!parsed.hasFrontmatter && fields.some((f) => f.cmsRequired)) {
    local.push({ file, line: 1, column: 1, rule: 'yaml-syntax', severity: 'error', message: 'No frontmatter: the file must start with a --- block of fields' });
  }
  local.push(...impossibleDateDiagnostics(file, fields, data, locator));
  const dateField = collection.dateField ? fields.find((f) => f.name === collection.dateField) : undefined;
  local.push(...filenameDateDiagnostics(file, dateField, data, locator));
  local.push(...frontmatterTextDiagnostics(file, fields, data, locator));
  local.push(...cmsDiagnostics(file, fields, data, locator, collection.schemaKeys));
  collectFieldUses(entry, fields, data, locator);
  const scan = scanBody(parsed.body, { siteHosts: options.siteHosts });
  for (const ref of scan.refs) {
    if (isForeignLink(ref.url, options.siteHosts)) continue;
    entry.links.push({ kind: ref.kind, url: ref.url, line: fileLineOf(ref.line + 1, parsed.bodyLine), column: ref.column + 1 });
  }
  local.push(...bodyDiagnostics(file, scan, parsed.bodyLine));
  local.push(...bodyMojibakeDiagnostics(file, parsed.body, parsed.bodyLine));
  if (options.keepData === false) entry.data = {};
  capFindings(entry);
  return entry;
}

/**
 * What the post list shows of a file (title, date, draft, category, author, tags), from its
 * frontmatter alone: no rules run. A large site lists its posts this way before checking them.
 */
export function summarizeEntry(file: string, text: string, collection: CollectionRules): EntryAnalysis {
  const entry = baseEntry(file, collection);
  if (looksBinary(text)) return entry;
  const parsed = parseFrontmatter(text);
  if (!parsed.problem) fillSummary(entry, parsed.data, collection);
  return entry;
}

function capFindings(entry: EntryAnalysis): void {
  const addresses = new Set<string>();
  const kept = entry.links.filter((link) => {
    if (addresses.size < MAX_CHECKED_ADDRESSES) addresses.add(link.url);
    return addresses.has(link.url);
  });
  if (kept.length < entry.links.length) {
    entry.local.push({
      file: entry.file, line: 1, column: 1, rule: 'file', severity: 'warning',
      message: `This file links to more than ${MAX_CHECKED_ADDRESSES.toLocaleString('en')} different addresses and images; only the first ${MAX_CHECKED_ADDRESSES.toLocaleString('en')} are checked against the site`,
    });
    entry.links = kept;
  }
  entry.local = limitFindings(entry.file, entry.local);
}

function fillSummary(entry: EntryAnalysis, data: Record<string, unknown>, collection: CollectionRules): void {
  // Astro's glob loader uses a `slug` field as the entry id when there is one.
  entry.slug = collection.entryId(entry.file, data);
  entry.title = stringOf(data.title) ?? stringOf(data.name) ?? entry.title;
  const dateValue = collection.dateField ? data[collection.dateField] : undefined;
  const date = dateValue instanceof Date ? dateValue : typeof dateValue === 'string' ? new Date(dateValue) : undefined;
  if (date && !Number.isNaN(date.getTime())) entry.date = date.toISOString();
  entry.draft = data.draft === true;
  const category = stringOf(data.category);
  if (category) entry.category = category;
  const author = stringOf(data.author);
  if (author) entry.author = author;
  if (Array.isArray(data.tags)) entry.tags = data.tags.filter((t): t is string => typeof t === 'string');
}

/**
 * A plain text field holding a root-relative path to an image file (`heroImage: /hero.jpg`):
 * whatever the page does with it, the browser asks the site for that path, and Astro serves
 * such a file only from public/. So it is checked like an image, though the schema says string.
 */
function servedImagePath(field: FieldInfo, value: string): boolean {
  return (field.kind === 'string' || field.itemKind === 'string') && /^\/(?!\/)[^?#\s]*\.(?:avif|gif|jpe?g|png|svg|webp)$/i.test(value);
}

function collectFieldUses(entry: EntryAnalysis, fields: FieldInfo[], data: Record<string, unknown>, locator: FieldLocator): void {
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined || value === null || value === '') continue;
    const values = Array.isArray(value) ? value.map((v, i) => [v, [field.name, i]] as const) : [[value, [field.name]] as const];
    for (const [item, path] of values) {
      if (typeof item !== 'string' || item.trim() === '') continue;
      const at = locator.position(path);
      if (field.kind === 'image' || field.itemKind === 'image' || servedImagePath(field, item)) {
        const link: LinkUse = { kind: 'image', url: item, line: at.line, column: at.column, field: path.join('.'), label: locator.label(path) };
        entry.links.push(link);
      }
      if (field.relation) {
        const relation: RelationUse = {
          field: path.join('.'), label: locator.label(path), value: item, line: at.line, column: at.column,
          collection: field.relation.collection, valueField: field.relation.valueField, displayField: field.relation.displayField,
        };
        entry.relations.push(relation);
      }
    }
  }
}
