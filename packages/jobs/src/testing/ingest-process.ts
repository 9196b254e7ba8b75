// Ingests inputs in a process of its own and prints the report as JSON, for concurrency tests.
// Usage: ingest-process.ts <database url> <inputs...>
import { createDatabase } from "@roundup/db";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";

const [databaseUrl, ...inputs] = process.argv.slice(2);
if (!databaseUrl || inputs.length === 0) throw new Error("usage: ingest-process.ts <database url> <inputs...>");
// On SQLite, a statement waits up to 10 s for the other process's write lock (asynchronously).
const db = createDatabase(databaseUrl, { timeoutMs: 10_000 });
const report = await ingestIntoDatabase(db, inputs);
process.stdout.write(`${JSON.stringify(report)}\n`);
await db.$disconnect();
