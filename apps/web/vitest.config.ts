import { workspaceTestConfig } from "@roundup/tsconfig/vitest-workspace.mjs";
import { defineConfig } from "vitest/config";

export default defineConfig(
  workspaceTestConfig({
    include: ["src/**/*.test.ts"],
    environment: "node",
  }),
);
