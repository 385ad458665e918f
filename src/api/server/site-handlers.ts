import type { Workspace } from '../../core/app/workspace';
import { createDocumentService } from '../../core/documents/document-service';
import type { SiteSession } from '../../core/site/site-session';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { OpenSite } from '../contract/site-schemas';
import type { Handlers } from './router';

export function describeSite(site: SiteSession): OpenSite {
  return { info: site.info, entries: site.entries(), checking: site.progress() };
}

export function siteHandlers(deps: { workspace: Workspace; settings: SettingsStore }) {
  const { workspace, settings } = deps;
  return {
    'site.open': async ({ path }) => describeSite(await workspace.open(path)),
    'site.entries': () => workspace.require().entries(),
    'site.search': async ({ query }) => {
      const result = await workspace.require().search(query);
      return { files: result.hits.map((hit) => hit.file), terms: result.terms, prefix: result.prefix };
    },
    'site.validateAll': async () => {
      // Problems of the whole site are known once every entry is checked (a large site checks in the background).
      const site = workspace.require();
      await site.whenIndexed();
      return site.validateAll();
    },
    'site.forgetRecent': async ({ path }) => (await settings.forgetFolder(path)).recentFolders,
    'file.validate': ({ file, text }) => createDocumentService(workspace.require()).validate(file, text),
  } satisfies Partial<Handlers>;
}
