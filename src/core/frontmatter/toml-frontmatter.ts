import { parse, TomlError } from 'smol-toml';
import { detach } from '../markdown-scan/detach';
import type { ParsedFrontmatter } from './parse-frontmatter';

/**
 * TOML frontmatter between `+++` lines, which Astro 5 reads too (with smol-toml, as here).
 * Postdesk validates such posts but does not edit them: its form and its saves write YAML.
 */
export function isTomlFrontmatter(text: string): boolean {
  return text.startsWith('+++') && text.charAt(3) !== '+';
}

function lineCount(text: string, end: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Splits and parses a `+++` block the way Astro does; a file without the closing `+++` is a problem on line 1. */
export function parseTomlFrontmatter(text: string): ParsedFrontmatter {
  const closeAt = text.indexOf('\n+++', 3);
  if (closeAt === -1) {
    return {
      hasFrontmatter: true, data: {}, matter: text.slice(3), body: '', bodyOffset: text.length, bodyLine: lineCount(text, text.length),
      problem: { line: 1, column: 1, message: 'The TOML frontmatter is not closed: add a line with +++ after the last field' },
    };
  }
  let bodyOffset = closeAt + 4;
  if (text[bodyOffset] === '\r') bodyOffset++;
  if (text[bodyOffset] === '\n') bodyOffset++;
  const matter = detach(text.slice(3, closeAt));
  const base = { hasFrontmatter: true, matter, body: text.slice(bodyOffset), bodyOffset, bodyLine: lineCount(text, bodyOffset) };
  try {
    return { ...base, data: parse(matter) as Record<string, unknown> };
  } catch (error) {
    const e = error instanceof TomlError ? error : undefined;
    const reason = (e?.message ?? String(error)).split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'unreadable TOML';
    // The matter starts with the newline after `+++`: its line 1 is the file's line 1.
    return { ...base, data: {}, problem: { line: e?.line ?? 1, column: e?.column ?? 1, message: `The frontmatter is not valid TOML: ${reason}` } };
  }
}
