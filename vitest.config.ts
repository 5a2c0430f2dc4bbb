import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests run before the build; tests/dist/ reads the built site and runs after it.
    include: ['tests/unit/*.test.ts'],
    // Some tests start a Node child process (the content check on bad fixtures, the Node version guard): 0.8 s of
    // CPU that took over vitest's 5 s default on a 2-core machine with other work on it. A limit is for hangs.
    testTimeout: 60_000,
  },
});
