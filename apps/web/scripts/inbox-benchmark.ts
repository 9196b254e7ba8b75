/**
 * Times the inbox query on 10,000 stories, wall and CPU per call (a benchmark, not a test: it prints
 * figures, asserts nothing).
 *
 *   npx tsx --conditions=@roundup/source apps/web/scripts/inbox-benchmark.ts                      # SQLite
 *   ROUNDUP_TEST_POSTGRES_URL=postgresql://… npx tsx --conditions=@roundup/source apps/web/scripts/inbox-benchmark.ts postgresql
 */
import { type ListInboxStoriesOptions, listInboxStories } from "@roundup/db";
import { createTemporaryDatabase, type TestProvider } from "@roundup/db/testing";
import { seedInboxStories } from "../bench/seed-inbox-stories.js";

const storyCount = 10_000;
const provider: TestProvider = process.argv[2] === "postgresql" ? "postgresql" : "sqlite";

const database = await createTemporaryDatabase(provider);
const { db } = database;
try {
  const seeding = performance.now();
  await seedInboxStories(db, storyCount);
  console.log(
    `${provider}: seeded ${storyCount} stories, ${storyCount * 3} articles in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const cases: Array<[string, ListInboxStoriesOptions]> = [
    ["first page, newest first", {}],
    ["page 250, newest first", { page: 250 }],
    ["first page, oldest first", { sort: "updated_asc" }],
    ["first page, label A–Z", { sort: "label_asc" }],
    ["page 400, label A–Z", { sort: "label_asc", page: 400 }],
    ["first page, most sources", { sort: "sources_desc" }],
    ['search "HARBOR" (100 hits)', { query: "HARBOR" }],
    ['search "ledger" (all stories)', { query: "ledger" }],
    ["status draft", { status: "draft" }],
  ];
  for (const [name, options] of cases) {
    for (let run = 0; run < 50; run += 1) await listInboxStories(db, { ...options, pageSize: 20 }); // warm-up
    const runs = 200;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let total = 0;
    for (let run = 0; run < runs; run += 1) total = (await listInboxStories(db, { ...options, pageSize: 20 })).total;
    const cpu = process.cpuUsage(cpuBefore);
    // CPU is this process's (the web server's share); on PostgreSQL the server's own work is not in it.
    console.log(
      `${name.padEnd(32)} ${((performance.now() - started) / runs).toFixed(2).padStart(7)} ms wall ${((cpu.user + cpu.system) / 1000 / runs).toFixed(2).padStart(6)} ms CPU  (${total} matching)`,
    );
  }
} finally {
  await database.remove();
}
