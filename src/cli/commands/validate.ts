import { existsSync } from 'node:fs';
import path from 'node:path';
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../../shared/diagnostics';
import { loadSite, SiteRootError } from '../../core/site/load-site';
import type { SiteModel } from '../../core/site/site-model';
import type { CliIo } from '../cli-io';

const USAGE =
  'Usage: postdesk validate ROOT [FILE…] [--format text|json]\n' +
  '  Checks the content of the site in ROOT with the site\'s own rules (its zod schemas, CMS\n' +
  '  config, routes, links and images). With FILEs, checks only those. Exit code 0 without\n' +
  '  errors, 1 with errors, 2 when ROOT cannot be read or the arguments are wrong.';

interface Options {
  root: string;
  files: string[];
  format: 'text' | 'json';
}

class ArgumentError extends Error {}

function parseArgs(args: string[]): Options {
  let format: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      format = args[++i];
      if (format === undefined) throw new ArgumentError('--format needs a value: text or json');
    } else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new ArgumentError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (format !== undefined && format !== 'text' && format !== 'json') {
    throw new ArgumentError(`--format must be text or json, not "${format}"`);
  }
  const [root, ...files] = positional;
  if (!root) throw new ArgumentError('ROOT is missing');
  return { root, files, format: (format ?? 'text') as 'text' | 'json' };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The given files as root-relative paths; each must exist and lie inside the root. */
function resolveFiles(files: string[], root: string, cwd: string): string[] {
  return files.map((file) => {
    const candidates = [path.resolve(cwd, file), path.resolve(root, file)];
    const found = candidates.find((c) => existsSync(c));
    if (!found) throw new ArgumentError(`${file} does not exist`);
    const rel = path.relative(root, found);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ArgumentError(`${file} is not inside ${root}`);
    return rel.split(path.sep).join('/');
  });
}

function collect(site: SiteModel, files: string[]): { diagnostics: Diagnostic[]; checked: number } {
  if (files.length === 0) return { diagnostics: site.validateAll(), checked: site.entries().length };
  const diagnostics = [...site.info.diagnostics];
  for (const file of files) diagnostics.push(...site.validateFile(file));
  return { diagnostics: diagnostics.sort(compareDiagnostics), checked: files.length };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    io.err(`postdesk validate: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const root = path.resolve(io.cwd, options.root);
  let site: SiteModel;
  try {
    site = await loadSite(root);
  } catch (error) {
    if (error instanceof SiteRootError) {
      io.err(`postdesk validate: ${error.message}`);
      return 2;
    }
    throw error;
  }
  try {
    let files: string[];
    try {
      files = resolveFiles(options.files, root, io.cwd);
    } catch (error) {
      io.err(`postdesk validate: ${(error as Error).message}`);
      return 2;
    }
    const { diagnostics, checked } = collect(site, files);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (options.format === 'json') {
      const entries = site.entries();
      io.out(
        JSON.stringify({
          root,
          collections: site.info.collections.map((c) => ({ name: c.name, files: entries.filter((e) => e.collection === c.name).length })),
          routes: site.routes(),
          diagnostics: diagnostics.map(({ file, line, column, rule, severity, message }) => ({ file, line, column, rule, severity, message })),
          summary: { files: checked, errors, warnings },
        }),
      );
    } else {
      for (const d of diagnostics) io.out(formatDiagnostic(d));
      const notes = diagnostics.length - errors - warnings;
      io.out(`${plural(checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notes ? `, ${plural(notes, 'note')}` : ''}`);
    }
    await flushStdout();
    return errors > 0 ? 1 : 0;
  } finally {
    site.dispose();
  }
}

/**
 * Waits until what was printed has reached stdout: a JSON report of a large site exceeds a
 * pipe's buffer, and an immediate process.exit() after returning would cut it short.
 */
function flushStdout(): Promise<void> {
  return new Promise((resolve) => {
    if (!process.stdout.writable) resolve();
    else process.stdout.write('', () => resolve());
  });
}
