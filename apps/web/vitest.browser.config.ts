import { workspaceTestConfig } from "@roundup/tsconfig/vitest-workspace.mjs";
import { defineConfig } from "vitest/config";

// Browser tests: a globalSetup migrates and seeds a fresh SQLite database, starts the built app
// (scripts/serve.mjs) on a free port and hands its URL to the tests, which drive Debian's chromium through playwright-core.
export default defineConfig(
  workspaceTestConfig({
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  }),
);
