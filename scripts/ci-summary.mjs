// Adds up the test counts of every suite CI ran and prints one closing line "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const lines = [];

const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  lines.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numFailedTestSuites ?? 0} suites failed to run`);
} else {
  failed += 1;
  lines.push('vitest: no report (the unit tests did not run)');
}

const e2e = 'test-results/e2e-summary.json';
if (existsSync('scripts/e2e/run-e2e.mjs')) {
  if (existsSync(e2e)) {
    const report = JSON.parse(readFileSync(e2e, 'utf8'));
    passed += report.passed;
    failed += report.failed;
    lines.push(`e2e: ${report.passed} passed, ${report.failed} failed`);
  } else {
    failed += 1;
    lines.push('e2e: no summary (the end-to-end run did not finish)');
  }
}

for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
