import { describe, expect, it } from "vitest";
import { isRoundupError } from "../errors/index.js";
import { bcubed } from "../eval/bcubed.js";
import type { Story } from "../model/index.js";
import { groupStories } from "./group-stories.js";
import { StoryIndex } from "./story-index.js";
import { labelledArticles, seedArticles, warehouseFires } from "./test-articles.js";
import { syntheticNews } from "./testing/synthetic-news.js";

const assignments = (stories: Story[]) =>
  new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
const unrelated = {
  id: "weather",
  title: "Heavy snow closes alpine passes in Switzerland",
  text: "Avalanche warnings were raised in Graubünden after 80 cm of snow fell overnight on Tuesday.",
  publishedAt: null,
};

describe("StoryIndex", () => {
  it("adds the seeds one by one into one story, then starts a new story for an unrelated article", () => {
    const index = new StoryIndex();
    const results = seedArticles().map((article) => index.add(article));
    expect(results[0]?.created).toBe(true);
    expect(results.slice(1).every((result) => !result.created && result.storyId === results[0]?.storyId)).toBe(true);
    const weather = index.add(unrelated);
    expect(weather.created).toBe(true);
    expect(weather.storyId).not.toBe(results[0]?.storyId);
    expect(index.stories()).toHaveLength(2);
    expect(index.add(unrelated)).toEqual({ storyId: weather.storyId, created: false, reassigned: [] });
  });

  it("incrementally groups look-alike topics close to the batch result, and regroup() matches the batch", () => {
    const articles = labelledArticles(["quake", "ferry", "coach"]);
    const gold = new Map(articles.map((article) => [article.id, article.story]));
    const index = new StoryIndex();
    for (const article of articles) index.add(article);
    expect(bcubed(index.assignments(), gold).f1).toBeGreaterThan(0.85);

    const batch = groupStories(articles);
    const regrouped = index.regroup();
    expect(bcubed(assignments(regrouped), gold).f1).toBeCloseTo(bcubed(assignments(batch), gold).f1, 5);
    expect(
      index
        .stories()
        .map((story) => story.articleIds.length)
        .sort(),
    ).toEqual(regrouped.map((story) => story.articleIds.length).sort());
  });

  it("reports every reassignment an add causes, so a caller's stored assignments stay in step", () => {
    const index = new StoryIndex();
    const stored = new Map<string, string>();
    let reassignments = 0;
    for (const article of labelledArticles(["quake", "ceo", "ferry", "pirates", "coach", "strike"])) {
      const result = index.add(article);
      stored.set(article.id, result.storyId);
      for (const change of result.reassigned) stored.set(change.articleId, change.storyId);
      reassignments += result.reassigned.length;
    }
    expect(stored).toEqual(index.assignments());
    // Each topic holds look-alike events: placed one at a time, some crept together, and the
    // refinement pass has to split them.
    expect(reassignments).toBeGreaterThan(0);
  });

  it("keeps story ids across regroup() where members stayed together", () => {
    const index = new StoryIndex();
    for (const article of labelledArticles(["ferry"])) index.add(article);
    const before = new Set(
      index
        .stories()
        .filter((story) => story.articleIds.length > 2)
        .map((story) => story.id),
    );
    const after = new Set(index.regroup().map((story) => story.id));
    for (const storyId of before) expect(after.has(storyId)).toBe(true);
  });

  it("sends a near-duplicate to its original's story and honours a pinned story on add", () => {
    const index = new StoryIndex();
    const [first, ...rest] = seedArticles();
    const original = index.add(first as (typeof rest)[number]);
    expect(index.add({ ...unrelated, id: "copy", duplicateOf: first?.id }).storyId).toBe(original.storyId);
    const pinned = index.add(rest[0] as (typeof rest)[number], { pinnedStoryId: "s_editor" });
    expect(pinned).toEqual({ storyId: "s_editor", created: true, reassigned: [] });
  });

  it("survives toJSON/fromJSON and restores from stored assignments without regrouping", () => {
    const articles = labelledArticles(["ceo"]);
    const index = new StoryIndex();
    for (const article of articles) index.add(article);
    const snapshot = JSON.parse(JSON.stringify(index.toJSON()));
    const restored = StoryIndex.fromJSON(snapshot);
    expect(restored.assignments()).toEqual(index.assignments());

    // Stored assignments are taken as they are, even ones grouping would not make.
    const stored = new Map(articles.map((article, position) => [article.id, position % 2 === 0 ? "s_even" : "s_odd"]));
    const fromDatabase = StoryIndex.fromAssignments(articles, stored);
    expect(fromDatabase.assignments()).toEqual(stored);
    expect(fromDatabase.add(unrelated).created).toBe(true);
  });

  it("keeps editors' moves, merges and splits through regroup()", () => {
    const articles = labelledArticles(["quake"]);
    const index = new StoryIndex();
    for (const article of articles) index.add(article);
    index.regroup();
    const turkey = articles.filter((article) => article.story === "quake-turkey-2013").map((article) => article.id);
    const peru = articles.filter((article) => article.story === "quake-peru-2009").map((article) => article.id);
    const turkeyStory = index.storyOf(turkey[1] as string) as string;
    const peruStory = index.storyOf(peru[0] as string) as string;
    expect(turkeyStory).not.toBe(peruStory);

    index.move(turkey[0] as string, peruStory);
    const [kept, splitA, splitB] = peru.filter((id) => index.storyOf(id) === peruStory) as [string, string, string];
    const newStory = index.split(peruStory, [splitA, splitB]);
    index.regroup();
    expect(index.storyOf(turkey[0] as string)).toBe(peruStory);
    expect(index.storyOf(splitA)).toBe(newStory);
    expect(index.storyOf(splitB)).toBe(newStory);
    expect(index.storyOf(kept)).toBe(peruStory);

    index.merge(newStory, peruStory);
    index.regroup();
    expect(index.storyOf(splitA)).toBe(peruStory);
    expect(index.stories().some((story) => story.id === newStory)).toBe(false);
  });

  it("never joins an article to a story holding one it was separated from", () => {
    const articles = labelledArticles(["ceo"]);
    const [first, second] = articles;
    const together = new StoryIndex();
    for (const article of [first, second]) together.add(article as (typeof articles)[number]);
    const apart = new StoryIndex({ constraints: { cannotLink: [[first?.id as string, second?.id as string]] } });
    for (const article of [first, second]) apart.add(article as (typeof articles)[number]);
    expect(together.storyOf(first?.id as string)).toBe(together.storyOf(second?.id as string));
    expect(apart.storyOf(first?.id as string)).not.toBe(apart.storyOf(second?.id as string));
  });

  it("says which article is missing when moving an unknown one", () => {
    const index = new StoryIndex();
    try {
      index.move("nope", "s_x");
      expect.unreachable();
    } catch (error) {
      expect(isRoundupError(error) && error.code).toBe("NOT_FOUND");
    }
  });
});

const DAY_MS = 86_400_000;
const day = (n: number) => Date.parse("2025-01-01T00:00:00Z") + n * DAY_MS;

/** Three unrelated events, each told in its own words by several outlets. */
const EVENTS = {
  bridge: (n: number) =>
    `Dresden city council approved the new tram bridge over the Elbe after ${10 + n} hours of debate. Mayor Dirk Hilbert said construction of the Elbe bridge starts in spring and costs 48 million euros. Opponents of the tram bridge in Dresden promised to appeal.`,
  wildfire: (n: number) =>
    `A wildfire in the hills above Marseille forced ${3000 + n * 100} residents to leave on Tuesday. Firefighters from Provence fought the Marseille wildfire with twelve water bombers as the mistral wind spread the flames toward Allauch.`,
  strike: (n: number) =>
    `Dock workers in Oslo walked out over pay, halting ferries from Oslo to Kiel for the ${n + 2}nd day. The Norwegian union Fellesforbundet said the Oslo port strike continues until the shipping companies raise wages by 6 percent.`,
};

function eventArticle(event: keyof typeof EVENTS, n: number, receivedDay: number) {
  const receivedAt = new Date(day(receivedDay)).toISOString();
  return { id: `${event}-${n}`, title: "", text: EVENTS[event](n), publishedAt: receivedAt, receivedAt };
}

describe("StoryIndex over a window of time", () => {
  it("closes a story no article reached within the window; a similar article then starts a new one; reopening brings it back", () => {
    const index = new StoryIndex();
    const bridge = [0, 1, 2].map((n) => eventArticle("bridge", n, n));
    const bridgeStory = bridge.map((article) => index.add(article).storyId)[0] as string;
    expect(bridge.every((article) => index.storyOf(article.id) === bridgeStory)).toBe(true);
    const wildfireStory = index.add(eventArticle("wildfire", 0, 35)).storyId;

    // Day 40, a 30-day window: the bridge story (last article on day 2) closes, the wildfire stays.
    const closed = index.closeInactive(day(40) - 30 * DAY_MS);
    expect(closed.map((story) => [story.id, story.articleIds.length])).toEqual([[bridgeStory, 3]]);
    expect(index.isOpen(bridgeStory)).toBe(false);
    expect(index.isOpen(wildfireStory)).toBe(true);
    expect(bridge.some((article) => index.has(article.id))).toBe(false);
    expect(index.stats()).toMatchObject({ articles: 1, stories: 1 });

    const late = index.add(eventArticle("bridge", 3, 40));
    expect(late.created).toBe(true);
    expect(late.storyId).not.toBe(bridgeStory);

    index.reopen(bridgeStory, bridge, day(41));
    expect(index.isOpen(bridgeStory)).toBe(true);
    expect(bridge.map((article) => index.storyOf(article.id))).toEqual([bridgeStory, bridgeStory, bridgeStory]);
    // Reopened on day 41, it stays open for a window from then, though its articles are older.
    expect(index.closeInactive(day(60) - 30 * DAY_MS)).toEqual([]);
    expect(index.closeInactive(day(72) - 30 * DAY_MS).map((story) => story.id)).toContain(bridgeStory);
  });

  it("keeps a story open while articles keep arriving, whatever their age", () => {
    const index = new StoryIndex();
    const storyId = index.add(eventArticle("strike", 0, 0)).storyId;
    for (let n = 1; n < 6; n++) expect(index.add(eventArticle("strike", n, n * 20)).storyId).toBe(storyId);
    expect(index.closeInactive(day(120) - 30 * DAY_MS)).toEqual([]);
    expect(index.storyOf("strike-0")).toBe(storyId);
  });

  it("holds only the window's articles and vocabulary when news streams in for months", () => {
    const windowed = new StoryIndex();
    const unbounded = new StoryIndex();
    const arrivedAt = new Map<string, number>();
    let added = 0;
    let mostHeld = 0;
    for (const batch of syntheticNews({ articles: 1000, days: 100, seed: 3 })) {
      windowed.closeInactive(batch.at - 7 * DAY_MS);
      for (const article of batch.articles) {
        const item = { ...article, receivedAt: article.publishedAt };
        arrivedAt.set(article.id, Date.parse(article.publishedAt as string));
        windowed.add(item);
        unbounded.add(item);
        added += 1;
      }
      mostHeld = Math.max(mostHeld, windowed.size);
    }
    const cutoff = day(99) - 7 * DAY_MS;
    windowed.closeInactive(cutoff);
    // Every story still held took an article within the window.
    for (const story of windowed.stories())
      expect(Math.max(...story.articleIds.map((id) => arrivedAt.get(id) as number))).toBeGreaterThanOrEqual(cutoff);
    expect(unbounded.size).toBe(added);
    expect(mostHeld).toBeLessThan(added / 3);
    // Positions and features of closed stories are reused: the arrays never outgrow the most held at once.
    expect(windowed.stats().capacity).toBe(mostHeld);
    expect(windowed.stats().features).toBeLessThan(unbounded.stats().features / 2);
  });

  it("regroups only the stories active since a time, leaving older ones as they are", () => {
    const old = [0, 1, 2].map((n) => eventArticle("bridge", n, 0));
    const recent = [
      ...[0, 1, 2].map((n) => eventArticle("wildfire", n, 20)),
      ...[0, 1, 2].map((n) => eventArticle("strike", n, 20)),
    ];
    // Stored assignments grouping would not make: two events mixed in each recent story.
    const stored = new Map([
      ...old.map((article) => [article.id, "s_old"] as const),
      ...recent.map((article, position) => [article.id, position % 2 === 0 ? "s_even" : "s_odd"] as const),
    ]);
    const index = StoryIndex.fromAssignments([...old, ...recent], stored);
    const regrouped = index.regroup({ activeSince: day(10) });
    expect(regrouped.flatMap((story) => story.articleIds).sort()).toEqual(recent.map((article) => article.id).sort());
    expect(old.every((article) => index.storyOf(article.id) === "s_old")).toBe(true);
    for (const event of ["wildfire", "strike"]) {
      const stories = new Set(recent.filter((article) => article.id.startsWith(event)).map((a) => index.storyOf(a.id)));
      expect(stories.size).toBe(1);
    }
    expect(index.storyOf("wildfire-0")).not.toBe(index.storyOf("strike-0"));
  });

  it("the daily regroup parts two look-alike events that arrived into one story", () => {
    // Refinement off, as in a window crowded with look-alikes where the local second look cannot help.
    const index = new StoryIndex({ minSplitSize: 100 });
    const fires = warehouseFires();
    const placed = fires.map((article) => index.add({ ...article, receivedAt: article.publishedAt }).storyId);
    // One at a time, the Ghent reports join the Leeds story: it is the closest there is.
    expect(new Set(placed).size).toBe(1);
    index.regroup({ activeSince: Date.parse("2026-03-03T00:00:00Z") });
    for (const story of ["leeds", "ghent"]) {
      const storyIds = new Set(fires.filter((article) => article.story === story).map((a) => index.storyOf(a.id)));
      expect(storyIds.size).toBe(1);
    }
    expect(index.storyOf("leeds-1")).not.toBe(index.storyOf("ghent-1"));
  });

  it("keeps arrival times through toJSON/fromJSON, so a restored index closes the same stories", () => {
    const index = new StoryIndex();
    index.add(eventArticle("bridge", 0, 0));
    const wildfire = index.add(eventArticle("wildfire", 0, 25)).storyId;
    const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.closeInactive(day(40) - 30 * DAY_MS).map((story) => story.articleIds)).toEqual([["bridge-0"]]);
    expect(restored.isOpen(wildfire)).toBe(true);
  });
});
