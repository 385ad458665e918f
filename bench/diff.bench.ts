import { diffTexts } from '../src/core/git/word-diff';
import { diffSequences } from '../src/core/git/sequence-diff';
import type { BenchContext } from './context';
import { median, round } from './stats';

/** A post of `paragraphs` lines of prose behind a frontmatter, the shape the Changes panel diffs. */
function post(paragraphs: number, variant = ''): string {
  const lines = ['---', 'title: A long post', 'publishDate: 2026-01-20', 'draft: false', '---', ''];
  for (let i = 0; i < paragraphs; i++) {
    lines.push(`Paragraph ${i}${variant}: the committee met on Tuesday and agreed the release plan, the docs and the next steps for contributors.`, '');
  }
  return lines.join('\n');
}

/** Changes a word on every `every`-th paragraph, the way a writer's revision does. */
function revise(text: string, every: number): string {
  let n = 0;
  return text
    .split('\n')
    .map((line) => (line.startsWith('Paragraph') && n++ % every === 0 ? line.replace('Tuesday', 'Wednesday evening') : line))
    .join('\n');
}

function timeMedian(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * The Changes panel's diff (lines, then words inside replaced lines) and the merge's line
 * refinement, on texts the size of a long post: what the diff library costs the writer.
 */
export async function run(_ctx: BenchContext): Promise<Record<string, number>> {
  // ~1 MB: 7,000 paragraphs of ~140 characters.
  const long = post(7000);
  const revised = revise(long, 100);
  const rewritten = post(2000, ' (rewritten)');
  const base = post(2000);
  const lines = (t: string) => t.split('\n');
  return {
    diff_long_post_ms: round(timeMedian(9, () => diffTexts(long, revised))),
    diff_rewritten_post_ms: round(timeMedian(5, () => diffTexts(base, rewritten))),
    diff_lines_only_ms: round(timeMedian(9, () => diffSequences(lines(long), lines(revised)))),
  };
}
