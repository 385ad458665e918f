// Run by the crash test: keeps a draft like the app does on the first edit, says when the
// journal wrote it, then waits to be killed (it never flushes or exits on its own).
import { createDraftJournal } from '../draft-journal';

const [dataDir, root, file, text] = process.argv.slice(2) as [string, string, string, string];
const journal = createDraftJournal(dataDir, { onWrite: () => process.stdout.write('written\n') });
void journal.keep(root, file, text, null);
setInterval(() => undefined, 60_000);
