import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionsOf, globToRegExp, isRecursive } from '../glob-pattern';
import type { ConfigBundle } from './bundle-config';
import { evaluateConfigBundle, type EvaluatedConfig } from './evaluate-config';
import { readInlineLoader } from './inline-loader';

/** A content collection as the site's Astro config declares it. */
export interface AstroCollection {
  name: string;
  /** Folder relative to the root, forward slashes. */
  folder: string;
  /** Patterns (relative to the folder) a file must match. */
  patterns: RegExp[];
  extensions: string[];
  recursive: boolean;
  /** The zod schema, when the collection has one. */
  schema?: unknown;
  /** For a `file()` loader: the data file, relative to the root. */
  dataFile?: string;
  /** For an inline loader read from its source: id -> entry data. */
  inlineEntries?: Record<string, Record<string, unknown>>;
}

/** A collection whose entries Postdesk cannot know, with why: reported once. */
export interface UnreadCollection {
  name: string;
  reason: string;
}

/** Evaluates an already proven bundle (worker threads of the index use this). */
export function collectionsFromBundle(root: string, configFile: string, bundle: ConfigBundle, timeoutMs: number): AstroCollection[] {
  return collectionsOf(root, evaluateConfigBundle(bundle, configFile, timeoutMs));
}

function toRelativeFolder(root: string, base: unknown): string {
  let value = base instanceof URL ? fileURLToPath(base) : String(base ?? '.');
  if (value.startsWith('file:')) value = fileURLToPath(value);
  const absolute = path.resolve(root, value);
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * The collections Postdesk can read; those whose loader it cannot (a custom or third-party
 * loader: its entries come from code) are named in `unread`, to be reported once.
 */
export function collectionsOf(root: string, evaluated: EvaluatedConfig, unread: UnreadCollection[] = []): AstroCollection[] {
  const out: AstroCollection[] = [];
  for (const [name, entry] of Object.entries(evaluated.collections)) {
    const loader = entry.loader as { postdeskLoader?: string; pattern?: unknown; base?: unknown; path?: unknown } | undefined;
    if (loader?.postdeskLoader === 'file') {
      const dataFile = toRelativeFolder(root, loader.path);
      out.push({ name, folder: path.posix.dirname(dataFile), patterns: [], extensions: [], recursive: false, schema: entry.schema, dataFile });
      continue;
    }
    if (loader?.postdeskLoader === 'glob') {
      const patterns = (Array.isArray(loader.pattern) ? loader.pattern : [loader.pattern]).filter(
        (p): p is string => typeof p === 'string',
      );
      const positive = patterns.filter((p) => !p.startsWith('!'));
      out.push({
        name,
        folder: toRelativeFolder(root, loader.base),
        patterns: positive.map(globToRegExp),
        extensions: [...new Set(positive.flatMap(extensionsOf))],
        recursive: positive.some(isRecursive),
        schema: entry.schema,
      });
      continue;
    }
    if (typeof loader === 'function') {
      const inline = readInlineLoader(loader);
      if (inline.status === 'read') {
        out.push({ name, folder: '', patterns: [], extensions: [], recursive: false, schema: entry.schema, inlineEntries: inline.entries });
      } else {
        unread.push({ name, reason: `its inline loader cannot be read without running it: ${inline.reason}` });
      }
      continue;
    }
    if (loader !== undefined) {
      unread.push({ name, reason: 'it uses a loader other than glob() or file(), whose entries come from code Postdesk does not run' });
      continue;
    }
    // Legacy (Astro 2-4) collections live in src/content/<name>.
    const isData = entry.type === 'data';
    const extensions = isData ? ['.json', '.yaml', '.yml'] : ['.md', '.mdx'];
    out.push({
      name,
      folder: toRelativeFolder(root, path.join('src/content', name)),
      patterns: [/^(?:.*\/)?[^_][^/]*$/],
      extensions,
      recursive: true,
      schema: entry.schema,
    });
  }
  return out;
}
