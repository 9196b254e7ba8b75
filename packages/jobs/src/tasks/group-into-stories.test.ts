import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { groupStories } from "@roundup/core";
import { loadArticles, loadStories, moveArticleToStory, reopenStory } from "@roundup/db";
import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleCorpusFolder } from "../sample-corpus.js";
import { groupIntoStories } from "./group-into-stories.js";
import { ingestIntoDatabase } from "./ingest-into-database.js";
import { ResidentStoryIndex } from "./resident-story-index.js";

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

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));

/** Ingests a text as a file and backdates its import, as if it arrived at `at`. */
const ingesterAt = (database: TemporaryDatabase) => async (name: string, text: string, at: Date) => {
  const file = path.join(database.folder, `${name}.txt`);
  writeFileSync(file, text);
  const id = (await ingestIntoDatabase(database.db, [file])).imported[0]?.id as string;
  await database.db.article.update({ where: { id }, data: { importedAt: at } });
  return id;
};

const BRIDGE = [
  "Council approves new bridge over the Elbe\n\nThe city council of Dresden approved a new tram bridge over the Elbe on Tuesday after a debate that lasted eleven hours. Construction starts next spring and should take two years, mayor Dirk Hilbert said.",
  "Dresden votes for Elbe tram bridge\n\nDresden's council backed the Elbe tram bridge late on Tuesday. Mayor Dirk Hilbert called the vote on the bridge a good day for Dresden; the tram line over the Elbe should open in two years.",
  "Elbe bridge: Dresden opponents file appeal\n\nOpponents of the Elbe tram bridge in Dresden filed an appeal against the council vote. The bridge, backed by mayor Dirk Hilbert, would carry trams over the Elbe from 2027.",
  "Court hears appeal on Dresden's Elbe bridge\n\nA court in Dresden heard the appeal against the Elbe tram bridge. The council and mayor Dirk Hilbert defended the bridge over the Elbe and its tram line.",
];
const WILDFIRE =
  "Wildfire forces thousands to leave near Marseille\n\nA wildfire in the hills above Marseille forced 3,000 residents of Allauch to leave on Sunday. Firefighters fought the flames with twelve water bombers as the mistral spread the fire.";

describe.each(testProviders())("groupIntoStories within a window of time, on %s", (provider) => {
  it("closes a story no article reached within the window, starts a new one for a late similar article, and holds a reopened one again", async () => {
    const database = await createTemporaryDatabase(provider);
    const db = database.db;
    const ingestAt = ingesterAt(database);
    const storyOf = async (id: string) => (await db.article.findUnique({ where: { id } }))?.storyId;
    try {
      const bridge = [await ingestAt("bridge-0", BRIDGE[0] as string, day(0))];
      bridge.push(await ingestAt("bridge-1", BRIDGE[1] as string, day(1)));
      const first = await groupIntoStories(db, { full: false, now: day(1) });
      expect(first.stories).toHaveLength(1);
      const bridgeStory = first.stories[0]?.id as string;

      await ingestAt("wildfire", WILDFIRE, day(35));
      const second = await groupIntoStories(db, { full: false, now: day(40), windowDays: 30 });
      expect(second.closed).toBe(1);
      // Only the wildfire was held: the closed story's articles were not loaded.
      expect(second.held).toBe(1);
      expect((await db.story.findUnique({ where: { id: bridgeStory } }))?.closedAt).toEqual(day(40));

      const late = await ingestAt("bridge-2", BRIDGE[2] as string, day(41));
      const third = await groupIntoStories(db, { full: false, now: day(41), windowDays: 30 });
      expect(third.held).toBe(2);
      const lateStory = await storyOf(late);
      expect(lateStory).toBeTruthy();
      expect(lateStory).not.toBe(bridgeStory);
      for (const id of bridge) expect(await storyOf(id)).toBe(bridgeStory);

      expect(await reopenStory(db, { storyId: bridgeStory, at: day(42) })).toEqual({
        ok: true,
        value: { reopenedAt: day(42) },
      });
      expect(await reopenStory(db, { storyId: bridgeStory })).toEqual({
        ok: false,
        reason: "unchanged",
        message: "The story is open already.",
      });
      const again = await ingestAt("bridge-3", BRIDGE[3] as string, day(42));
      const fourth = await groupIntoStories(db, { full: false, now: day(42), windowDays: 30 });
      // The reopened story is held again (two articles), with the wildfire, the late one and the new one.
      expect(fourth.closed).toBe(0);
      expect(fourth.held).toBe(5);
      expect([bridgeStory, lateStory]).toContain(await storyOf(again));
      expect((await db.story.findUnique({ where: { id: bridgeStory } }))?.closedAt).toBeNull();
    } finally {
      await database.remove();
    }
  });

  it("keeps the stories of a backlog's time open: the window counts back from the oldest article waiting", async () => {
    const database = await createTemporaryDatabase(provider);
    const db = database.db;
    try {
      const files = BRIDGE.slice(0, 3).map((text, index) => {
        const file = path.join(database.folder, `bridge-${index}.txt`);
        writeFileSync(file, text);
        return file;
      });
      const [first] = (await ingestIntoDatabase(db, [files[0] as string])).imported;
      await db.article.update({ where: { id: first?.id as string }, data: { importedAt: day(0) } });
      const grouped = await groupIntoStories(db, { full: false, now: day(0) });
      // Two more arrive on day 20, but the workers are down until day 45.
      const waiting = (await ingestIntoDatabase(db, files.slice(1))).imported.map((article) => article.id);
      await db.article.updateMany({ where: { id: { in: waiting } }, data: { importedAt: day(20) } });
      const late = await groupIntoStories(db, { full: false, now: day(45), windowDays: 30 });
      expect(late.closed).toBe(0);
      for (const id of waiting)
        expect((await db.article.findUnique({ where: { id } }))?.storyId).toBe(grouped.stories[0]?.id);
    } finally {
      await database.remove();
    }
  });
});

const STRIKE =
  "Oslo port strike halts ferries to Kiel\n\nDock workers in Oslo walked out over pay, halting the ferries from Oslo to Kiel. The union Fellesforbundet said the Oslo port strike goes on until wages rise by six percent.";

describe.each(testProviders())("a worker's resident story index, on %s", (provider) => {
  it("reads only new articles while nothing else changed, and rebuilds after another worker's or an editor's change", async () => {
    const database = await createTemporaryDatabase(provider);
    const db = database.db;
    const ingestAt = ingesterAt(database);
    const storyOf = async (id: string) => (await db.article.findUnique({ where: { id } }))?.storyId as string;
    const resident = new ResidentStoryIndex();
    const group = (now: Date) => groupIntoStories(db, { full: false, now, windowDays: 30, resident });
    try {
      const bridge = [await ingestAt("bridge-0", BRIDGE[0] as string, day(0))];
      bridge.push(await ingestAt("bridge-1", BRIDGE[1] as string, day(1)));
      expect((await group(day(1))).mode).toBe("full");
      bridge.push(await ingestAt("bridge-2", BRIDGE[2] as string, day(2)));
      expect(await group(day(2))).toMatchObject({ mode: "incremental", rebuilt: true, placed: 1 });

      // Nothing else changed: the index is kept and only the new article's text is read.
      const wildfire = await ingestAt("wildfire", WILDFIRE, day(3));
      expect(await group(day(3))).toMatchObject({ rebuilt: false, placed: 1, held: 4 });
      const bridgeStory = await storyOf(bridge[0] as string);
      expect(await storyOf(bridge[2] as string)).toBe(bridgeStory);
      expect(await storyOf(wildfire)).not.toBe(bridgeStory);

      // Another worker (without this index) places an article in a story this one holds: rebuild.
      const another = await ingestAt("bridge-3", BRIDGE[3] as string, day(4));
      await groupIntoStories(db, { full: false, now: day(4), windowDays: 30 });
      expect(await storyOf(another)).toBe(bridgeStory);
      const strike = await ingestAt("strike", STRIKE, day(4));
      expect(await group(day(4))).toMatchObject({ rebuilt: true, placed: 1 });

      // An editor's move is a new decision: rebuild; then the index is kept again.
      await moveArticleToStory(db, { articleId: strike, toStory: await storyOf(wildfire), actorId: null });
      const bridgeAgain = await ingestAt("bridge-again", `${BRIDGE[0]} Officials confirmed it again.`, day(5));
      expect(await group(day(5))).toMatchObject({ rebuilt: true });
      expect(await storyOf(strike)).toBe(await storyOf(wildfire));
      const late = await ingestAt("bridge-late", `${BRIDGE[1]} Work began this week.`, day(6));
      expect(await group(day(6))).toMatchObject({ rebuilt: false });
      expect(await storyOf(late)).toBe(await storyOf(bridgeAgain));

      // Stories closing and reopening are followed without a rebuild.
      await ingestAt("wildfire-2", `${WILDFIRE} Rain helped the firefighters overnight.`, day(30));
      expect(await group(day(30))).toMatchObject({ rebuilt: false, closed: 0 });
      const wildfireStory = await storyOf(wildfire);
      const fresh = await ingestAt("strike-2", `${STRIKE} Talks resume on Monday.`, day(50));
      const closing = await group(day(50));
      expect(closing).toMatchObject({ mode: "incremental", rebuilt: false });
      expect(closing.closed).toBeGreaterThan(0);
      // Held: the open wildfire story (its two reports and the strike an editor moved in) and the new one.
      expect(closing.held).toBe((await db.article.count({ where: { storyId: wildfireStory } })) + 1);
      await reopenStory(db, { storyId: bridgeStory, at: day(51) });
      const reopened = await ingestAt("bridge-reopened", `${BRIDGE[2]} The court set a hearing.`, day(51));
      const back = await group(day(51));
      expect(back.rebuilt).toBe(false);
      // The reopened story's articles were held again, with the open stories' and the new one.
      expect(back.held).toBe(await db.article.count({ where: { story: { closedAt: null } } }));
      expect(back.held).toBeGreaterThan(closing.held + bridge.length);
      expect(await storyOf(reopened)).toBeTruthy();
      expect(await storyOf(fresh)).not.toBe(bridgeStory);
    } finally {
      await database.remove();
    }
  });
});
