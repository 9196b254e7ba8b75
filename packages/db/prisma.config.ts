import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { PrismaConfig } from "prisma";
import { resolveDatabaseUrl } from "./src/database-url.js";

// The CLI uses the same driver adapter as the runtime, so no native engine is ever needed.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    const url = resolveDatabaseUrl(process.env.DATABASE_URL);
    // better-sqlite3 creates the file but not its folder.
    mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
} satisfies PrismaConfig;
