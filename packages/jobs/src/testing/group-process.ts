// Groups the stored articles in a process of its own and prints the report as JSON, for concurrency
// tests. Usage: group-process.ts <database url>
import { createDatabase } from "@roundup/db";
import { groupIntoStories } from "../tasks/group-into-stories.js";

const [databaseUrl] = process.argv.slice(2);
if (!databaseUrl) throw new Error("usage: group-process.ts <database url>");
// On SQLite, a statement waits up to 10 s for the other process's write lock (asynchronously).
const db = createDatabase(databaseUrl, { timeoutMs: 10_000 });
const report = await groupIntoStories(db, { full: false });
process.stdout.write(`${JSON.stringify(report)}\n`);
await db.$disconnect();
