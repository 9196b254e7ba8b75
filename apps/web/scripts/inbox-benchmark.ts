/**
 * Times the inbox query on 10,000 stories (a benchmark, not a test: it prints figures, asserts nothing).
 *
 *   npx tsx apps/web/scripts/inbox-benchmark.ts                      # SQLite
 *   ROUNDUP_TEST_POSTGRES_URL=postgresql://… npx tsx apps/web/scripts/inbox-benchmark.ts postgresql
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
    await listInboxStories(db, { ...options, pageSize: 20 }); // warm-up
    const runs = 5;
    const started = performance.now();
    let total = 0;
    for (let run = 0; run < runs; run += 1) total = (await listInboxStories(db, { ...options, pageSize: 20 })).total;
    console.log(
      `${name.padEnd(32)} ${((performance.now() - started) / runs).toFixed(1).padStart(7)} ms  (${total} matching)`,
    );
  }
} finally {
  await database.remove();
}
