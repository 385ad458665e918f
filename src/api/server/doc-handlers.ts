import type { Workspace } from '../../core/app/workspace';
import { altFromFileName, createPlannedFile, importImage, listMediaImages, planImageImport, planMonthlyUpdateForSite, planNewPostForSite } from '../../core/authoring';
import { createPastedImages } from '../../core/authoring/pasted-images';
import { createDocumentService, describeText } from '../../core/documents/document-service';
import { fieldValues, relationOptions, searchText } from '../../core/documents/site-queries';
import type { DraftJournal } from '../../core/drafts';
import { writeAreasOf } from '../../core/security/write-policy';
import type { SettingsStore } from '../../core/settings/settings-store';
import { UserError } from '../../core/user-error';
import type { Handlers } from './router';

export function docHandlers(deps: { workspace: Workspace; settings: SettingsStore; journal: DraftJournal; now?: () => Date }) {
  const { workspace, settings, journal } = deps;
  const now = deps.now ?? (() => new Date());
  const documents = () => createDocumentService(workspace.require());
  const pasted = createPastedImages();

  async function createAndOpen(plan: { file: string; text: string }) {
    const site = workspace.require();
    const file = createPlannedFile(writeAreasOf(site), plan);
    await site.refreshFile(file);
    return documents().open(file);
  }

  return {
    'doc.open': ({ file }) => documents().open(file),
    'doc.setField': ({ file, text, field, value }) => documents().setField(file, text, field, value),
    'doc.describe': ({ text }) => describeText(text),
    'doc.save': async ({ file, text, baseHash, overwrite }) => {
      const outcome = await documents().save(file, text, baseHash, overwrite);
      // Saved text no longer needs the journal; a refused save keeps its draft.
      if (outcome.status === 'saved') await journal.discard(workspace.require().info.root, file);
      return outcome;
    },
    'site.relationOptions': ({ collection, valueField, displayField }) => relationOptions(workspace.require(), collection, valueField, displayField),
    'site.fieldValues': ({ collection, field }) => fieldValues(workspace.require(), collection, field),
    'media.list': () => {
      const site = workspace.require();
      return listMediaImages(site.info.root, site.info.mediaFolder);
    },
    'media.import': async ({ post, name, dataBase64 }) => {
      const site = workspace.require();
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length === 0) throw new UserError('unsupported', `"${name}" is empty.`);
      const plan = planImageImport({ root: site.info.root, mediaFolder: site.info.mediaFolder, postFile: post, originalName: name, now: now() });
      const imported = importImage(writeAreasOf(site), plan, bytes);
      pasted.imported(writeAreasOf(site), imported.file);
      await site.refreshFile(imported.file);
      const alt = plan.alt || altFromFileName(imported.file);
      return { path: imported.file, ref: imported.markdownPath, markdown: imported.markdown, alt };
    },
    'media.discardImport': async ({ path }) => {
      const site = workspace.require();
      const removed = await pasted.discard(writeAreasOf(site), path, async (name) => (await searchText(site, name, 1)).length > 0);
      if (removed) await site.refreshFile(path);
      return { removed };
    },
    'media.restoreImport': async ({ path }) => {
      const site = workspace.require();
      const restored = pasted.restore(writeAreasOf(site), path);
      if (restored) await site.refreshFile(path);
      return { restored };
    },
    'post.create': ({ collection, title }) =>
      createAndOpen(planNewPostForSite(workspace.require(), { collection, title, now: now(), authorSlug: settings.get().authorSlug })),
    'post.createMonthlyUpdate': () => createAndOpen(planMonthlyUpdateForSite(workspace.require(), { now: now() })),
    'settings.setAuthor': async ({ slug }) => ({
      authorSlug: (await settings.update((s) => ({ ...s, authorSlug: slug ?? undefined }))).authorSlug ?? null,
    }),
  } satisfies Partial<Handlers>;
}
