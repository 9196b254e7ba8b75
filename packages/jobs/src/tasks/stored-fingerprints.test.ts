import path from "node:path";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";
import { StoredFingerprints } from "./stored-fingerprints.js";

const seed = (name: string) => path.join(sampleCorpusFolder, name);
const original = seed("000_8707b4ad2ec9a16f.txt");
const rewrite = seed("001_a5e68ea2d93fdf5a.txt");
const unrelated = seed("002_2dee00ce890550d2.txt");

describe.each(testProviders())("StoredFingerprints kept between ingestions on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeEach(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterEach(async () => {
    await database.remove();
  });

  async function ingest(inputs: string[], fingerprints?: StoredFingerprints) {
    const report = await ingestIntoDatabase(database.db, inputs, fingerprints ? { fingerprints } : {});
    expect(report.failed).toEqual([]);
    return report;
  }

  it("links a rewrite to an original stored by an earlier ingestion", async () => {
    const fingerprints = new StoredFingerprints();
    const first = await ingest([original], fingerprints);
    const second = await ingest([rewrite], fingerprints);
    expect(second.imported[0]?.duplicateOf).toBe(first.imported[0]?.id);
    expect((await ingest([original, rewrite], fingerprints)).skipped).toHaveLength(2);
  });

  it("sees articles another process stored since its last ingestion", async () => {
    const fingerprints = new StoredFingerprints();
    await ingest([unrelated], fingerprints);
    const elsewhere = await ingest([original]); // no shared fingerprints: as another worker
    const second = await ingest([rewrite, original], fingerprints);
    expect(second.imported.map((item) => item.duplicateOf)).toEqual([elsewhere.imported[0]?.id]);
    expect(second.skipped).toEqual([
      {
        input: original,
        reason: `already imported as ${elsewhere.imported[0]?.id}`,
        articleId: elsewhere.imported[0]?.id,
      },
    ]);
  });

  it("forgets an article deleted since, instead of linking to it", async () => {
    const fingerprints = new StoredFingerprints();
    const first = await ingest([original], fingerprints);
    await database.db.article.delete({ where: { id: first.imported[0]?.id ?? "" } });
    const second = await ingest([rewrite], fingerprints);
    expect(second.imported).toHaveLength(1);
    expect(second.imported[0]?.duplicateOf).toBeNull();
  });
});
