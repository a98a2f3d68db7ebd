import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (as Apollo Server, outside Vite, gets it);
  // Vite would otherwise give our sources the ESM build, and graphql-js refuses schema objects
  // from the other build ("from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // One Neo4j serves every file; files run one after another so that graph-wide
    // assertions (counts, round trips) never see another file's writes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
