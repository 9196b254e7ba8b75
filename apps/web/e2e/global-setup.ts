import type { TestProject } from "vitest/node";
import { startSeededWorkbench } from "../scripts/start-seeded-workbench";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    storyId: string;
    markupStoryId: string;
  }
}

// The built app over a fresh, seeded SQLite database (see startSeededWorkbench); the tests drive it
// through Debian's chromium and read the database directly.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workbench = await startSeededWorkbench();
  project.provide("baseUrl", workbench.baseUrl);
  project.provide("databaseUrl", workbench.databaseUrl);
  project.provide("storyId", workbench.seeded.storyId);
  project.provide("markupStoryId", workbench.seeded.markupStoryId);
  return workbench.stop;
}
