// Shared by every package's vitest config.
// - Workspace packages are imported from their TypeScript source (the "@roundup/source" export
//   condition), so tests never need a build; Vite's default server conditions follow, since setting
//   the list replaces them.
// - Test files share their worker's module graph (isolate: false): importing core (wink-nlp's model,
//   tokenizers, Prisma) once per worker instead of once per file took core's suite from 45 to 11 CPU
//   seconds. Tests must not rely on fresh module state; none mocks modules.
export const sourceConditions = ["@roundup/source", "module", "node", "development|production"];

/** A vitest config for a workspace package: `test` is merged over the shared test options. */
export function workspaceTestConfig(test) {
  return {
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions } },
    test: { isolate: false, ...test },
  };
}
