export type GitProblemCode =
  | 'git-missing'
  | 'not-a-repo'
  | 'dubious-ownership'
  | 'index-locked'
  | 'detached-head'
  | 'operation-in-progress'
  | 'hook-failed'
  | 'no-identity'
  | 'no-upstream'
  | 'auth-failed'
  | 'offline'
  | 'push-rejected'
  | 'diverged'
  | 'local-changes'
  | 'nothing-to-commit'
  | 'empty-message'
  | 'bad-path'
  | 'timeout'
  | 'conflict-unresolved'
  | 'unknown';

/** A git failure explained for a writer; `gitOutput` keeps git's own words for the details view. */
export class GitProblem extends Error {
  override readonly name = 'GitProblem';
  constructor(
    readonly code: GitProblemCode,
    message: string,
    readonly gitOutput: string,
  ) {
    super(message);
  }
}

export function isGitProblem(value: unknown): value is GitProblem {
  return value instanceof GitProblem;
}

interface Rule {
  code: GitProblemCode;
  test: RegExp;
  message: (output: string) => string;
}

// Order matters: the first match wins, and some outputs contain several of these phrases.
const rules: Rule[] = [
  {
    code: 'dubious-ownership',
    test: /detected dubious ownership/i,
    message: (output) =>
      'Git refuses to work in this folder because it belongs to another user account. ' +
      `If you trust it, mark it as safe (git config --global --add safe.directory ${/dubious ownership in repository at '([^']+)'/.exec(output)?.[1] ?? '<folder>'}) or fix the folder owner.`,
  },
  {
    code: 'not-a-repo',
    test: /not a git repository/i,
    message: () => 'This folder is not a git repository yet. Postdesk can set one up (git init).',
  },
  {
    code: 'index-locked',
    test: /index\.lock'?: File exists|Unable to create '.*\.lock'/i,
    message: () =>
      'Another git program is using this repository, or one stopped halfway and left a lock file (.git/index.lock). ' +
      'Close other git tools and try again; if no other git program is running, remove the lock file.',
  },
  {
    code: 'operation-in-progress',
    test: /(?:cannot do a partial commit during a (?:merge|rebase|cherry-pick))|You have not concluded your merge|rebase-merge directory|It seems that there is already a rebase|you need to resolve your current index first|You are in the middle of/i,
    message: () =>
      'A merge or rebase is still in progress in this repository. Finish it or abort it before committing or syncing.',
  },
  {
    code: 'no-identity',
    test: /Please tell me who you are|unable to auto-detect email address|empty ident name/i,
    message: () => 'Git does not know your name and email yet. Enter them once; they are saved in this repository.',
  },
  {
    code: 'auth-failed',
    test: /Authentication failed|could not read (?:Username|Password)|Permission denied \(publickey|Access denied|HTTP Basic|The requested URL returned error: 40[13]|Invalid username or password|terminal prompts disabled/i,
    message: () =>
      'The remote repository refused your credentials. Check that you are signed in to it (for example with a credential manager or an SSH key) and that you may push there.',
  },
  {
    code: 'offline',
    test: /Could not resolve host|Could not resolve hostname|Connection refused|Network is unreachable|Connection timed out|Failed to connect to|Operation timed out|No route to host|Temporary failure in name resolution|Could not connect to server/i,
    message: () => 'The remote repository cannot be reached (offline?). Your commits are kept locally; sync again when you are online.',
  },
  {
    code: 'no-upstream',
    test: /has no upstream branch|no tracking information|There is no tracking information|No remote repository specified|does not appear to be a git repository/i,
    message: () =>
      'This branch is not connected to a remote branch, so there is nowhere to pull from or push to. Set it up once with git (git push -u origin <branch>).',
  },
  {
    code: 'push-rejected',
    test: /\[rejected\]|failed to push some refs|Updates were rejected|non-fast-forward|fetch first/i,
    message: () => 'The remote has changes you do not have yet. Pull first, then push again.',
  },
  {
    code: 'diverged',
    test: /Not possible to fast-forward|have diverged|Need to specify how to reconcile divergent branches/i,
    message: () => 'Both your branch and the remote have new commits. Pull with rebase to combine them.',
  },
  {
    code: 'local-changes',
    test: /would be overwritten by|Please commit your changes or stash them|You have unstaged changes|cannot pull with rebase/i,
    message: () => 'Your uncommitted changes are in the way. Commit them (or put them aside) and try again.',
  },
  {
    code: 'nothing-to-commit',
    test: /nothing to commit|no changes added to commit|nothing added to commit/i,
    message: () => 'There is nothing to commit in the selected files: they are the same as in the last commit.',
  },
  {
    code: 'bad-path',
    test: /did not match any file\(s\) known to git|is outside repository|outside repository at/i,
    message: () => 'Some selected files are not part of this repository.',
  },
];

/** Turns git's output into a typed problem; `action` words the fallback ("commit", "push"). */
export function classifyGitFailure(output: string, _args: string[] = [], action?: string): GitProblem {
  for (const rule of rules) {
    if (rule.test.test(output)) return new GitProblem(rule.code, rule.message(output), output);
  }
  const firstLine = output.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? output.split('\n')[0] ?? '';
  return new GitProblem(
    'unknown',
    `Git could not ${action ?? 'complete the operation'}${firstLine ? `: ${firstLine.replace(/^(fatal|error):\s*/, '')}` : '.'}`,
    output,
  );
}
