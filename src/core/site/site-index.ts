import type { Diagnostic } from '../../shared/diagnostics';
import type { EntryAnalysis } from '../rules/entry-analysis';
import { siteDiagnostics } from '../rules/site-rules';
import type { ImageVerdict, LinkVerdict, RelationTargets, SiteLookup } from '../rules/site-port';
import { readDataCollection, unreadableDataNote, type DataCollection } from './data-collection';
import { checkImage, FileExistence, type ImageContext } from './image-resolver';
import { checkLink, type LinkContext } from './link-resolver';
import type { PageRoutes } from './page-routes';
import type { Redirects } from './redirects';
import { buildRouteTable, type RouteTable } from './route-table';
import { hasEntryFiles, type CollectionSpec, type SiteSpec } from './site-spec';

/** What of an entry other entries depend on: its address, and its values when it is a relation target. */
function routeKey(entry: EntryAnalysis): string {
  return [entry.collection, entry.slug, entry.category ?? '', entry.date ?? '', entry.draft, entry.tags.join('\u0000')].join('\u0001');
}

/**
 * All entries in memory, with the site-wide lookups compiled from them (routes, relation
 * targets) and each entry's site-wide diagnostics cached until something they depend on changes.
 */
export class SiteIndex implements SiteLookup {
  readonly entries = new Map<string, EntryAnalysis>();
  readonly links: LinkContext;
  readonly images: ImageContext;
  private routeTable: RouteTable | undefined;
  private readonly relationCache = new Map<string, RelationTargets>();
  /** file() collections' data files as read, until any non-entry file changes. */
  private readonly dataCache = new Map<string, DataCollection>();
  private readonly siteCache = new Map<string, Diagnostic[]>();
  private readonly dataCollections: Set<string>;

  constructor(
    readonly spec: SiteSpec,
    private pages: PageRoutes,
    redirects: Redirects,
    readonly files: FileExistence,
  ) {
    const routes = (): RouteTable => this.routes;
    this.links = {
      get routes() {
        return routes();
      },
      redirects,
      siteHosts: spec.siteHosts,
      publicFile: (pathname) => pathname !== '/' && files.isFile(`public${pathname}`),
      verdicts: new Map(),
    };
    files.onChange.add(() => this.links.verdicts?.clear());
    this.images = { files, siteHosts: spec.siteHosts, mediaFolder: spec.mediaFolder, publicFolder: spec.cms?.publicFolder };
    this.dataCollections = new Set([...spec.relationTargets, ...spec.routedByData]);
  }

  get routes(): RouteTable {
    this.routeTable ??= buildRouteTable(this.spec, this.pages, this.entries.values());
    return this.routeTable;
  }

  get pageRoutes(): PageRoutes {
    return this.pages;
  }

  setPages(pages: PageRoutes): void {
    this.pages = pages;
    this.invalidateAll();
  }

  setRedirects(redirects: Redirects): void {
    (this.links as { redirects: Redirects }).redirects = redirects;
    this.invalidateAll();
  }

  set(entry: EntryAnalysis): void {
    const old = this.entries.get(entry.file);
    this.entries.set(entry.file, entry);
    this.changed(old, entry);
  }

  delete(file: string): void {
    const old = this.entries.get(file);
    if (!old) return;
    this.entries.delete(file);
    this.changed(old, undefined);
  }

  private changed(old: EntryAnalysis | undefined, next: EntryAnalysis | undefined): void {
    const target = this.dataCollections.has((old ?? next)?.collection ?? '');
    const sameShape = old && next && routeKey(old) === routeKey(next) && (!target || JSON.stringify(old.data) === JSON.stringify(next.data));
    if (sameShape) {
      this.siteCache.delete(next.file);
      return;
    }
    this.invalidateAll();
  }

  invalidateAll(): void {
    this.routeTable = undefined;
    this.links.verdicts?.clear();
    this.relationCache.clear();
    this.dataCache.clear();
    this.siteCache.clear();
  }

  checkLink(url: string, pageUrl: string | undefined): LinkVerdict {
    return checkLink(this.links, url, pageUrl);
  }

  checkImage(url: string, fromFile: string): ImageVerdict {
    return checkImage(this.images, url, fromFile);
  }

  urlOf(file: string): string | undefined {
    return this.routes.urlByFile.get(file);
  }

  relationTargets(collection: string, valueField: string, displayField: string): RelationTargets {
    const key = `${collection}\u0000${valueField}\u0000${displayField}`;
    const spec = this.spec.collections.find((c) => c.info.name === collection);
    if (spec && !hasEntryFiles(spec)) {
      // A change to the data file reaches refreshFile like any non-entry file: invalidateAll clears this.
      let targets = this.relationCache.get(key);
      if (!targets) this.relationCache.set(key, (targets = this.dataTargets(spec, valueField, displayField)));
      return targets;
    }
    let targets = this.relationCache.get(key);
    if (!targets) {
      targets = { exists: false, values: new Set(), byDisplay: new Map() };
      for (const entry of this.entries.values()) {
        if (entry.collection !== collection) continue;
        targets.exists = true;
        const value = valueField === '{{slug}}' ? entry.slug : entry.data[valueField];
        if (typeof value !== 'string') continue;
        targets.values.add(value);
        // The entry's title (title or name field) stands in when the display field is unknown.
        const display = entry.data[displayField] ?? entry.title;
        if (typeof display === 'string') targets.byDisplay.set(display.trim().toLowerCase(), value);
        targets.byDisplay.set(entry.slug.toLowerCase(), value);
      }
      targets.exists ||= this.spec.collections.some((c) => c.info.name === collection && hasEntryFiles(c));
      this.relationCache.set(key, targets);
    }
    return targets;
  }

  /** The entries of a `file()` collection (read from its data file as Astro reads it) or of an inline loader. */
  private dataTargets(spec: CollectionSpec, valueField: string, displayField: string): RelationTargets {
    const targets: RelationTargets = { exists: false, values: new Set(), byDisplay: new Map() };
    const data: DataCollection = spec.inlineEntries
      ? { status: 'read', items: new Map(Object.entries(spec.inlineEntries)) }
      : this.dataOf(spec.dataFile ?? '');
    if (data.status !== 'read') return targets;
    targets.exists = true;
    for (const [id, item] of data.items) {
      const value = valueField === '{{slug}}' ? id : item[valueField];
      if (typeof value !== 'string') continue;
      targets.values.add(value);
      const display = item[displayField] ?? item.name ?? item.title;
      if (typeof display === 'string') targets.byDisplay.set(display.trim().toLowerCase(), value);
    }
    return targets;
  }

  private dataOf(dataFile: string): DataCollection {
    let data = this.dataCache.get(dataFile);
    if (!data) this.dataCache.set(dataFile, (data = readDataCollection(this.spec.root, dataFile)));
    return data;
  }

  /** One note per file() collection whose data file cannot be read, for the whole-site Problems. */
  dataNotes(): Diagnostic[] {
    return this.spec.collections.flatMap((c) => {
      const note = c.dataFile ? unreadableDataNote(c, this.dataOf(c.dataFile)) : undefined;
      return note ? [note] : [];
    });
  }

  /** Site-wide diagnostics of an indexed entry (cached). */
  siteDiagnosticsOf(entry: EntryAnalysis): Diagnostic[] {
    let cached = this.siteCache.get(entry.file);
    if (!cached) {
      cached = siteDiagnostics(entry, this);
      this.siteCache.set(entry.file, cached);
    }
    return cached;
  }
}
