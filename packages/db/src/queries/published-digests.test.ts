import { prepareArticle } from "@roundup/core";
import { buildDigest } from "@roundup/prompts/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "../testing/temporary-database.js";
import { saveArticle } from "./articles.js";
import { decideDigest } from "./digest-review.js";
import { saveGeneratedDigest } from "./digests.js";
import { listPublishedDigests } from "./published-digests.js";
import { upsertUser } from "./users.js";

describe.each(testProviders())("published digests on %s", (provider) => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
  });
  afterAll(async () => {
    await database.remove();
  });

  it("keeps the cited passages' text and sources with the published version", async () => {
    const article = prepareArticle({
      input: "ledger.txt",
      title: "Council approves bridge",
      originalText: "The council approved the new bridge on Monday by 7 votes to 2. Work starts in May.",
    });
    await saveArticle(database.db, { ...article, source: "The Ledger", url: "https://ledger.example/bridge" });
    await database.db.story.create({ data: { id: "s1", label: "Bridge" } });
    const chunk = article.chunks[0];
    if (!chunk) throw new Error("no chunk");
    const end = article.text.indexOf(".") + 1;
    const saved = await saveGeneratedDigest(
      database.db,
      "s1",
      buildDigest({
        summary: [
          {
            text: "The council approved the new bridge.",
            citations: [{ articleId: article.id, chunkId: chunk.id, start: 0, end }],
          },
        ],
      }),
    );
    const reviewer = await upsertUser(database.db, { email: "r@x.org", name: "Rev", password: "p", role: "reviewer" });
    await decideDigest(database.db, {
      digestId: saved.digestId,
      expectedVersion: 1,
      decision: "approved",
      actorId: reviewer.id,
    });
    await decideDigest(database.db, {
      digestId: saved.digestId,
      expectedVersion: 2,
      decision: "published",
      actorId: reviewer.id,
    });
    const [published] = await listPublishedDigests(database.db);
    expect(published?.evidence).toEqual({
      passages: [
        {
          articleId: article.id,
          chunkId: chunk.id,
          start: 0,
          end,
          text: "The council approved the new bridge on Monday by 7 votes to 2.",
        },
      ],
      sources: [
        {
          articleId: article.id,
          title: "Council approves bridge",
          outlet: "The Ledger",
          url: "https://ledger.example/bridge",
          publishedAt: null,
        },
      ],
    });
  });
});
