import type { Diagnostic } from '../../shared/diagnostics';

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
export interface EntryAnalysis {
  file: string;
  collection: string;
  /** Entry id as Astro's glob() loader makes it: the path below the collection's folder, slugified (or the `slug` field). */
  slug: string;
  data: Record<string, unknown>;
  title: string;
  date?: string;
  draft: boolean;
  category?: string;
  author?: string;
  tags: string[];
  /** Diagnostics of this file alone. */
  local: Diagnostic[];
  links: LinkUse[];
  relations: RelationUse[];
}
