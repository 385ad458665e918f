import { isYamlFence, splitFrontmatter } from '../../shared/frontmatter-bounds';
import { detach } from '../markdown-scan/detach';
import { loadYaml, YamlTooLarge } from './load-yaml';
import { isTomlFrontmatter, parseTomlFrontmatter } from './toml-frontmatter';

/**
 * Frontmatter split and parsed the way Astro 5 reads it: YAML only, with js-yaml 4 semantics
 * (gray-matter's bundled js-yaml 3 reads `0755` and `1:30` differently). A language after the
 * opening `---` (`---js`, `---json`…) is never handed to another engine: gray-matter's
 * JavaScript engine would `eval` the block, so a cloned site could run code on open.
 */
export interface FrontmatterProblem {
  /** 1-based line in the whole file. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedFrontmatter {
  /** The file starts with a `---` block. */
  hasFrontmatter: boolean;
  /** Parsed values; `{}` when there is no frontmatter or it does not parse. */
  data: Record<string, unknown>;
  /** The raw YAML between the delimiters (starts with the newline after the opening `---`). */
  matter: string;
  /** The markdown body. */
  body: string;
  /** Offset of the body in the whole text. */
  bodyOffset: number;
  /** 1-based line of the body's first line. */
  bodyLine: number;
  problem?: FrontmatterProblem;
}

/** js-yaml 4 errors carry a mark; the matter text begins with the newline after `---`, so its line 0 is file line 1. */
interface YamlError {
  name?: string;
  reason?: string;
  message?: string;
  mark?: { line: number; column: number };
}

function countLines(text: string, end: number): number {
  let lines = 1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < end) {
    lines++;
    at = text.indexOf('\n', at + 1);
  }
  return lines;
}

function fenceProblem(language: string): FrontmatterProblem {
  return {
    line: 1,
    column: 4,
    message: `The frontmatter is marked "${language}" (---${language}): Astro reads frontmatter only as YAML, and Postdesk never runs it. Remove "${language}" after the --- on line 1 and write the fields as YAML`,
  };
}

/**
 * The frontmatter's bounds follow the one shared rule (src/shared/frontmatter-bounds: a BOM
 * allowed, closed by the first line starting with `---`, as in gray-matter and Astro).
 */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  if (isTomlFrontmatter(text)) return parseTomlFrontmatter(text);
  const bounds = splitFrontmatter(text);
  if (bounds.state === 'none') {
    return { hasFrontmatter: false, data: {}, matter: '', body: text.slice(bounds.body.start), bodyOffset: bounds.body.start, bodyLine: 1 };
  }
  const fenceEnd = bounds.open.start + 3;
  if (bounds.state === 'unclosed') {
    return {
      hasFrontmatter: true,
      data: {},
      matter: text.slice(fenceEnd),
      body: '',
      bodyOffset: text.length,
      bodyLine: countLines(text, text.length),
      problem: { line: 1, column: 1, message: 'The frontmatter is not closed: add a line with --- after the last field' },
    };
  }
  // The line break before the closing line ends the matter, as gray-matter cuts it.
  const matterEnd = bounds.close.start - 1;
  const bodyOffset = bounds.body.start;
  // A copy, so parsed values (views into it) do not keep the whole file in memory.
  const matter = detach(text.slice(fenceEnd, matterEnd));
  const body = text.slice(bodyOffset);
  const bodyLine = bounds.bodyLine;
  if (!isYamlFence(bounds)) return { hasFrontmatter: true, data: {}, matter, body, bodyOffset, bodyLine, problem: fenceProblem(bounds.language) };
  let raw: unknown;
  try {
    raw = loadYaml(matter);
  } catch (error) {
    return { hasFrontmatter: true, data: {}, matter, body, bodyOffset, bodyLine, problem: locateProblem(matter, error as YamlError) };
  }
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return { hasFrontmatter: true, data, matter, body, bodyOffset, bodyLine };
}

/** js-yaml reports some mistakes where it gave up, lines after the one the writer has to fix. */
const reportedLate = /multiline key may not be an implicit key|unexpected end of the stream|end of the stream or a document separator|missed comma between flow collection entries/;

function culprit(line: string): number | undefined {
  if (/^\s*(?:#|$)/.test(line) || /^\s/.test(line) || line.startsWith('- ')) return undefined;
  const key = /^(?:"[^"]*"|'[^']*'|[^\s:#][^:#]*?)\s*:(?:\s+(.*))?$/.exec(line);
  if (!key) return 1;
  const value = (key[1] ?? '').trim();
  const quote = value.charAt(0);
  if ((quote === '"' || quote === "'") && (value.length === 1 || !value.endsWith(quote))) return line.indexOf(quote) + 1;
  const close = quote === '[' ? ']' : quote === '{' ? '}' : undefined;
  if (close && !value.endsWith(close)) return line.indexOf(quote) + 1;
  return undefined;
}

function locateProblem(matter: string, e: YamlError): FrontmatterProblem {
  const reported = { line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1, message: describeYamlError(e) };
  if (!reportedLate.test(e.reason ?? '')) return reported;
  const lines = matter.split('\n');
  for (let i = Math.min(reported.line - 1, lines.length - 1); i >= 1; i--) {
    const column = culprit((lines[i] ?? '').replace(/\r$/, ''));
    if (column !== undefined) return { line: i + 1, column, message: reported.message };
  }
  return reported;
}

function describeYamlError(e: YamlError): string {
  const reason = e.reason ?? e.message ?? 'unreadable YAML';
  if (e instanceof YamlTooLarge) return reason;
  if (reason.startsWith('duplicated mapping key')) return 'Duplicate field: this key appears twice in the frontmatter';
  if (reason.startsWith('nesting exceeded maxDepth')) return 'The frontmatter nests values more than 100 levels deep; Astro cannot read it';
  if (reason.startsWith('merge keys exceeded')) return 'The frontmatter merges keys (<<) more than 10,000 times; Astro cannot read it';
  return `The frontmatter is not valid YAML: ${reason}`;
}

/** 1-based line of a character offset, for callers that hold the whole text. */
export function lineOfOffset(text: string, offset: number): number {
  return countLines(text, offset);
}
