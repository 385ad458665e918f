import type { Diagnostic } from '../../shared/diagnostics';
import type { EntryListing } from '../../shared/site-model';

/** A link or image an entry uses, to be checked against the whole site. */
export interface LinkUse {
  kind: 'link' | 'image';
  url: string;
  line: number;
  column: number;
  /** Set when the URL is a frontmatter field's value. */
  field?: string;
  label?: string;
}

/** A value that must name another entry (Astro `reference()` or a CMS `relation`). */
export interface RelationUse {
  field: string;
  label: string;
  value: string;
  line: number;
  column: number;
  collection: string;
  /** `{{slug}}` for the entry id, else a frontmatter field of the target entries. */
  valueField: string;
  displayField: string;
}

/**
 * What one file yields on its own, without knowing the rest of the site. Plain data
 * (structured-clone safe), so worker threads can produce it.
 */
export interface EntryAnalysis extends EntryListing {
  data: Record<string, unknown>;
  /** Diagnostics of this file alone. */
  local: Diagnostic[];
  links: LinkUse[];
  relations: RelationUse[];
}
