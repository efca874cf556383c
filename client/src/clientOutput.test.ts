import { describe, expect, it } from 'vitest';
import { rewriteCleanExit } from './clientOutput';

describe('the language client output', () => {
  it('logs the clean exit of a restart as information', () => {
    expect(rewriteCleanExit('[Error - 7:55:22 AM] Server process exited with code 0.')).toBe('[Info  - 7:55:22 AM] Server process exited cleanly (code 0).');
  });

  it('keeps real failures as errors, and every other line as it is', () => {
    expect(rewriteCleanExit('[Error - 7:55:22 AM] Server process exited with code 1.')).toBe('[Error - 7:55:22 AM] Server process exited with code 1.');
    expect(rewriteCleanExit('[Error - 7:55:22 AM] Server process exited with signal SIGKILL.')).toBe('[Error - 7:55:22 AM] Server process exited with signal SIGKILL.');
    expect(rewriteCleanExit('Restarting the Fact Check server.')).toBe('Restarting the Fact Check server.');
  });
});
