import type { Workspace } from '../../core/app/workspace';
import { createDocumentService } from '../../core/documents/document-service';
import type { SiteModel } from '../../core/site/site-model';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { OpenSite } from '../contract/site-schemas';
import type { Handlers } from './router';

export function describeSite(site: SiteModel): OpenSite {
  return { info: site.info, entries: site.entries() };
}

export function siteHandlers(deps: { workspace: Workspace; settings: SettingsStore }) {
  const { workspace, settings } = deps;
  return {
    'site.open': async ({ path }) => describeSite(await workspace.open(path)),
    'site.entries': () => workspace.require().entries(),
    'site.validateAll': () => workspace.require().validateAll(),
    'site.forgetRecent': async ({ path }) => (await settings.forgetFolder(path)).recentFolders,
    'file.validate': ({ file, text }) => createDocumentService(workspace.require()).validate(file, text),
  } satisfies Partial<Handlers>;
}
