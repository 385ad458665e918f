import { statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { loadContentConfig, type ContentConfig } from './astro-config/load-content-config';
import { listCollectionFiles } from './collection-files';
import { analyzeFiles, type AnalyzeJob } from './analyze-files';
import { FileExistence } from './image-resolver';
import { LoadedSite } from './loaded-site';
import { readPageRoutes } from './page-routes';
import { readRedirects } from './redirects';
import { SiteIndex } from './site-index';
import type { AnalyzeSite } from './workers/analyze-worker-entry';
import { FileChecker } from './workers/file-checker';
import type { EntrySummary, SiteInfo } from '../../shared/site-model';
import type { SiteModel } from './site-model';
import { createSiteSpec, type SiteSpec } from './site-spec';

export interface LoadSiteOptions {
  /** Time limit for evaluating the site's content config (default 5 s). */
  timeoutMs?: number;
  /** Worker threads for the first index (default: by core count and site size; 0 = in this thread, also for later checks). */
  workers?: number;
  /** Time one file's analysis may take in a worker (default 5 s). */
  fileBudgetMs?: number;
}

/** Thrown when the root is not a readable folder. */
export class SiteRootError extends Error {}

/** A site before its entries are read: config, spec, an empty index, and the files to read. */
export interface PreparedSite {
  root: string;
  content: ContentConfig;
  spec: SiteSpec;
  info: SiteInfo;
  index: SiteIndex;
  jobs: AnalyzeJob[];
  /** The site as analysis workers load it; undefined: analysis on this thread (`workers: 0`). */
  workerSite: AnalyzeSite | undefined;
}

export interface BuiltSite {
  info: SiteInfo;
  index: SiteIndex;
  checker: FileChecker;
}

/** Counts loads, so worker threads know when a spec they hold is out of date. */
let loads = 0;

/** Evaluates the site's config, builds its spec and lists its entry files. */
export async function prepareSite(root: string, options: LoadSiteOptions = {}): Promise<PreparedSite> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const content = await loadContentConfig(root, timeoutMs);
  const { spec, diagnostics: cmsDiagnostics } = createSiteSpec(root, content.collections);
  const files = new FileExistence(root);
  const index = new SiteIndex(spec, readPageRoutes(root, spec.profile), readRedirects(root), files);
  const jobs = spec.collections.flatMap((collection, c) => listCollectionFiles(root, collection).map((file) => ({ file, c })));
  const workerSite: AnalyzeSite | undefined =
    options.workers === 0 ? undefined : { root, configFile: content.configFile, bundle: content.bundle, timeoutMs, load: ++loads };
  const diagnostics: Diagnostic[] = [...content.diagnostics, ...cmsDiagnostics];
  if (jobs.length === 0) {
    diagnostics.push({
      file: '.', line: 1, column: 1, rule: 'file', severity: 'warning',
      message: content.collections
        ? 'The content collections hold no entries yet'
        : 'No content found: no Astro content config, no CMS config and no markdown files in this folder',
    });
  }
  const info: SiteInfo = {
    root,
    name: spec.profile.siteName ?? path.basename(root),
    collections: spec.collections.map((c) => c.info),
    diagnostics,
  };
  if (spec.profile.siteUrl) info.siteUrl = spec.profile.siteUrl;
  if (spec.mediaFolder) info.mediaFolder = spec.mediaFolder;
  return { root, content, spec, info, index, jobs, workerSite };
}

/** Adds analyses to the index in file order (the order entries are listed in). */
export function fillIndex(index: SiteIndex, analyses: EntryAnalysis[]): void {
  analyses.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const entry of analyses) index.set(entry);
}

async function build(root: string, options: LoadSiteOptions): Promise<BuiltSite> {
  const site = await prepareSite(root, options);
  const analyzed = await analyzeFiles(site.spec, site.jobs, { site: site.workerSite, workers: options.workers, fileBudgetMs: options.fileBudgetMs });
  fillIndex(site.index, analyzed.files.map((f) => f.analysis));
  return { info: site.info, index: site.index, checker: new FileChecker(site.spec, site.workerSite, options.fileBudgetMs) };
}

/** The absolute root, or SiteRootError when it is not a readable folder. */
export function resolveSiteRoot(root: string): string {
  const absolute = path.resolve(root);
  try {
    if (!statSync(absolute).isDirectory()) throw new SiteRootError(`${root} is not a folder`);
  } catch (error) {
    if (error instanceof SiteRootError) throw error;
    throw new SiteRootError(`${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return absolute;
}

/**
 * Opens a content folder: the site's own collections and schemas, its CMS and theme
 * config, its routes, and every entry analyzed once and kept in memory.
 */
export async function loadSite(root: string, options: LoadSiteOptions = {}): Promise<SiteModel> {
  const absolute = resolveSiteRoot(root);
  return new LoadedSite(await build(absolute, options), () => build(absolute, options));
}

/** All entries of an opened site (the post list and its badges). */
export function listEntries(site: SiteModel): EntrySummary[] {
  return site.entries();
}
