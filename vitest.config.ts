import { defineConfig } from 'vitest/config';

// Two projects, one worker each: two test processes at a time suit this 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], maxWorkers: 1 } },
      {
        extends: true,
        // Build tests run `astro build` in child processes, one file at a time: every build of
        // the project writes its .astro/ folder (content-assets.mjs, the image imports of the
        // notes), so two builds at once could bundle each other's, and a fixture's images were
        // then left unoptimised (seen once in CI).
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, globalSetup: ['tests/build/global-setup.ts'] },
      },
    ],
  },
});
