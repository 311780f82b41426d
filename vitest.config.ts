import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn node+tsx (~2 s each on the 2-core CI machine).
    testTimeout: 30_000,
  },
});
