import { readFileSync } from "node:fs";
import path from "node:path";
import type { LoadResult } from "@roundup/core";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { ingestIntoDatabase, ingestLoaded } from "./ingest-into-database.js";
import { StoredFingerprints } from "./stored-fingerprints.js";

const seed = (name: string) => path.join(sampleCorpusFolder, name);
const original = seed("000_8707b4ad2ec9a16f.txt");
const rewrite = seed("001_a5e68ea2d93fdf5a.txt");
const unrelated = seed("002_2dee00ce890550d2.txt");
const DAY_MS = 24 * 60 * 60 * 1000;
const day = (count: number) => new Date(Date.UTC(2026, 2, 1) + count * DAY_MS);

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

  describe("inside a time window", () => {
    /** Ingests the seed file as an article published on `published`. */
    async function ingestDated(file: string, published: Date | null, fingerprints: StoredFingerprints) {
      async function* loaded(): AsyncGenerator<LoadResult> {
        const originalText = readFileSync(file, "utf8");
        yield {
          input: file,
          drafts: [{ input: file, title: null, originalText, publishedAt: published?.toISOString() ?? null }],
        };
      }
      const report = await ingestLoaded(database.db, loaded(), { fingerprints });
      expect(report.failed).toEqual([]);
      return report;
    }

    it("links a rewrite to an original published inside the window, not to one published before it", async () => {
      let clock = day(5);
      const fingerprints = new StoredFingerprints({ windowDays: 7, now: () => clock });
      const recent = await ingestDated(original, day(0), fingerprints);
      const linked = await ingestDated(rewrite, day(4), fingerprints);
      expect(linked.imported[0]?.duplicateOf).toBe(recent.imported[0]?.id);

      await database.db.article.deleteMany();
      clock = day(20);
      // A fresh process: the old original is stored but not loaded into the index.
      const fresh = new StoredFingerprints({ windowDays: 7, now: () => clock });
      await ingestDated(original, day(10), fresh);
      const late = await ingestDated(rewrite, day(20), fresh);
      expect(late.imported[0]?.duplicateOf).toBeNull();
      expect(fresh.size).toBe(1);
    });

    it("finds an exact copy in the database even when it is older than the window", async () => {
      const fingerprints = new StoredFingerprints({ windowDays: 7, now: () => day(400) });
      const first = await ingestDated(original, day(0), fingerprints);
      const again = await ingestDated(original, day(0), new StoredFingerprints({ windowDays: 7, now: () => day(400) }));
      expect(again.imported).toEqual([]);
      expect(again.skipped.map((item) => item.articleId)).toEqual([first.imported[0]?.id]);
    });

    it("evicts an original as the clock passes the end of its window", async () => {
      let clock = day(0);
      const fingerprints = new StoredFingerprints({ windowDays: 7, now: () => clock });
      await ingestDated(original, day(0), fingerprints);
      clock = day(3);
      await ingestDated(unrelated, day(3), fingerprints);
      expect(fingerprints.size).toBe(2);
      clock = day(8);
      const late = await ingestDated(rewrite, day(8), fingerprints);
      expect(late.imported[0]?.duplicateOf).toBeNull();
      // The unrelated article (day 3) and the rewrite are left; the original is gone.
      expect(fingerprints.size).toBe(2);
    });

    it("dates an article without a publication time by when it was stored", async () => {
      const daysFromNow = (count: number) => () => new Date(Date.now() + count * DAY_MS);
      const stored = await ingest([original]);
      const soon = await ingest([rewrite], new StoredFingerprints({ windowDays: 7, now: daysFromNow(6) }));
      expect(soon.imported[0]?.duplicateOf).toBe(stored.imported[0]?.id);
      await database.db.article.delete({ where: { id: soon.imported[0]?.id ?? "" } });
      const late = await ingest([rewrite], new StoredFingerprints({ windowDays: 7, now: daysFromNow(8) }));
      expect(late.imported[0]?.duplicateOf).toBeNull();
    });
  });
});
