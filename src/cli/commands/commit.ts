import fs from 'node:fs';
import path from 'node:path';
import { changedContentFiles, commitWithGate } from '../../core/documents/commit-gate';
import { formatDiagnostic } from '../../shared/diagnostics';
import { isGitProblem, type GitProblem } from '../../core/git';
import { loadSite } from '../../core/site/load-site';
import type { SiteModel } from '../../core/site/site-model';
import { isUserError } from '../../core/user-error';
import type { CliIo } from '../cli-io';

const USAGE = 'Usage: postdesk commit ROOT -m MESSAGE [FILE…]\n' + '  Validates the files (default: every changed content file) and commits only them.';

type Site = Pick<SiteModel, 'checkFile' | 'collectionFor' | 'dispose'>;

/** What the command needs from the rest of the core; tests may swap the site. */
export interface CommitDeps {
  openSite(root: string): Promise<Site>;
}

const defaultDeps: CommitDeps = { openSite: loadSite };

interface Parsed {
  root: string;
  message: string;
  files: string[];
}

function parseArgs(args: string[], cwd: string): Parsed | string {
  let message: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-m' || arg === '--message') {
      if (i + 1 >= args.length) return `${arg} needs a message`;
      message = args[++i]!;
    } else if (arg.startsWith('--message=')) message = arg.slice('--message='.length);
    else if (arg.startsWith('-m') && arg.length > 2) message = arg.slice(2);
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [root, ...files] = positional;
  if (!root) return 'missing ROOT';
  if (message === undefined || !message.trim()) return 'missing -m MESSAGE';
  const absRoot = path.resolve(cwd, root);
  // FILE is relative to ROOT (or absolute), as the usage says.
  return { root: absRoot, message, files: files.map((f) => path.resolve(absRoot, f)) };
}

function reportGitProblem(problem: GitProblem, io: CliIo): number {
  io.err(`postdesk commit: ${problem.message}`);
  // A file outside ROOT or an empty message is the caller's mistake, not git's.
  if (problem.code === 'bad-path' || problem.code === 'empty-message') return 2;
  const output = problem.gitOutput.trim();
  if (output) for (const line of output.split('\n')) io.err(`  git: ${line}`);
  return 3;
}

export async function run(args: string[], io: CliIo, deps: CommitDeps = defaultDeps): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(USAGE);
    return 0;
  }
  const parsed = parseArgs(args, io.cwd);
  if (typeof parsed === 'string') {
    io.err(`postdesk commit: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (!fs.existsSync(parsed.root)) {
    io.err(`postdesk commit: ${parsed.root} does not exist.`);
    return 2;
  }
  let site: Site | undefined;
  try {
    try {
      site = await deps.openSite(parsed.root);
    } catch (error) {
      if (!isUserError(error)) throw error;
      io.err(`postdesk commit: ${error.message}`);
      return 2;
    }
    let files = parsed.files;
    if (files.length === 0) {
      const changed = await changedContentFiles(parsed.root, site);
      files = changed.files;
      if (changed.isRepo && files.length === 0) {
        io.err('postdesk commit: no changed content files to commit.');
        return 3;
      }
    }
    const result = await commitWithGate(parsed.root, site, { files, message: parsed.message, confirmWarnings: true });
    if (result.status !== 'committed') {
      for (const d of result.diagnostics) io.out(formatDiagnostic(d));
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      io.err(`postdesk commit: nothing committed: ${errors} error${errors === 1 ? '' : 's'} must be fixed first.`);
      return 1;
    }
    for (const d of result.warnings) io.out(formatDiagnostic(d));
    io.out(`Committed ${result.commit.slice(0, 7)}: ${parsed.message.trim().split('\n')[0]} (${result.files.length} file${result.files.length === 1 ? '' : 's'})`);
    return 0;
  } catch (error) {
    if (isGitProblem(error)) return reportGitProblem(error, io);
    throw error;
  } finally {
    site?.dispose();
  }
}
