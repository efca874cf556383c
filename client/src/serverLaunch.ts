/**
 * Node options for the server process, from package.json's `factcheckServer.execArgv` so that the
 * benchmarks start the server exactly as the editor does. A smaller young generation keeps the
 * server's peak memory on a 1 MB article near 180 MB instead of 200 MB, at no measured cost per
 * keystroke (docs/benchmarks.md).
 */
export function serverExecArgv(packageJson: unknown): string[] {
  const argv = (packageJson as { factcheckServer?: { execArgv?: unknown } } | undefined)?.factcheckServer?.execArgv;
  return Array.isArray(argv) ? argv.filter((a): a is string => typeof a === 'string') : [];
}
