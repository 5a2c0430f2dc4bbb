import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/dist/*.test.ts'],
    // Some tests run scripts (deploy:<host>, nginx) as child processes: beside the build scenarios and the Kiwix
    // stage on 2 cores, vitest's 5 s default failed them while nothing was wrong.
    testTimeout: 60_000,
  },
});
