import type { ViteUserConfig } from "vitest/config";

export declare const sourceConditions: string[];
export declare function workspaceTestConfig(test: NonNullable<ViteUserConfig["test"]>): ViteUserConfig;
