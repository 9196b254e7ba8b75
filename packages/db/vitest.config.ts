import { workspaceTestConfig } from "@roundup/tsconfig/vitest-workspace.mjs";
import { defineConfig } from "vitest/config";

export default defineConfig(
  workspaceTestConfig({
    include: ["src/**/*.test.ts"],
    // Most of these tests wait on the database rather than compute: two files at once.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  }),
);
