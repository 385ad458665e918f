import fs from 'node:fs/promises';
import path from 'node:path';
import { requireRepo } from './repo-info';

/** Marks hooks Postdesk wrote, so it updates its own and never overwrites anyone else's. */
export const HOOK_MARKER = '# postdesk-pre-commit-hook';

export type HookInstallResult =
  | { status: 'installed' | 'updated'; path: string }
  /** A hook that Postdesk did not write is already there: it was left alone. */
  | { status: 'existing-hook'; path: string; message: string };

/** Single-quoted for sh: the only character to escape is the quote itself. */
function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function hookScript(prefix: string): string {
  const pathspec = prefix ? prefix.replace(/\/$/, '') : '.';
  return `#!/bin/sh
${HOOK_MARKER}
# Installed by Postdesk: checks the content files of each commit with the site's own rules
# (postdesk validate), so commits made outside Postdesk are checked too.
# Delete this file to turn the check off.
top=$(git rev-parse --show-toplevel) || exit 1
set --
while IFS= read -r f; do
  case "$f" in
    *.md|*.mdx|*.markdown) set -- "$@" "$top/$f" ;;
  esac
done <<POSTDESK_FILES
$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- ${shQuote(pathspec)})
POSTDESK_FILES
[ "$#" -eq 0 ] && exit 0
# A postdesk on the PATH first; npx finds one installed in the site's own node_modules.
if command -v postdesk >/dev/null 2>&1; then
  exec postdesk validate "$top"/${shQuote(prefix)} "$@"
fi
exec npx --no postdesk validate "$top"/${shQuote(prefix)} "$@"
`;
}

/**
 * Writes the repository's pre-commit hook. The hook gets the files as they are in the working
 * tree, which is what Postdesk commits (`commit --only`) and what `git commit -a` commits.
 */
export async function installPreCommitHook(root: string): Promise<HookInstallResult> {
  const info = await requireRepo(root);
  const hookPath = path.join(info.hooksDir, 'pre-commit');
  let existing: string | null = null;
  try {
    existing = await fs.readFile(hookPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing !== null && !existing.includes(HOOK_MARKER)) {
    return {
      status: 'existing-hook',
      path: hookPath,
      message: `This repository already has its own pre-commit hook (${hookPath}). Postdesk left it unchanged; add "npx postdesk validate" to it yourself if you want both.`,
    };
  }
  await fs.mkdir(info.hooksDir, { recursive: true });
  await fs.writeFile(hookPath, hookScript(info.prefix), { mode: 0o755 });
  await fs.chmod(hookPath, 0o755);
  return { status: existing === null ? 'installed' : 'updated', path: hookPath };
}

/** Removes the hook if (and only if) Postdesk wrote it. */
export async function removePreCommitHook(root: string): Promise<boolean> {
  const info = await requireRepo(root);
  const hookPath = path.join(info.hooksDir, 'pre-commit');
  try {
    if (!(await fs.readFile(hookPath, 'utf8')).includes(HOOK_MARKER)) return false;
    await fs.unlink(hookPath);
    return true;
  } catch {
    return false;
  }
}
