import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, RuleId } from '../../../shared/diagnostics';
import { copyFixtureTree, FIXTURE_ROOT, SEEDS_DIR } from '../../../test-support/shared-fixtures';

/** Test support: temporary copies of the reference site (never written in place). */
export { FIXTURE_ROOT, SEEDS_DIR };

const copies: string[] = [];

export function tempDir(prefix = 'postdesk-site-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  copies.push(dir);
  return dir;
}

export function copyFixture(): string {
  const dir = tempDir();
  copyFixtureTree(FIXTURE_ROOT, dir);
  return dir;
}

/** Removes every temporary folder made by this module (call in afterAll). */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/** Writes a file, creating its folders. */
export function write(root: string, file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" not found`);
  return text.slice(0, at).split('\n').length;
}

export function byRule(diagnostics: Diagnostic[], rule: RuleId, file?: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule && (file === undefined || d.file === file));
}

export const POST = 'src/data/post';
