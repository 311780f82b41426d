import { defineConfig } from 'vitest/config';

// Firefox tests (tests/firefox): firefox-esr over WebDriver BiDi, one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
