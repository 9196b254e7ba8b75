import { type GroupingConstraints, groupStories, type Story, StoryIndex } from "@roundup/core";
import { type Database, loadGroupableArticles, saveStories } from "@roundup/db";

export interface GroupReport {
  /** `full`: every article regrouped; `incremental`: only unplaced articles were placed. */
  mode: "full" | "incremental";
  /** Articles placed by this run (all of them on a full regroup). */
  placed: number;
  stories: Array<{ id: string; label: string; articles: number; startAt: string | null; endAt: string | null }>;
  seconds: number;
}

/** Editors' grouping decisions, replayed in order so the latest one wins. */
async function loadConstraints(db: Database): Promise<GroupingConstraints> {
  const decisions = await db.groupingDecision.findMany({ orderBy: { createdAt: "asc" } });
  const pinned = new Map<string, string>();
  const merged: Array<[string, string]> = [];
  for (const decision of decisions) {
    if ((decision.kind === "move" || decision.kind === "split") && decision.articleId && decision.toStory) {
      pinned.set(decision.articleId, decision.toStory);
    }
    if (decision.kind === "merge" && decision.fromStory && decision.toStory)
      merged.push([decision.fromStory, decision.toStory]);
  }
  return { pinned, merged };
}

/**
 * Places articles in stories and saves them; editors' moves, merges and splits are respected.
 * Incremental (the default): only articles without a story are added, each joining the story it
 * matches best or starting one; stored placements stay. `full`: everything is regrouped from
 * scratch, keeping existing story ids where most of their members stay together.
 */
export async function groupIntoStories(db: Database, options: { full: boolean }): Promise<GroupReport> {
  const started = performance.now();
  const articles = await loadGroupableArticles(db);
  const constraints = await loadConstraints(db);
  const previous = new Map<string, string>();
  for (const article of articles) if (article.storyId) previous.set(article.id, article.storyId);
  const unplaced = articles.filter((article) => !article.storyId);
  const incremental = !options.full && previous.size > 0;
  let stories: Story[];
  if (incremental) {
    const index = StoryIndex.fromAssignments(
      articles.filter((article) => article.storyId),
      previous,
      { constraints },
    );
    const touched = new Set<string>();
    for (const article of unplaced) {
      const result = index.add(article);
      touched.add(result.storyId);
      // A refinement may move earlier members; their old and new stories both change.
      for (const moved of result.reassigned) {
        touched.add(moved.storyId);
        const before = previous.get(moved.articleId);
        if (before) touched.add(before);
      }
    }
    stories = index.stories().filter((story) => touched.has(story.id));
  } else {
    stories = groupStories(articles, { previous, constraints });
  }
  await saveStories(db, stories);
  return {
    mode: incremental ? "incremental" : "full",
    placed: incremental ? unplaced.length : articles.length,
    stories: stories.map((story) => ({
      id: story.id,
      label: story.label,
      articles: story.articleIds.length,
      startAt: story.startAt,
      endAt: story.endAt,
    })),
    seconds: (performance.now() - started) / 1000,
  };
}
