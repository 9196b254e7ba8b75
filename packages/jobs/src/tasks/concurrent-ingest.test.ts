import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createOfflineEngine } from "@roundup/core";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createJobHandlers } from "../handlers/create-job-handlers.js";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { jobContext } from "../testing/job-context.js";
import type { IngestReport } from "./ingest-into-database.js";

const ingestProcess = fileURLToPath(new URL("../testing/ingest-process.ts", import.meta.url));
const run = promisify(execFile);

const context = (id: string) => jobContext(id, "ingest");

describe.each(testProviders())("three concurrent imports of the same articles on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    await database.remove();
  });

  async function expectEachArticleOnce() {
    expect(await database.db.article.count()).toBe(5);
    const chunks = await database.db.chunk.groupBy({ by: ["articleId"], _count: { _all: true } });
    expect(chunks).toHaveLength(5);
  }

  it("in three processes store each article once, with no import failing", async () => {
    const reports = await Promise.all(
      [1, 2, 3].map(async () => {
        const { stdout } = await run(process.execPath, [
          "--conditions=@roundup/source",
          "--import",
          "tsx",
          ingestProcess,
          database.url,
          sampleCorpusFolder,
        ]);
        return JSON.parse(stdout) as IngestReport;
      }),
    );
    await expectEachArticleOnce();
    for (const report of reports) {
      expect(report.failed).toEqual([]);
      expect(report.imported.length + report.skipped.length).toBe(5);
    }
    expect(reports.reduce((sum, report) => sum + report.imported.length, 0)).toBe(5);
  });

  it("as three deliveries of ingest jobs at once store each article once", async () => {
    const handlers = createJobHandlers({ db: database.db, createEngine: () => createOfflineEngine() });
    const results = await Promise.all(
      ["a", "b", "c"].map((id) => handlers.ingest?.({ inputs: [sampleCorpusFolder], group: false }, context(id))),
    );
    await expectEachArticleOnce();
    expect(results.reduce((sum: number, result) => sum + (result as { imported: number }).imported, 0)).toBe(5);
  });
});
