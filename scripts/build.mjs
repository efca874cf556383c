// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
// Everything the three need is bundled, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The unified packages read import.meta.url in a few places; CommonJS bundles have no such thing.
  define: { 'import.meta.url': 'importMetaUrl', FACTCHECK_VERSION: JSON.stringify(version) },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The bare core, for the benchmark (scripts/bench.mjs).
  { ...common, entryPoints: ['server/src/core.ts'], outfile: 'dist/core.js' },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching client, server and CLI');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}

// PDF.js (verify's PDF sources) is an ES module loaded on demand, so it is shipped as it is, not bundled.
const require = createRequire(import.meta.url);
mkdirSync('dist/pdfjs', { recursive: true });
for (const file of ['legacy/build/pdf.min.mjs', 'legacy/build/pdf.worker.min.mjs', 'LICENSE']) {
  copyFileSync(require.resolve(`pdfjs-dist/${file}`), `dist/pdfjs/${file.split('/').pop()}`);
}
