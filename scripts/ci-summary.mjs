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

// The end-to-end runner closes its log with its own "N passed, N failed" line.
const e2e = 'test-results/e2e.log';
{
  const counts = existsSync(e2e) ? [...readFileSync(e2e, 'utf8').matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1) : undefined;
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    lines.push(`e2e: ${counts[1]} passed, ${counts[2]} failed`);
  } else {
    failed += 1;
    lines.push('e2e: no summary (the end-to-end run did not finish)');
  }
}

for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
