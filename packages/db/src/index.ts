export type { Database } from "./create-database.js";
export { createDatabase } from "./create-database.js";
export { defaultDatabaseFile, resolveDatabaseUrl } from "./database-url.js";
export { readDatabaseEnv } from "./env.js";
