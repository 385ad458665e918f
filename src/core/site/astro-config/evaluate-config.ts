import { SourceMap, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as zod from 'zod';
import type { ConfigBundle, ConfigProblem } from './bundle-config';

export const BUNDLE_FILENAME = 'postdesk-content-config.cjs';

/**
 * Source of a function that runs a bundled config (CommonJS) with Postdesk's zod and
 * returns its `collections` with every schema function called. The same text runs in the
 * dry-run worker (where no TypeScript is loaded) and in-process, so both behave alike.
 * Everything the config's code does, including its schema functions, runs inside one
 * vm script with a timeout, so a config that loops forever is stopped even in-process.
 */
export const runBundleSource = `
function runConfigBundle(code, configFile, zod, timeoutMs, vm, createRequire, path) {
  const siteRequire = createRequire(configFile);
  const image = () => {
    const schema = zod.z.string();
    schema._def.postdeskKind = 'image';
    return schema;
  };
  const box = {
    module: { exports: {} },
    require: (id) => (id === 'zod' || id === 'zod/v3' ? zod : siteRequire(id)),
    file: configFile,
    dir: path.dirname(configFile),
    collect(exported) {
      const collections = {};
      if (exported && typeof exported === 'object') {
        for (const [name, value] of Object.entries(exported)) {
          if (!value || typeof value !== 'object') continue;
          const schema = typeof value.schema === 'function' ? value.schema({ image }) : value.schema;
          collections[name] = { loader: value.loader, type: value.type, schema };
        }
      }
      return { hasCollectionsExport: !!exported, collections };
    },
    result: undefined,
  };
  globalThis.__postdeskConfig = box;
  try {
    vm.runInThisContext(
      '(function (exports, require, module, __filename, __dirname) {' + code + '\\n})' +
        '(__postdeskConfig.module.exports, __postdeskConfig.require, __postdeskConfig.module, __postdeskConfig.file, __postdeskConfig.dir);' +
        '__postdeskConfig.result = __postdeskConfig.collect(__postdeskConfig.module.exports.collections);',
      { filename: ${JSON.stringify(BUNDLE_FILENAME)}, timeout: timeoutMs },
    );
  } finally {
    delete globalThis.__postdeskConfig;
  }
  return box.result;
}
`;

export interface EvaluatedCollection {
  loader?: { postdeskLoader?: string; pattern?: string | string[]; base?: string; path?: string } | unknown;
  type?: string;
  schema?: unknown;
}

export interface EvaluatedConfig {
  hasCollectionsExport: boolean;
  collections: Record<string, EvaluatedCollection>;
}

type Runner = (
  code: string,
  configFile: string,
  z: unknown,
  timeoutMs: number,
  v: typeof vm,
  cr: typeof createRequire,
  p: typeof path,
) => EvaluatedConfig;

let runner: Runner | undefined;

function getRunner(): Runner {
  runner ??= vm.runInThisContext(`(${runBundleSource.trim().replace(/^function runConfigBundle/, 'function')})`) as Runner;
  return runner;
}

/**
 * Evaluates the bundle in this thread: after the worker dry run proved it terminates, or,
 * where no worker can be started, guarded by the vm timeout alone.
 */
export function evaluateConfigBundle(bundle: ConfigBundle, configFile: string, timeoutMs: number): EvaluatedConfig {
  return getRunner()(bundle.code, configFile, zod, timeoutMs, vm, createRequire, path);
}

/** Points a runtime error of the bundle at the site's own file and line, through the source map. */
export function locateRuntimeError(
  error: { message?: string; stack?: string },
  bundle: ConfigBundle,
  root: string,
  configFile: string,
): ConfigProblem {
  const message = error.message ?? 'the content config failed to load';
  const frame = new RegExp(`${BUNDLE_FILENAME.replace(/\./g, '\\.')}:(\\d+):(\\d+)`).exec(error.stack ?? '');
  if (frame) {
    try {
      const map = new SourceMap(JSON.parse(bundle.map) as ConstructorParameters<typeof SourceMap>[0]);
      const entry = map.findEntry(Number(frame[1]) - 1, Number(frame[2]) - 1) as {
        originalSource?: string;
        originalLine?: number;
        originalColumn?: number;
      };
      if (entry.originalSource && !entry.originalSource.startsWith('postdesk-shim:')) {
        const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
        return {
          file: path.resolve(root, source),
          line: (entry.originalLine ?? 0) + 1,
          column: (entry.originalColumn ?? 0) + 1,
          message,
        };
      }
    } catch {
      // A map that does not decode leaves the error on the config's first line.
    }
  }
  return { file: configFile, line: 1, column: 1, message };
}
