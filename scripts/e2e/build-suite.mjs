// Bundles the extension-host test suite (client/src/test/suite) into out/e2e/suite/index.js:
// CommonJS for the extension host, mocha bundled in, `vscode` left to the host.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suiteBundle = join(root, 'out', 'e2e', 'suite', 'index.js');

export async function buildSuite() {
  await esbuild.build({
    entryPoints: [join(root, 'client', 'src', 'test', 'suite', 'index.ts')],
    outfile: suiteBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'error',
  });
  return suiteBundle;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await buildSuite());
}
