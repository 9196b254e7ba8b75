import { resolveFromSource } from "@roundup/tsconfig/vitest-source.mjs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  ...resolveFromSource,
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
