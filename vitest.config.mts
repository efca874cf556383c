import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // client/src/*.test.ts: the client's vscode-free modules; client/src/test/ is the extension-host suite (Mocha).
    include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts', 'client/src/*.test.ts'],
    testTimeout: 20000,
    // A fixed fast-check seed in CI (server/test/fastCheckSeed.ts).
    setupFiles: ['server/test/fastCheckSeed.ts'],
  },
});
