import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (as Apollo Server, outside Vite, gets it);
  // Vite would otherwise give our sources the ESM build, and graphql-js refuses schema objects
  // from the other build ("from another module or realm").
  // Both projects below say `extends: true`, so they inherit this alias (in Vitest 4 an inline
  // project inherits nothing from this file without it).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // Root-only: every project's results are reported here, labelled with the project's name.
    reporters: ['default'],
    // No globalSetup at the root: Vitest 4 runs the root's globalSetup on every run, even
    // `--project unit`, so the Neo4j setup lives in the integration project only.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure tests: no Neo4j, no Java. Files run in parallel.
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Starts a throwaway Neo4j (needs Java) with the seed graph; runs only when an
          // integration file is part of the run.
          globalSetup: ['tests/global-setup.ts'],
          // One Neo4j serves every file; files run one after another so that graph-wide
          // assertions (counts, round trips) never see another file's writes.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
