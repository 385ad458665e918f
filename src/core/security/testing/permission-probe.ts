/**
 * Test support, run as a normal user by the permission tests: opens a post of a site the way
 * doc.open does, tries to save new text the way doc.save does, and prints what happened.
 * Usage: permission-probe.ts ROOT FILE NEW_TEXT
 */
import { createDocumentService } from '../../documents/document-service';
import { loadSite } from '../../site/load-site';
import { isUserError } from '../../user-error';

const [root, file, text] = process.argv.slice(2);
if (!root || !file || text === undefined) {
  console.error('usage: permission-probe.ts ROOT FILE NEW_TEXT');
  process.exit(2);
}
const site = await loadSite(root, { workers: 0 });
const documents = createDocumentService(site);
const opened = await documents.open(file);
let saved: { ok: boolean; code?: string; message?: string };
try {
  await documents.save(file, text, opened.hash, false);
  saved = { ok: true };
} catch (error) {
  saved = { ok: false, code: isUserError(error) ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) };
}
console.log(JSON.stringify({ uid: process.getuid?.(), readOnly: opened.readOnly, reason: opened.readOnlyReason ?? null, saved }));
site.dispose();
