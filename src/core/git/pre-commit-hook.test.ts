import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFiles } from './commit-files';
import { installPreCommitHook, removePreCommitHook } from './pre-commit-hook';
import { POST_DIR, edit, firstPosts, git, isolateGitConfig, removeTempDirs, makeSiteRepo, postPath, snapshot, tempDir } from './test-repo';

const savedPath = process.env.PATH;
let calls = '';

beforeAll(() => {
  isolateGitConfig();
  // A stand-in for `postdesk validate` found on the PATH by npx: records its arguments and
  // fails when a file contains BROKEN, as the real command fails on an error.
  const bin = tempDir('bin');
  calls = path.join(bin, 'calls.txt');
  fs.writeFileSync(
    path.join(bin, 'postdesk'),
    `#!/bin/sh\necho "$@" >> ${calls}\nshift 2\nif grep -l BROKEN "$@"; then echo "error: broken content" >&2; exit 1; fi\nexit 0\n`,
    { mode: 0o755 },
  );
  process.env.PATH = `${bin}:${savedPath}`;
});
afterAll(() => {
  process.env.PATH = savedPath;
  removeTempDirs();
});

describe('pre-commit hook', () => {
  it('checks staged content files of commits made with plain git too', async () => {
    const repo = makeSiteRepo();
    expect((await installPreCommitHook(repo)).status).toBe('installed');
    expect((await installPreCommitHook(repo)).status).toBe('updated');
    const [a, b] = firstPosts(repo, 2);

    edit(postPath(repo, a!), /Dear Magento community/, 'Dear all');
    git(repo, 'commit', '-q', '-am', 'plain git commit');
    expect(fs.readFileSync(calls, 'utf8').trim()).toBe(`validate ${repo}/ ${repo}/${POST_DIR}/${a}`);

    edit(postPath(repo, b!), /---\n/, '---\n# BROKEN\n');
    const before = snapshot(repo);
    await expect(commitFiles(repo, { files: [`${POST_DIR}/${b}`], message: 'x' })).rejects.toMatchObject({
      code: 'hook-failed',
      message: expect.stringContaining('broken content'),
    });
    expect(snapshot(repo)).toEqual(before);

    expect(await removePreCommitHook(repo)).toBe(true);
    expect((await commitFiles(repo, { files: [`${POST_DIR}/${b}`], message: 'x' })).status).toBe('committed');
  });

  it('leaves a hook it did not write alone', async () => {
    const repo = makeSiteRepo();
    const hook = path.join(repo, '.git/hooks/pre-commit');
    fs.writeFileSync(hook, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const result = await installPreCommitHook(repo);
    expect(result.status).toBe('existing-hook');
    if (result.status === 'existing-hook') expect(result.message).toMatch(/already has its own pre-commit hook/);
    expect(fs.readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    expect(await removePreCommitHook(repo)).toBe(false);
  });
});
