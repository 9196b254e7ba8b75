import { workspaceTestConfig } from "@roundup/tsconfig/vitest-workspace.mjs";
import { defineConfig } from "vitest/config";

export default defineConfig(
  workspaceTestConfig({
    include: ["src/**/*.test.ts"],
    // Most of these tests wait (on databases, timers, child processes) rather than compute: several files at once.
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  }),
);
