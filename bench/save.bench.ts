import fs from 'node:fs';
import path from 'node:path';
import { openDocument } from '../src/core/files/open-document';
import { saveDocument } from '../src/core/files/save-document';
import { createDraftJournal } from '../src/core/drafts/draft-journal';
import { parseDateInput, setField } from '../src/core/roundtrip';
import type { BenchContext } from './context';
import { median, round } from './stats';


function timeSync(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Cost of the save path for one post: a form edit, an unchanged save, a draft write. */
export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const postDir = path.join(ctx.fixtureRoot, 'src/data/post');
  const texts = fs.readdirSync(postDir).map((f) => fs.readFileSync(path.join(postDir, f), 'utf8'));
  const date = parseDateInput('2026-01-20T01:55:25Z')!;

  const edit = texts.map((t) => timeSync(() => setField(setField(setField(t, 'title', 'A: "new" title'), 'draft', true), 'publishDate', date)));

  const dir = fs.mkdtempSync(path.join(ctx.tmpDir, 'save-bench-'));
  const file = path.join(dir, 'post.md');
  fs.writeFileSync(file, texts[0]!);
  const saves: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const doc = await openDocument(file);
    const result = await saveDocument(file, setField(doc.text, 'draft', i % 2 === 0), doc.hash);
    if (!result.ok) throw new Error(result.message);
    saves.push(performance.now() - t0);
  }

  const journal = createDraftJournal(path.join(dir, 'data'));
  const drafts: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await journal.keep(dir, 'post.md', texts[0]! + i, null);
    drafts.push(performance.now() - t0);
  }
  await journal.dispose();
  ctx.log(`save: ${texts.length} posts edited, 50 open+save cycles, 50 draft writes`);
  return {
    // A frontmatter edit of 3 fields; open + atomic save with fsync; one draft journal write.
    field_edit_ms: round(median(edit)),
    field_edit_max_ms: round(Math.max(...edit)),
    save_ms: round(median(saves)),
    draft_write_ms: round(median(drafts)),
  };
}
