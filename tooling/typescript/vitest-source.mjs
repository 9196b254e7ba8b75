// Shared by every package's vitest config: workspace packages are imported from their TypeScript
// source (the "@roundup/source" export condition), so tests never need a build. Vite's default
// server conditions follow, since setting the list replaces them.
export const sourceConditions = ["@roundup/source", "module", "node", "development|production"];

export const resolveFromSource = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
};
