import fc from 'fast-check';
import { test } from '@playwright/test';
import { RealApp, RealAppHost } from './model/real-app';
import { writerCommands } from './model/writer-commands';
import { openTab, POST_KEYS, readPost, type WriterModel } from './model/writer-model';

/**
 * Model-based: fast-check writes random sequences of what a writer does (typing, fields,
 * pastes, undo, saves, tabs, closing with each answer, reloads, changes on disk) and runs
 * each in Chromium against the browser host on a temp git copy of the site. After every
 * action the app shows what the writer did; after every save the file holds exactly what
 * the app shows; after a close or a reload without "Don't save", nothing unsaved is gone.
 *
 * `npm test` runs 30 sequences with a fixed seed, on one worker while the other runs the rest; `npm run test:model -- --runs N --seed S`
 * runs more, and a failure prints the shrunk sequence of actions with the seed to replay it.
 */
const runs = Number(process.env.MODEL_RUNS ?? 30);
const seed = Number(process.env.MODEL_SEED ?? 1414);
const maxCommands = Number(process.env.MODEL_MAX_COMMANDS ?? 8);

// A step that cannot happen fails the sequence in seconds instead of waiting out the whole test.
test.use({ timezoneId: 'Europe/Berlin', actionTimeout: 15_000, navigationTimeout: 30_000 });

/** With MODEL_LOG set, each action is printed as it starts (the runner's own report comes at the end). */
function logged<C extends { run(...args: never[]): Promise<void>; toString(): string }>(command: C): C {
  if (!process.env.MODEL_LOG) return command;
  return new Proxy(command, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'run' || typeof value !== 'function') return value;
      return (...args: never[]) => {
        console.log(`  ${String(target)}`);
        return (value as (...a: never[]) => Promise<void>).apply(target, args);
      };
    },
  });
}

test(`a writer's random actions never lose or corrupt their text (seed ${seed}, ${runs} sequences)`, async ({ page }, testInfo) => {
  test.setTimeout(runs * 90_000);
  // Leaving the page with unsaved posts asks (beforeunload); in this test the writer confirms.
  page.on('dialog', (dialog) => void dialog.accept());
  const host = await RealAppHost.start();
  let real: RealApp | null = null;
  const setup = async () => {
    real = await host.next(page);
    const disk = Object.fromEntries(POST_KEYS.map((k) => [k, readPost(real!.site, k)])) as WriterModel['disk'];
    const model: WriterModel = { disk, tabs: new Map(), active: null, counter: 0 };
    // Every sequence starts with the writer's first post open.
    await real.openFromList('A');
    openTab(model, 'A');
    model.active = 'A';
    return { model, real };
  };
  const sequence = fc.asyncProperty(writerCommands(maxCommands), async (commands) => {
    if (process.env.MODEL_LOG) console.log(`sequence: ${[...commands].map(String).join(', ')}`);
    try {
      await fc.asyncModelRun(setup, [...commands].map(logged));
    } catch (error) {
      // What the writer saw when it went wrong (the page is left afterwards).
      const shot = testInfo.outputPath('failing-sequence.png');
      if (await page.screenshot({ path: shot }).catch(() => null)) await testInfo.attach('failing sequence', { path: shot, contentType: 'image/png' });
      throw error;
    } finally {
      await real?.dispose();
      real = null;
    }
  });
  try {
    // MODEL_PATH replays one failing sequence (and its shrinking) from the seed's report.
    const path = process.env.MODEL_PATH || undefined;
    await fc.assert(sequence, { seed, numRuns: runs, path, endOnFailure: process.env.MODEL_SHRINK === '0' });
  } finally {
    await host.stop();
  }
});
