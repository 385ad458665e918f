/** What each benchmark module receives from bench/run.ts. */
export interface BenchContext {
  tmpDir: string;
  fixtureRoot: string;
  log(msg: string): void;
  /** Path of the generated 10,000-post site (created once per run, shared by benchmarks). */
  generatedSite(): Promise<string>;
}
