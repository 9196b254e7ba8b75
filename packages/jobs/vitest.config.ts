import { workspaceTestConfig } from "@roundup/tsconfig/vitest-workspace.mjs";
import { defineConfig } from "vitest/config";

export default defineConfig(
  workspaceTestConfig({
    include: ["src/**/*.test.ts"],
    // Most of these tests wait (on databases, timers, child processes) rather than compute: several files at once.
    maxWorkers: 3,
    // Tests that spawn workers and imports in processes of their own took over 60 s each on this
    // 2-core machine at load 9–13 (2026-12-05); a hang still fails, three minutes in.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  }),
);
