import { mergeSeparateEdits } from './line-refine';
import { mergeFileLines } from './merge-file';

export type MergeSegment = { kind: 'text'; lines: string[] } | { kind: 'conflict'; base: string[]; mine: string[]; theirs: string[] };

type Unit = { kind: 'line'; text: string } | { kind: 'conflict'; base: string[]; mine: string[]; theirs: string[] };

const isBlank = (line: string) => line.trim() === '';

/**
 * Merges markdown line by line with `git merge-file`, then applies edits git refused only
 * because they were neighbours, then widens what still conflicts to whole blocks (paragraphs,
 * lists, tables: the lines between blank lines), so "mine", "theirs" and "both" are whole blocks.
 */
export async function mergeBlocks(base: string[], mine: string[], theirs: string[]): Promise<MergeSegment[]> {
  const units: Unit[] = [];
  for (const hunk of await mergeFileLines(base, mine, theirs)) {
    if (hunk.kind === 'clean') {
      for (const text of hunk.lines) units.push({ kind: 'line', text });
      continue;
    }
    const merged = mergeSeparateEdits(hunk.base, hunk.mine, hunk.theirs);
    if (merged) for (const text of merged) units.push({ kind: 'line', text });
    else units.push(hunk);
  }
  return widenToBlocks(units);
}

const sides = (u: Extract<Unit, { kind: 'conflict' }>) => [u.base, u.mine, u.theirs];

/** The unit's first (or last) line is text, on at least one side: it is part of a block there. */
function edgeInBlock(unit: Unit, edge: 'first' | 'last'): boolean {
  if (unit.kind === 'line') return !isBlank(unit.text);
  return sides(unit).some((lines) => {
    const line = edge === 'first' ? lines[0] : lines[lines.length - 1];
    return line !== undefined && !isBlank(line);
  });
}

function widenToBlocks(units: Unit[]): MergeSegment[] {
  const segments: MergeSegment[] = [];
  let text: string[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i]!;
    if (unit.kind === 'line') {
      text.push(unit.text);
      i++;
      continue;
    }
    // Lines of the same block around the conflict move into it, on every side alike.
    let start = i;
    while (text.length > 0 && edgeInBlock(units[start]!, 'first') && edgeInBlock(units[start - 1]!, 'last')) {
      start--;
      text.pop();
    }
    let end = i + 1;
    while (end < units.length && edgeInBlock(units[end - 1]!, 'last') && edgeInBlock(units[end]!, 'first')) end++;
    if (text.length) segments.push({ kind: 'text', lines: text });
    text = [];
    const conflict = { kind: 'conflict' as const, base: [] as string[], mine: [] as string[], theirs: [] as string[] };
    for (const u of units.slice(start, end)) {
      if (u.kind === 'line') {
        conflict.base.push(u.text);
        conflict.mine.push(u.text);
        conflict.theirs.push(u.text);
      } else {
        conflict.base.push(...u.base);
        conflict.mine.push(...u.mine);
        conflict.theirs.push(...u.theirs);
      }
    }
    segments.push(conflict);
    i = end;
  }
  if (text.length) segments.push({ kind: 'text', lines: text });
  return segments;
}
