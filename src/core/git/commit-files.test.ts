import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { loadSite } from '../site/load-site';
import { commitFiles } from './commit-files';
import { diffFile } from './diff-file';
import { readRepoState } from './repo-state';
import { POST_DIR, edit, firstPosts, git, isolateGitConfig, removeTempDirs, makeSiteRepo, postPath, snapshot } from './test-repo';

beforeAll(isolateGitConfig);
afterAll(removeTempDirs);

const noProblems = () => [];

function diag(file: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file, line: 5, column: 1, rule: 'link-broken', severity, message };
}

describe('commitFiles', () => {
  it('commits an edited post with the message and leaves it clean', async () => {
    const repo = makeSiteRepo();
    const [post] = firstPosts(repo, 1);
    edit(postPath(repo, post!), /Dear Magento community/, 'Dear Magento friends');
    const result = await commitFiles(repo, { files: [`${POST_DIR}/${post}`], message: 'Update post: The Future of Magento', validate: noProblems });
    expect(result.status).toBe('committed');
    expect(git(repo, 'log', '-1', '--format=%s%n%an')).toBe('Update post: The Future of Magento\nTest Writer\n');
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`${POST_DIR}/${post}`);
    expect((await readRepoState(repo)).files).toEqual([]);
    if (result.status === 'committed') expect(result.commit).toBe(git(repo, 'rev-parse', 'HEAD').trim());
  });

  it('blocks a post with an error and commits nothing', async () => {
    const repo = makeSiteRepo();
    const [post] = firstPosts(repo, 1);
    const rel = `${POST_DIR}/${post}`;
    fs.appendFileSync(postPath(repo, post!), '\nSee [the recap](/updates/does-not-exist).\n');
    const before = snapshot(repo);
    const seen: string[][] = [];
    const validate = (files: string[]) => {
      seen.push(files);
      return [diag(rel, 'error', 'No page at /updates/does-not-exist')];
    };
    const result = await commitFiles(repo, { files: [rel], message: 'Update', validate });
    expect(result).toEqual({ status: 'blocked', diagnostics: [diag(rel, 'error', 'No page at /updates/does-not-exist')] });
    expect(seen).toEqual([[rel]]);
    expect(snapshot(repo)).toEqual(before);
  });

  it('with the site model as the gate: a link to a missing page is blocked', async () => {
    const repo = makeSiteRepo();
    const [post] = firstPosts(repo, 1);
    const rel = `${POST_DIR}/${post}`;
    fs.appendFileSync(postPath(repo, post!), '\nSee [the recap](/updates/does-not-exist).\n');
    const site = await loadSite(repo);
    try {
      const before = snapshot(repo);
      const validate = (files: string[]) => files.flatMap((f) => site.validateFile(f));
      const result = await commitFiles(repo, { files: [rel], message: 'Update', validate });
      expect(result.status).toBe('blocked');
      if (result.status !== 'blocked') return;
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({ file: rel, rule: 'link-broken', severity: 'error', message: expect.stringContaining('/updates/does-not-exist') }),
      );
      expect(snapshot(repo)).toEqual(before);
    } finally {
      site.dispose();
    }
  });

  it('asks once for confirmation of warnings, then commits', async () => {
    const repo = makeSiteRepo();
    const [post] = firstPosts(repo, 1);
    const rel = `${POST_DIR}/${post}`;
    edit(postPath(repo, post!), /Dear Magento community/, 'Dear community');
    const validate = () => [diag(rel, 'warning', 'Image has no alt text')];
    const before = snapshot(repo);
    const first = await commitFiles(repo, { files: [rel], message: 'Update', validate });
    expect(first.status).toBe('needs-confirmation');
    expect(snapshot(repo)).toEqual(before);
    const second = await commitFiles(repo, { files: [rel], message: 'Update', validate, confirmWarnings: true });
    expect(second.status).toBe('committed');
    if (second.status === 'committed') expect(second.warnings).toHaveLength(1);
  });

  it('commits only the selected files while another file is staged', async () => {
    const repo = makeSiteRepo();
    const [a, b] = firstPosts(repo, 2);
    edit(postPath(repo, a!), /Dear Magento community/, 'Hello');
    edit(postPath(repo, b!), /---\n/, '---\n# staged elsewhere\n');
    git(repo, 'add', `${POST_DIR}/${b}`);
    const stagedB = git(repo, 'ls-files', '--stage', `${POST_DIR}/${b}`);
    const result = await commitFiles(repo, { files: [postPath(repo, a!)], message: 'Update A', validate: noProblems });
    expect(result.status).toBe('committed');
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`${POST_DIR}/${a}`);
    expect(git(repo, 'ls-files', '--stage', `${POST_DIR}/${b}`)).toBe(stagedB);
    const state = await readRepoState(repo);
    expect(state.files).toEqual([{ path: `${POST_DIR}/${b}`, status: 'modified', staged: true, unstaged: false }]);
  });

  it('commits a new file, a deleted file and a staged rename together', async () => {
    const repo = makeSiteRepo();
    const [gone, oldName, other] = firstPosts(repo, 3);
    fs.writeFileSync(postPath(repo, '2030-01-01-new-post.md'), '---\ntitle: New\n---\nHello\n');
    fs.rmSync(postPath(repo, gone!));
    git(repo, 'mv', `${POST_DIR}/${oldName}`, `${POST_DIR}/2030-02-02-renamed.md`);
    edit(postPath(repo, other!), /---\n/, '---\n# untouched by this commit\n');
    const files = [`${POST_DIR}/2030-01-01-new-post.md`, `${POST_DIR}/${gone}`, `${POST_DIR}/2030-02-02-renamed.md`];
    const validated: string[][] = [];
    const result = await commitFiles(repo, { files, message: 'Several', validate: (f) => (validated.push(f), []) });
    expect(result.status).toBe('committed');
    expect(validated[0]!.sort()).toEqual([`${POST_DIR}/2030-01-01-new-post.md`, `${POST_DIR}/2030-02-02-renamed.md`]);
    const shown = git(repo, 'show', '--name-status', '--format=', '-M', 'HEAD').trim().split('\n').sort();
    expect(shown).toEqual(
      [`A\t${POST_DIR}/2030-01-01-new-post.md`, `D\t${POST_DIR}/${gone}`, `R100\t${POST_DIR}/${oldName}\t${POST_DIR}/2030-02-02-renamed.md`].sort(),
    );
    expect((await readRepoState(repo)).files.map((f) => f.path)).toEqual([`${POST_DIR}/${other}`]);
  });

  it('works when the content folder is a subfolder of the repository', async () => {
    const top = makeSiteRepo();
    const root = path.join(top, 'src');
    fs.writeFileSync(path.join(top, 'README.md'), 'outside the content folder\n');
    fs.writeFileSync(path.join(root, 'data/post/2030-03-03-sub.md'), '---\ntitle: Sub\n---\n');
    const state = await readRepoState(root);
    expect(state.files).toEqual([{ path: 'data/post/2030-03-03-sub.md', status: 'new', staged: false, unstaged: true, untracked: true }]);
    const result = await commitFiles(root, { files: ['data/post/2030-03-03-sub.md'], message: 'Add post: Sub', validate: noProblems });
    expect(result.status).toBe('committed');
    expect(git(top, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('src/data/post/2030-03-03-sub.md');
    expect(git(top, 'status', '--porcelain')).toBe('?? README.md\n');
    const [post] = firstPosts(top, 1);
    edit(path.join(root, 'data/post', post!), /Dear Magento community/, 'Dear all');
    const diff = await diffFile(root, `data/post/${post}`);
    expect([diff.existsInHead, diff.added, diff.removed]).toEqual([true, 1, 1]);
  });

  it('refuses files outside the content folder and files without changes', async () => {
    const repo = makeSiteRepo();
    await expect(commitFiles(repo, { files: ['../elsewhere.md'], message: 'x' })).rejects.toMatchObject({ code: 'bad-path' });
    await expect(commitFiles(repo, { files: [`${POST_DIR}/${firstPosts(repo, 1)[0]}`], message: 'x' })).rejects.toMatchObject({ code: 'nothing-to-commit' });
    await expect(commitFiles(repo, { files: ['a.md'], message: '  ' })).rejects.toMatchObject({ code: 'empty-message' });
  });

  it('keeps a message that starts with # (no comment stripping)', async () => {
    const repo = makeSiteRepo();
    const [post] = firstPosts(repo, 1);
    edit(postPath(repo, post!), /Dear Magento community/, 'Hi');
    await commitFiles(repo, { files: [`${POST_DIR}/${post}`], message: '#42 fix the intro' });
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('#42 fix the intro\n');
  });
});
