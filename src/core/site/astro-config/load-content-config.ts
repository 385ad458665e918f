import path from 'node:path';
import type { Diagnostic } from '../../../shared/diagnostics';
import { bundleContentConfig, isConfigProblem, type ConfigBundle, type ConfigProblem } from './bundle-config';
import { collectionsOf, type AstroCollection, type UnreadCollection } from './config-collections';
import { dryRunConfig } from './config-dry-run';
import { evaluateConfigBundle, locateRuntimeError } from './evaluate-config';
import { findContentConfig } from './find-content-config';

export type { AstroCollection } from './config-collections';

export interface ContentConfig {
  /** Absolute path of the config, when the site has one. */
  configFile?: string;
  /** The bundle, kept so worker threads can evaluate the same code. */
  bundle?: ConfigBundle;
  /** Undefined when there is no config or it failed to load. */
  collections?: AstroCollection[];
  diagnostics: Diagnostic[];
}

function toDiagnostic(root: string, problem: ConfigProblem): Diagnostic {
  return {
    file: path.relative(root, problem.file).split(path.sep).join('/'),
    line: problem.line,
    column: problem.column,
    rule: 'config',
    severity: 'error',
    message: `The content config could not be loaded: ${problem.message}. Collections are opened as plain markdown folders, without their schema.`,
  };
}

/** Bundles that finished evaluating in a worker within the time limit. */
const proven = new Set<string>();

/** Finds, bundles, proves safe (in a worker, with a time limit) and evaluates the site's content config. */
export async function loadContentConfig(root: string, timeoutMs: number): Promise<ContentConfig> {
  const configFile = findContentConfig(root);
  if (!configFile) return { diagnostics: [] };
  const bundle = await bundleContentConfig(root, configFile);
  if (isConfigProblem(bundle)) return { configFile, diagnostics: [toDiagnostic(root, bundle)] };
  // The same code already ran to completion in this process: no need to prove it again.
  // Where no worker can start, the in-process evaluation below is still stopped by its vm timeout.
  const dry = proven.has(bundle.code) ? ({ ok: true } as const) : await dryRunConfig(bundle, configFile, timeoutMs);
  if (dry.ok === false) {
    const problem = dry.timedOut
      ? { file: configFile, line: 1, column: 1, message: dry.message }
      : locateRuntimeError(dry, bundle, root, configFile);
    return { configFile, diagnostics: [toDiagnostic(root, problem)] };
  }
  if (dry.ok === true) proven.add(bundle.code);
  try {
    const evaluated = evaluateConfigBundle(bundle, configFile, timeoutMs);
    if (!evaluated.hasCollectionsExport) {
      const problem = { file: configFile, line: 1, column: 1, message: 'it has no `export const collections = { … }`' };
      return { configFile, diagnostics: [{ ...toDiagnostic(root, problem), severity: 'warning' }] };
    }
    const unread: UnreadCollection[] = [];
    const collections = collectionsOf(root, evaluated, unread);
    const file = path.relative(root, configFile).split(path.sep).join('/');
    const diagnostics = unread.map(
      ({ name, reason }): Diagnostic => ({
        file, line: 1, column: 1, rule: 'config', severity: 'info',
        message: `The "${name}" collection's entries are not known (${reason}), so they are not listed, and references to them are not checked`,
      }),
    );
    return { configFile, bundle, collections, diagnostics };
  } catch (error) {
    return { configFile, diagnostics: [toDiagnostic(root, locateRuntimeError(error as Error, bundle, root, configFile))] };
  }
}

