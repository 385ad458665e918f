import { execFile } from 'node:child_process';
import { GitProblem, classifyGitFailure } from './git-problem';

export interface GitResult {
  stdout: string;
  stderr: string;
}

export interface RunGitOptions {
  /** Extra environment (e.g. GIT_INDEX_FILE, GIT_OPTIONAL_LOCKS). */
  env?: Record<string, string>;
  /** Kill git after this long; local commands are fast, network ones get more. */
  timeoutMs?: number;
  /** Called with each chunk of stderr as it arrives (progress output). */
  onStderr?: (chunk: string) => void;
  /** Name of the operation, used in the writer-facing message when git fails. */
  action?: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The environment every git call gets: English messages (we match on them), never a
 * terminal prompt (there is no terminal in the app; a prompt would hang until the timeout),
 * and pathspecs taken literally (post file names may contain `*` or `[`).
 */
export function gitEnv(extra?: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_EDITOR: 'true',
    GIT_SEQUENCE_EDITOR: 'true',
    GIT_MERGE_AUTOEDIT: 'no',
    ...extra,
  };
}

/** Raw outcome of one git invocation: never throws for a non-zero exit. */
export interface GitOutcome extends GitResult {
  code: number;
  /** Set when git could not be started (ENOENT) or was killed by the timeout. */
  spawnError?: 'missing' | 'timeout';
}

export function execGit(cwd: string, args: string[], options: RunGitOptions = {}): Promise<GitOutcome> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        env: gitEnv(options.env),
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr, code: 0 });
        const err = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        if (err.code === 'ENOENT' && !stderr) return resolve({ stdout, stderr, code: -1, spawnError: 'missing' });
        if (err.killed) return resolve({ stdout, stderr, code: -1, spawnError: 'timeout' });
        resolve({ stdout, stderr, code: typeof err.code === 'number' ? err.code : 1 });
      },
    );
    if (options.onStderr) child.stderr?.on('data', (chunk: Buffer | string) => options.onStderr?.(String(chunk)));
  });
}

/** Runs git and throws a GitProblem (with a writer-facing message) when it fails. */
export async function runGit(cwd: string, args: string[], options: RunGitOptions = {}): Promise<GitResult> {
  const outcome = await execGit(cwd, args, options);
  if (outcome.code === 0) return outcome;
  throw problemFromOutcome(outcome, args, options.action);
}

export function problemFromOutcome(outcome: GitOutcome, args: string[], action?: string): GitProblem {
  if (outcome.spawnError === 'missing') {
    return new GitProblem(
      'git-missing',
      'Git is not installed (or not on the PATH). Install Git from https://git-scm.com and restart Postdesk.',
      '',
    );
  }
  if (outcome.spawnError === 'timeout') {
    return new GitProblem(
      'timeout',
      `Git took too long${action ? ` to ${action}` : ''} and was stopped. Nothing was changed; try again.`,
      outcome.stderr,
    );
  }
  return classifyGitFailure(`${outcome.stderr}\n${outcome.stdout}`.trim(), args, action);
}
