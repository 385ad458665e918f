import { statSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { readSiteText } from '../../security/content-path';
import { SHIM_MODULES, astroShimSource } from './astro-shims';

export interface ConfigBundle {
  /** CommonJS code; `require('zod')` must be given Postdesk's zod. */
  code: string;
  /** Source map (JSON) to point runtime errors at the site's own file and line. */
  map: string;
}

export interface ConfigProblem {
  /** Absolute path of the file at fault. */
  file: string;
  line: number;
  column: number;
  message: string;
}

const shimFilter = new RegExp(`^(?:${SHIM_MODULES.map((m) => m.replace(/[/:]/g, '\\$&')).join('|')})$`);

/** `~/…`-style aliases from the site's tsconfig `paths`, resolved by esbuild itself so extensions are probed. */
function aliasPlugin(root: string): Plugin {
  const aliases = readPathAliases(root);
  return {
    name: 'postdesk-aliases',
    setup(b) {
      if (aliases.length === 0) return;
      b.onResolve({ filter: /.*/ }, async (args) => {
        for (const { prefix, target } of aliases) {
          if (!args.path.startsWith(prefix) || args.pluginData === 'alias') continue;
          const rel = target + args.path.slice(prefix.length);
          const result = await b.resolve('./' + rel, { resolveDir: root, kind: args.kind, pluginData: 'alias' });
          if (result.errors.length === 0) return { path: result.path };
        }
        return undefined;
      });
    },
  };
}

function readPathAliases(root: string): Array<{ prefix: string; target: string }> {
  try {
    const raw = readSiteText(root, 'tsconfig.json');
    if (raw === undefined) return [];
    const json = JSON.parse(raw.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1')) as {
      compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> };
    };
    const base = json.compilerOptions?.baseUrl ?? '.';
    return Object.entries(json.compilerOptions?.paths ?? {}).flatMap(([key, targets]) => {
      const target = targets[0];
      if (!target) return [];
      return [{ prefix: key.replace(/\*$/, ''), target: path.posix.join(base, target.replace(/\*$/, '')) }];
    });
  } catch {
    return [];
  }
}

const shimPlugin: Plugin = {
  name: 'postdesk-astro-shims',
  setup(b) {
    b.onResolve({ filter: shimFilter }, (args) => ({ path: args.path, namespace: 'postdesk-shim' }));
    b.onLoad({ filter: /.*/, namespace: 'postdesk-shim' }, () => ({ contents: astroShimSource, loader: 'js' }));
    // Zod stays external: the evaluator hands over Postdesk's own zod 3, so schemas are introspectable.
    b.onResolve({ filter: /^zod(?:\/v3)?$/ }, () => ({ path: 'zod', external: true }));
  },
};

interface CachedBundle {
  bundle: ConfigBundle;
  /** Every file that went into the bundle, with its mtime and size then. */
  inputs: Array<[string, number, number]>;
}

/** Reopening a site (or its index workers) reuses the bundle while none of its files changed. */
const cache = new Map<string, CachedBundle>();

function unchanged(entry: CachedBundle): boolean {
  return entry.inputs.every(([file, mtime, size]) => {
    try {
      const stat = statSync(file);
      return stat.mtimeMs === mtime && stat.size === size;
    } catch {
      return false;
    }
  });
}

/** Bundles a content config into one CommonJS script, or says where it fails to build. */
export async function bundleContentConfig(root: string, configFile: string): Promise<ConfigBundle | ConfigProblem> {
  const cached = cache.get(configFile);
  if (cached && unchanged(cached)) return cached.bundle;
  try {
    const result = await build({
      entryPoints: [configFile],
      absWorkingDir: root,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      outfile: path.join(root, 'postdesk-content-config.cjs'),
      sourcemap: 'external',
      sourcesContent: false,
      logLevel: 'silent',
      tsconfigRaw: '{}',
      metafile: true,
      plugins: [shimPlugin, aliasPlugin(root)],
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.cjs'));
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
    const bundle = { code: js?.text ?? '', map: map?.text ?? '{}' };
    const inputs = Object.keys(result.metafile.inputs)
      .filter((input) => !input.includes(':'))
      .map((input): [string, number, number] => {
        const file = path.resolve(root, input);
        const stat = statSync(file);
        return [file, stat.mtimeMs, stat.size];
      });
    cache.set(configFile, { bundle, inputs });
    return bundle;
  } catch (error) {
    const first = (error as { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } | null }> })
      .errors?.[0];
    const location = first?.location;
    return {
      file: location ? path.resolve(root, location.file) : configFile,
      line: location?.line ?? 1,
      column: (location?.column ?? 0) + 1,
      message: first?.text ?? String(error),
    };
  }
}

export function isConfigProblem(value: ConfigBundle | ConfigProblem): value is ConfigProblem {
  return 'message' in value;
}
