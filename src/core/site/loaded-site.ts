import { existsSync } from 'node:fs';
import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../../shared/diagnostics';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { limitFindings, MAX_FILE_FINDINGS } from '../rules/limit-findings';
import { siteDiagnostics } from '../rules/site-rules';
import { collectionMatches } from './collection-files';
import { collectionsRoutedByData, isPageFile, readPageRoutes } from './page-routes';
import { readAndAnalyze } from './read-entry';
import { readRedirects } from './redirects';
import { describeRoutes, routeNotes } from './routes/route-report';
import type { BuiltSite } from './load-site';
import type { SiteIndex } from './site-index';
import type { CollectionInfo, EntrySummary, RouteInfo, SiteInfo } from '../../shared/site-model';
import type { SiteModel } from './site-model';
import type { SiteProfile } from './profiles/site-profile';
import type { CollectionSpec } from './site-spec';
import type { FileChecker } from './workers/file-checker';

/** Files whose change means the whole site model must be rebuilt. */
export const configFiles = /^(?:src\/content\.config\.|src\/content\/config\.|src\/config\.yaml$|public\/admin\/config\.ya?ml$|tsconfig\.json$|astro\.config\.)/;

export class LoadedSite implements SiteModel {
  info: SiteInfo;
  private index: SiteIndex;
  private checker: FileChecker;

  constructor(
    built: BuiltSite,
    private readonly reload: () => Promise<BuiltSite>,
  ) {
    this.info = built.info;
    this.index = built.index;
    this.checker = built.checker;
  }

  private relative(file: string): string {
    const rel = path.isAbsolute(file) ? path.relative(this.info.root, file) : file;
    return rel.split(path.sep).join('/').replace(/^\.\//, '');
  }

  private specFor(file: string): CollectionSpec | undefined {
    return this.index.spec.collections.find((c) => collectionMatches(c, file));
  }

  private diagnosticsOf(entry: EntryAnalysis): Diagnostic[] {
    return limitFindings(entry.file, [...entry.local, ...this.index.siteDiagnosticsOf(entry)].sort(compareDiagnostics));
  }

  private summarize(entry: EntryAnalysis): EntrySummary {
    const diagnostics = this.diagnosticsOf(entry);
    const summary: EntrySummary = {
      file: entry.file,
      collection: entry.collection,
      slug: entry.slug,
      title: entry.title,
      draft: entry.draft,
      tags: entry.tags,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    };
    if (entry.date) summary.date = entry.date;
    if (entry.category) summary.category = entry.category;
    if (entry.author) summary.author = entry.author;
    // A draft has an address (its relative links resolve against it) but no published page.
    const url = this.index.urlOf(entry.file);
    if (url && !entry.draft) summary.url = url;
    return summary;
  }

  /** Every entry's analysis, as indexed. */
  analyses(): IterableIterator<EntryAnalysis> {
    return this.index.entries.values();
  }

  entries(): EntrySummary[] {
    return [...this.index.entries.values()].map((e) => this.summarize(e));
  }

  entry(file: string): EntrySummary | undefined {
    const found = this.index.entries.get(this.relative(file));
    return found ? this.summarize(found) : undefined;
  }

  collectionFor(file: string): CollectionInfo | undefined {
    return this.specFor(this.relative(file))?.info;
  }

  validateFile(file: string, text?: string): Diagnostic[] {
    const rel = this.relative(file);
    const indexed = text === undefined ? this.index.entries.get(rel) : undefined;
    if (indexed) return this.diagnosticsOf(indexed);
    const spec = this.specFor(rel);
    // A file the index has not seen yet (refreshFile not called) is read from disk.
    if (!spec || (text === undefined && !existsSync(path.join(this.info.root, rel)))) return [];
    const entry = readAndAnalyze(this.index.spec, spec, rel, text);
    return limitFindings(rel, [...entry.local, ...siteDiagnostics(entry, this.index)].sort(compareDiagnostics));
  }

  async checkFile(file: string, text?: string): Promise<Diagnostic[]> {
    const rel = this.relative(file);
    const indexed = text === undefined ? this.index.entries.get(rel) : undefined;
    if (indexed) return this.diagnosticsOf(indexed);
    const spec = this.specFor(rel);
    if (!spec || (text === undefined && !existsSync(path.join(this.info.root, rel)))) return [];
    const index = this.index;
    const entry = await this.checker.analyze({ file: rel, c: index.spec.collections.indexOf(spec), ...(text === undefined ? {} : { text }) });
    return limitFindings(rel, [...entry.local, ...siteDiagnostics(entry, index)].sort(compareDiagnostics));
  }

  validateAll(): Diagnostic[] {
    const out = [...this.info.diagnostics, ...routeNotes(this.index.pageRoutes), ...this.index.dataNotes()];
    for (const entry of this.index.entries.values()) {
      const site = this.index.siteDiagnosticsOf(entry);
      out.push(...(entry.local.length + site.length > MAX_FILE_FINDINGS ? this.diagnosticsOf(entry) : [...entry.local, ...site]));
    }
    return out.sort(compareDiagnostics);
  }

  routes(): RouteInfo[] {
    return describeRoutes(this.index.pageRoutes);
  }

  profile(): SiteProfile {
    return this.index.spec.profile;
  }

  private async rebuild(): Promise<void> {
    const next = await this.reload();
    this.checker.dispose();
    this.info = next.info;
    this.index = next.index;
    this.checker = next.checker;
  }

  async refreshFile(file: string): Promise<void> {
    const rel = this.relative(file);
    if (configFiles.test(rel)) return this.rebuild();
    const spec = this.specFor(rel);
    if (!spec) {
      if (/^(?:\.|node_modules\/)|\/\./.test(rel)) return;
      if (isPageFile(rel)) {
        const pages = readPageRoutes(this.info.root, this.index.spec.profile);
        // A page now routing a collection by a field needs that collection's data, which only a new analysis keeps.
        const routed = collectionsRoutedByData(pages);
        const before = this.index.spec.routedByData;
        if (routed.size !== before.size || [...routed].some((c) => !before.has(c))) return this.rebuild();
        this.index.setPages(pages);
      }
      if (rel === 'public/_redirects') this.index.setRedirects(readRedirects(this.info.root));
      // An image, page or other file appeared or vanished: any entry's links and images may change.
      this.index.files.forget(rel);
      this.index.invalidateAll();
      return;
    }
    const index = this.index;
    if (existsSync(path.join(this.info.root, rel))) index.set(await this.checker.analyze({ file: rel, c: index.spec.collections.indexOf(spec) }));
    else index.delete(rel);
  }

  dispose(): void {
    this.checker.dispose();
    this.index.entries.clear();
  }
}
