import type { Diagnostic } from '../../shared/diagnostics';
import type { CollectionInfo, EntrySummary, RouteInfo, SiteInfo } from '../../shared/site-model';
import type { SiteProfile } from './profiles/site-profile';

/**
 * The opened content folder as every other part of the core sees it: the data model (in
 * src/shared) with the site's lookups and checks. Built by `loadSite`, consumed by validation,
 * saving, preview, git and the hosts.
 */
export interface SiteModel {
  readonly info: SiteInfo;
  /** All entries, any order. */
  entries(): EntrySummary[];
  entry(file: string): EntrySummary | undefined;
  /** The collection a root-relative or absolute path belongs to. */
  collectionFor(file: string): CollectionInfo | undefined;
  /** Diagnostics of one file; with `text`, validates that unsaved text instead of the file on disk. */
  validateFile(file: string, text?: string): Diagnostic[];
  /**
   * The same diagnostics, with the file analyzed in a worker thread under a time budget: what
   * the app's calls use, so that no post, however hostile, holds up the app.
   */
  checkFile(file: string, text?: string): Promise<Diagnostic[]>;
  /** Diagnostics of every entry and of the site itself. */
  validateAll(): Diagnostic[];
  /** How the paths of each dynamic page are known. */
  routes(): RouteInfo[];
  /** What the site's theme decides (its routes, its post header), or Astro's conventions. */
  profile(): SiteProfile;
  /** Re-read one file after it changed, was added or removed on disk. */
  refreshFile(file: string): Promise<void>;
  dispose(): void;
}
