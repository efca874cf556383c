import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverExecArgv } from './serverLaunch';

describe('the server launch options', () => {
  it('come from package.json, where the benchmarks read them too', () => {
    const packageJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(serverExecArgv(packageJson)).toEqual(['--max-semi-space-size=8']);
  });

  it('are empty when package.json has none or a malformed entry, and keep only strings', () => {
    expect(serverExecArgv({})).toEqual([]);
    expect(serverExecArgv(undefined)).toEqual([]);
    expect(serverExecArgv({ factcheckServer: { execArgv: '--max-semi-space-size=8' } })).toEqual([]);
    expect(serverExecArgv({ factcheckServer: { execArgv: ['--max-semi-space-size=8', 8] } })).toEqual(['--max-semi-space-size=8']);
  });
});
