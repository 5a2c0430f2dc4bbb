import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each scenario builds its own copy of the site with Astro: slow, so kept apart from the unit tests.
    include: ['tests/build/*/*.test.ts'],
    fileParallelism: false,
    // Making and removing a copy (node_modules hard-linked: tens of thousands of entries) took over vitest's 10 s
    // hook limit on a busy 2-core machine, failing scenarios whose builds had passed.
    hookTimeout: 120_000,
    // Every test runs a tool in a child process (the content check, the nginx config): on a 2-core machine with
    // the other CI stages beside it, the content check took over vitest's default 5 s and failed a passing scenario.
    testTimeout: 120_000,
  },
});
