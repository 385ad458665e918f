/** Reads frontmatter values exactly as Astro 5 does (js-yaml 4), plus where each field sits. */
import { YAMLException } from 'js-yaml';
import { loadYaml } from '../frontmatter/load-yaml';
import { isScalar, type Scalar } from 'yaml';
import { toPath, type FieldPath } from './field-value';
import { isYamlFence, splitFrontmatter } from '../../shared/frontmatter-bounds';
import { parseFrontmatter } from '../frontmatter/parse-frontmatter';
import { frontmatterText, lineNumberAt, parseSource } from './split-source';
import { columnOf, locate, parseYamlSource } from './yaml-source';

export interface ReadFieldsResult {
  data: Record<string, unknown>;
  hasFrontmatter: boolean;
  /** The YAML does not parse: where and why (1-based line and column in the whole file). */
  error?: { message: string; line: number; column: number };
}

/** Why the frontmatter cannot be read as fields (no closing line, a language other than YAML), if so. */
export function unreadableFence(text: string): ReadFieldsResult['error'] {
  const bounds = splitFrontmatter(text);
  if (bounds.state === 'unclosed') {
    return { message: 'The frontmatter is not closed: add a line with --- after the last field.', line: 1, column: 1 };
  }
  if (bounds.state === 'closed' && !isYamlFence(bounds)) {
    return {
      message: `The frontmatter is marked "---${bounds.language}": only YAML frontmatter is read (as the site does), and its text is never run.`,
      line: 1,
      column: 4,
    };
  }
  return undefined;
}

export function readFields(text: string): ReadFieldsResult {
  const fence = unreadableFence(text);
  if (fence) return { data: {}, hasFrontmatter: true, error: fence };
  const parts = parseSource(text);
  if (!parts.hasFrontmatter) return { data: {}, hasFrontmatter: false };
  const firstLine = lineNumberAt(text, parts.frontmatter.start);
  try {
    const data = loadYaml(frontmatterText(text, parts));
    if (data === undefined || data === null) return { data: {}, hasFrontmatter: true };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, hasFrontmatter: true, error: { message: 'The frontmatter is not a list of fields (key: value).', line: firstLine, column: 1 } };
    }
    return { data: data as Record<string, unknown>, hasFrontmatter: true };
  } catch (e) {
    // The validator's reading names the line the writer must fix (js-yaml reports some late).
    const problem = parseFrontmatter(text).problem;
    if (problem) return { data: {}, hasFrontmatter: true, error: problem };
    const mark = e instanceof YAMLException ? e.mark : undefined;
    const message = e instanceof YAMLException ? e.reason : String(e);
    return { data: {}, hasFrontmatter: true, error: { message, line: firstLine + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 } };
  }
}

/** 1-based line and column of a field's key in the whole file, if present. */
export function locateField(text: string, path: FieldPath): { line: number; column: number } | undefined {
  const parts = parseSource(text);
  if (!parts.hasFrontmatter) return undefined;
  try {
    const yaml = frontmatterText(text, parts);
    const pair = locate(parseYamlSource(yaml).doc, toPath(path)).pair;
    const key = pair?.key;
    if (!isScalar(key) || !(key as Scalar).range) return undefined;
    const offset = (key as Scalar).range![0];
    return { line: lineNumberAt(text, parts.frontmatter.start + offset), column: columnOf(yaml, offset) + 1 };
  } catch {
    return undefined;
  }
}
