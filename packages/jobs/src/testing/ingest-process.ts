// Ingests inputs in a process of its own and prints the report as JSON, for concurrency tests.
// Usage: ingest-process.ts <database url> <inputs...>
import { createDatabase } from "@roundup/db";
import { ingestIntoDatabase } from "../tasks/ingest-into-database.js";

const [databaseUrl, ...inputs] = process.argv.slice(2);
if (!databaseUrl || inputs.length === 0) throw new Error("usage: ingest-process.ts <database url> <inputs...>");
const db = createDatabase(databaseUrl);
if (!/^postgres/.test(databaseUrl)) await db.$queryRawUnsafe("PRAGMA busy_timeout=10000");
const report = await ingestIntoDatabase(db, inputs);
process.stdout.write(`${JSON.stringify(report)}\n`);
await db.$disconnect();
