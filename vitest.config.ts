import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests run before the build; tests/dist/ reads the built site and runs after it.
    include: ['tests/unit/*.test.ts'],
  },
});
