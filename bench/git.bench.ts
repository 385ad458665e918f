import fs from 'node:fs';
import path from 'node:path';
import { commitFiles, readRepoState, type Validate } from '../src/core/git';
import type { BenchContext } from './context';
import { git, time } from './git-cli';
import { median, round } from './stats';

/** The site's own validator when the site model can load the site; none otherwise (logged). */
async function siteValidator(root: string, ctx: BenchContext): Promise<{ validate?: Validate; dispose(): void }> {
  try {
    const { loadSite } = await import('../src/core/site/load-site');
    const site = await loadSite(root);
    return {
      validate: (files) => files.flatMap((f) => site.validateFile(f, fs.readFileSync(path.join(root, f), 'utf8'))),
      dispose: () => site.dispose(),
    };
  } catch (error) {
    ctx.log(`git: committing without the site validator (${error instanceof Error ? error.message : String(error)})`);
    return { dispose() {} };
  }
}

/** Status and commit in the generated 10,000-post repository, against bare git as the floor. */
export async function run(ctx: BenchContext): Promise<Record<string, number>> {
  const generated = await ctx.generatedSite();
  const setupStart = performance.now();
  const root = fs.mkdtempSync(path.join(ctx.tmpDir, 'git-bench-'));
  fs.cpSync(generated, root, { recursive: true });
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'config', 'user.name', 'Bench Writer');
  await git(root, 'config', 'user.email', 'bench@example.org');
  await git(root, 'config', 'gc.auto', '0');
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', 'Generated site');
  // Packed, as a cloned repository is; and no automatic gc starting in the background
  // halfway through the measurements.
  await git(root, 'gc', '--quiet');

  const { stdout } = await git(root, 'ls-files', '--', '*.md');
  const posts = stdout.split('\n').filter((f) => f.includes('/post/'));
  ctx.log(`git: ${posts.length} posts in the repository (set up in ${Math.round(performance.now() - setupStart)} ms)`);
  const edit = (file: string, n: number) => fs.appendFileSync(path.join(root, file), `\nEdited for the benchmark (${n}).\n`);

  const statusTimes: number[] = [];
  for (let i = 0; i < 13; i++) {
    const t = await time(() => readRepoState(root));
    if (i >= 3) statusTimes.push(t);
  }
  // A few edited files, as when a writer has work in progress.
  for (let i = 0; i < 3; i++) edit(posts[posts.length - 1 - i]!, i);
  const dirtyStatus: number[] = [];
  for (let i = 0; i < 7; i++) dirtyStatus.push(await time(() => readRepoState(root)));
  const state = await readRepoState(root);
  if (state.files.length !== 3) throw new Error(`expected 3 changed files, status shows ${state.files.length}`);

  const loadStart = performance.now();
  const validator = await siteValidator(root, ctx);
  ctx.log(`git: site validator ready in ${Math.round(performance.now() - loadStart)} ms`);
  // The generated site keeps the fixture's real defects: commit posts the gate lets through.
  const rounds = 8;
  const candidates: string[] = [];
  for (const post of posts.slice(0, -3)) {
    if (candidates.length === 2 * rounds) break;
    const found = validator.validate ? await validator.validate([post]) : [];
    if (!found.some((d) => d.severity === 'error')) candidates.push(post);
  }
  if (candidates.length < 2 * rounds) throw new Error(`only ${candidates.length} posts without errors`);
  const ours: number[] = [];
  const cli: number[] = [];
  try {
    // Interleaved, so both see the same disk cache and repository size.
    for (let i = 0; i < rounds; i++) {
      const a = candidates[2 * i]!;
      const b = candidates[2 * i + 1]!;
      edit(a, i);
      cli.push(await time(async () => {
        await git(root, 'add', '--', a);
        await git(root, 'commit', '-q', '-m', `Update ${a}`);
      }));
      edit(b, i);
      ours.push(await time(async () => {
        const result = await commitFiles(root, { files: [b], message: `Update ${b}`, validate: validator.validate, confirmWarnings: true });
        if (result.status !== 'committed') throw new Error(`bench commit was ${result.status}: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
      }));
    }
  } finally {
    validator.dispose();
  }
  const skipWarmUp = (xs: number[]) => xs.slice(2);
  const result = {
    status_ms: round(median(statusTimes)),
    status_dirty_ms: round(median(dirtyStatus)),
    commit_one_ms: round(median(skipWarmUp(ours))),
    git_cli_commit_ms: round(median(skipWarmUp(cli))),
  };
  fs.rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  return result;
}
