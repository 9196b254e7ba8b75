import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
// The Prisma 6.19 CLI's Wasm schema engine cannot read PostgreSQL catalogs through adapter-pg 6.19;
// the 7.x adapter works for migrations (the runtime keeps using 6.19).
import { PrismaPg } from "@prisma/adapter-pg-cli";
import type { PrismaConfig } from "prisma";
import { resolveDatabaseUrl } from "./src/database-url.js";

const url = resolveDatabaseUrl(process.env.DATABASE_URL);
const postgres = /^postgres(ql)?:\/\//.test(url);

// The CLI uses driver adapters, as the runtime does, so no native engine is ever needed.
// One schema source; the PostgreSQL copy (with its own migrations) is generated from it.
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgresql", "schema.prisma") : path.join("prisma", "schema.prisma"),
  async adapter() {
    // Short idle timeout: the Prisma CLI otherwise waits out the pool's 10 s idle connections before exiting.
    if (postgres) return new PrismaPg({ connectionString: url, allowExitOnIdle: true, idleTimeoutMillis: 200 });
    // better-sqlite3 creates the file but not its folder.
    mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
} satisfies PrismaConfig;
