import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

/**
 * remark-parse with remark-gfm (what Astro runs), registering only the GFM constructs the
 * text can set off. Two constructs cost more than all of CommonMark on a typical post
 * without ever matching there: the table, tried on every line and scanning it for a pipe,
 * and the email autolink, tried on every letter and digit (which also splits every run of
 * text into one-character attempts). A construct that cannot match leaves micromark's
 * output unchanged, so the tree is the one full GFM gives; the tests compare both.
 */

type Extension = ReturnType<typeof gfm>;
type Construct = { name?: string };

/** A construct, by its micromark name, and the text without which it never matches. */
const OPTIONAL_CONSTRUCTS: readonly { name: string; needs: RegExp }[] = [
  // A table row, delimiter row included, holds a pipe.
  { name: 'table', needs: /\|/ },
  { name: 'emailAutolink', needs: /@/ },
  { name: 'wwwAutolink', needs: /www\./i },
  { name: 'protocolAutolink', needs: /https?:\/\//i },
];

const fullGfm = gfm();
const mdastExtensions = [gfmFromMarkdown()];
const variants = new Map<string, Extension>();

function withoutConstructs(extension: Extension, names: ReadonlySet<string>): Extension {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(extension)) {
    if (field === 'disable' || typeof value !== 'object' || value === null) {
      out[field] = value;
      continue;
    }
    const map: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(value as Record<string, unknown>)) {
      if (!Array.isArray(constructs)) {
        map[code] = constructs;
        continue;
      }
      const kept = (constructs as Construct[]).filter((construct) => !names.has(construct.name ?? ''));
      if (kept.length > 0) map[code] = kept;
    }
    out[field] = map;
  }
  return out as Extension;
}

/** The GFM extension for `markdown`: the names of the constructs left out (sorted), and the extension. */
export function gfmFor(markdown: string): { omitted: string[]; extension: Extension } {
  const omitted = OPTIONAL_CONSTRUCTS.filter((construct) => !construct.needs.test(markdown)).map((construct) => construct.name);
  const key = omitted.join(',');
  let extension = variants.get(key);
  if (!extension) {
    extension = omitted.length === 0 ? fullGfm : withoutConstructs(fullGfm, new Set(omitted));
    variants.set(key, extension);
  }
  return { omitted, extension };
}

/** The mdast remark-parse with remark-gfm gives for `markdown`. */
export function parseGfmMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfmFor(markdown).extension], mdastExtensions });
}
