// Run by the crash test: schedules a draft like the app does while typing, says when the
// journal wrote it, then waits to be killed (it never flushes or exits on its own).
import { createDraftJournal } from '../draft-journal';

const [dataDir, root, file, text] = process.argv.slice(2) as [string, string, string, string];
const journal = createDraftJournal(dataDir, {
  debounceMs: 100,
  onWrite: () => process.stdout.write('written\n'),
});
journal.schedule(root, file, text, null);
setInterval(() => undefined, 60_000);
