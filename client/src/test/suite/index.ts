// Extension-host test suite entry. @vscode/test-electron loads this file through
// --extensionTestsPath and calls run(); the code-server e2e runner extension calls
// runWithResults() and writes the returned counts to a JSON file.
// Bundled by scripts/e2e/build-suite.mjs (mocha bundled, `vscode` external).
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  /** While running: the test that has started and not yet ended. */
  running?: string;
}

export interface RunOptions {
  /** Called when a test starts and when it ends, with the results so far (for progress files). */
  onProgress?(results: SuiteResults): void;
}

export async function runWithResults(options: RunOptions = {}): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 45_000, reporter: 'spec' });
  // Install describe/it/before... as globals, then load the test files (bundled, evaluated lazily).
  mocha.suite.emit('pre-require', globalThis, 'factcheck-extension-host-suite', mocha);
  await import('./extension.test');
  await import('./report.test');
  await import('./verify.test');
  await import('./annotations.test');

  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    const progress = () => options.onProgress?.(results);
    runner.on('test', (test) => {
      results.running = test.fullTitle();
      progress();
    });
    runner.on('test end', () => {
      results.running = undefined;
      progress();
    });
    runner.on('hook end', () => progress());
    runner.on('pass', (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
    });
    runner.on('fail', (test, err: Error) => {
      // Also fires for failing hooks, which then count as failures.
      results.failed++;
      results.tests.push({ title: test.fullTitle(), state: 'failed', error: String(err?.stack ?? err) });
    });
    runner.on('pending', (test) => {
      results.pending++;
      results.tests.push({ title: test.fullTitle(), state: 'pending' });
    });
  });
  if (results.passed + results.failed === 0) {
    results.failed++;
    results.tests.push({ title: 'suite', state: 'failed', error: 'no test ran' });
  }
  return results;
}

export async function run(): Promise<void> {
  const results = await runWithResults();
  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} extension-host test(s) failed`);
}
