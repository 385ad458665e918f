import type { Workspace } from '../../core/app/workspace';
import { createDocumentService } from '../../core/documents/document-service';
import type { DraftJournal, RestorableDraft } from '../../core/drafts';
import type { Handlers } from './router';

function describe(draft: RestorableDraft): string {
  if (draft.diskMissing) return 'The file is no longer on disk; this is all of its text.';
  const parts = [];
  if (draft.diff.added) parts.push(`${draft.diff.added} ${draft.diff.added === 1 ? 'line' : 'lines'} added or changed`);
  if (draft.diff.removed) parts.push(`${draft.diff.removed} removed`);
  const what = parts.length ? parts.join(', ') : 'no line-level differences';
  return draft.diskChanged ? `${what}; the file also changed on disk since.` : `${what}.`;
}

export function draftHandlers(deps: { workspace: Workspace; journal: DraftJournal }) {
  const { workspace, journal } = deps;
  return {
    // Written before answering, so a failure (a full disk) reaches the writer instead of a success.
    'doc.keepDraft': async ({ file, text, baseHash, edits }) => {
      let kept = text;
      for (const { field, value } of edits ?? []) {
        try {
          kept = createDocumentService(workspace.require()).setField(file, kept, field, value).text;
        } catch {
          // An edit the form could not have made either: the text keeps what was applied.
        }
      }
      await journal.keep(workspace.require().info.root, file, kept, baseHash);
      return {};
    },
    'doc.discardDraft': async ({ file }) => {
      await journal.discard(workspace.require().info.root, file);
      return {};
    },
    'drafts.list': async () => {
      const drafts = await journal.list(workspace.require().info.root);
      return drafts.map((d) => ({ file: d.file, savedAt: d.savedAt, text: d.text, baseHash: d.baseHash, summary: describe(d) }));
    },
  } satisfies Partial<Handlers>;
}
