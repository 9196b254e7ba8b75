import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { groupStories } from "@roundup/core";
import { loadArticles, loadStories } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { groupIntoStories } from "./group-into-stories.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";

describe.each(testProviders())("groupIntoStories on %s", (provider) => {
  let database: TemporaryDatabase;
  let unrelated: string;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    const file = path.join(database.folder, "bridge.txt");
    writeFileSync(
      file,
      "Council approves new bridge over the Elbe\n\nThe city council of Dresden approved a new bridge over the Elbe on Tuesday after a debate that lasted eleven hours. Construction starts next spring and should take two years, the mayor said. The bridge will carry trams, bicycles and pedestrians but no cars.\n",
    );
    const report = await ingestIntoDatabase(database.db, [sampleCorpusFolder, file]);
    unrelated = report.imported.find((item) => item.title.startsWith("Council"))?.id ?? "";
  });
  afterAll(async () => {
    await database.remove();
  });

  it("puts the five seeds in one story and the unrelated article in another, keeping ids on a regroup", async () => {
    const first = await groupIntoStories(database.db, { full: true });
    expect(first.stories.map((story) => story.articles).sort()).toEqual([1, 5]);
    const again = await groupIntoStories(database.db, { full: true });
    expect(again.stories.map((story) => story.id).sort()).toEqual(first.stories.map((story) => story.id).sort());
  });

  it("keeps an editor's move through a full regroup", async () => {
    const seedsStory = (await loadStories(database.db)).find((story) => story.articleIds.length === 5);
    await database.db.groupingDecision.create({
      data: { kind: "move", articleId: unrelated, toStory: seedsStory?.id ?? "" },
    });
    await groupIntoStories(database.db, { full: true });
    const stories = await loadStories(database.db);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.articleIds).toContain(unrelated);
  });
});

/** Three events told by dated articles, some undated and some on the same instant, as corpus JSONL. */
function datedEvents(): string {
  const events = [
    ["Dresden council approves tram bridge over the Elbe", "Dresden", "the new Elbe bridge for trams"],
    ["Wildfire near Marseille forces thousands to leave", "Marseille", "the wildfire in the hills"],
    ["Oslo port strike halts ferries to Kiel", "Oslo", "the port strike and the ferries"],
  ];
  const dates = ["2024-05-02T09:00:00Z", null, "2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z"];
  return events
    .flatMap(([title, city, subject], event) =>
      dates.map((publishedAt, index) =>
        JSON.stringify({
          id: `${event}-${index}`,
          title: `${title} (${index})`,
          text: `Officials in ${city} spoke on ${subject} on day ${index + 1}. Reporters in ${city} followed ${subject} closely, and residents of ${city} asked about ${subject} again.`,
          source: `Outlet ${index}`,
          publishedAt,
        }),
      ),
    )
    .join("\n");
}

describe.each(testProviders())("groupIntoStories against the stored articles loaded whole, on %s", (provider) => {
  it("saves exactly the stories that grouping all of loadArticles gives, in its order", async () => {
    const database = await createTemporaryDatabase(provider);
    try {
      const events = path.join(database.folder, "events.jsonl");
      writeFileSync(events, datedEvents());
      await ingestIntoDatabase(database.db, [sampleCorpusFolder, events]);
      // What the job gave when it loaded every article with its chunks.
      const expected = groupStories(await loadArticles(database.db), { previous: new Map(), constraints: {} });
      expect(expected.length).toBeGreaterThanOrEqual(3);

      const report = await groupIntoStories(database.db, { full: true });
      expect(report.stories).toEqual(
        expected.map((story) => ({
          id: story.id,
          label: story.label,
          articles: story.articleIds.length,
          startAt: story.startAt,
          endAt: story.endAt,
        })),
      );
      const stored = new Map((await loadStories(database.db)).map((story) => [story.id, story.articleIds]));
      for (const story of expected) expect(new Set(stored.get(story.id))).toEqual(new Set(story.articleIds));
    } finally {
      await database.remove();
    }
  });
});

describe("groupIntoStories incrementally", () => {
  it("places a new article without moving the stored ones, and starts a story for an unrelated one", async () => {
    const database = await createTemporaryDatabase("sqlite");
    try {
      const seeds = readdirSync(sampleCorpusFolder).map((name) => path.join(sampleCorpusFolder, name));
      await ingestIntoDatabase(database.db, seeds.slice(0, 3));
      const first = await groupIntoStories(database.db, { full: false });
      expect(first.mode).toBe("full");
      expect(first.stories).toHaveLength(1);

      const bridge = path.join(database.folder, "bridge.txt");
      writeFileSync(
        bridge,
        "Council approves new bridge over the Elbe\n\nThe city council of Dresden approved a new bridge over the Elbe on Tuesday after a debate that lasted eleven hours. Construction starts next spring and should take two years, the mayor said.\n",
      );
      await ingestIntoDatabase(database.db, [...seeds.slice(3), bridge]);
      const second = await groupIntoStories(database.db, { full: false });
      expect(second.mode).toBe("incremental");
      expect(second.placed).toBe(3);
      const stories = await loadStories(database.db);
      expect(stories.map((story) => story.articleIds.length).sort()).toEqual([1, 5]);
      expect(stories.find((story) => story.articleIds.length === 5)?.id).toBe(first.stories[0]?.id);
    } finally {
      await database.remove();
    }
  });
});
