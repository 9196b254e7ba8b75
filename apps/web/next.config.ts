import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript sources, so Next compiles them.
  transpilePackages: ["@roundup/core", "@roundup/db", "@roundup/jobs", "@roundup/prompts"],
  // Native and engine-loading modules stay plain Node requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  poweredByHeader: false,
  // The packages import their TypeScript files with `.js` specifiers (ESM style). Turbopack in
  // Next 16.4 cannot map `.js` to `.ts` (vercel/next.js#82945), so we build with webpack, which can.
  webpack(config) {
    config.resolve ??= {};
    config.resolve.extensionAlias = { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"] };
    return config;
  },
};

export default nextConfig;
