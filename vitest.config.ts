import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    // Build tests run `astro build` in child processes; two at a time suit this 2-core machine.
    maxWorkers: 2,
    globalSetup: ['tests/build/global-setup.ts'],
  },
});
