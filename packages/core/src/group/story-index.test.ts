import { describe, expect, it } from "vitest";
import { isRoundupError } from "../errors/index.js";
import { bcubed } from "../eval/bcubed.js";
import type { Story } from "../model/index.js";
import { groupStories } from "./group-stories.js";
import { StoryIndex } from "./story-index.js";
import { labelledArticles, seedArticles } from "./test-articles.js";

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
    for (const article of labelledArticles(["quake", "strike", "ceo"])) {
      const result = index.add(article);
      stored.set(article.id, result.storyId);
      for (const change of result.reassigned) stored.set(change.articleId, change.storyId);
      reassignments += result.reassigned.length;
    }
    expect(stored).toEqual(index.assignments());
    // These topics hold two similar events each: the refinement pass has to split some stories.
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
