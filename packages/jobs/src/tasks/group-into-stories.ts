import { type GroupingConstraints, groupStories, type Story } from "@roundup/core";
import { type Database, loadArticles, saveStories } from "@roundup/db";

export interface GroupReport {
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
 * Groups the stored articles into stories and saves them. Existing story ids are kept where most of
 * their members stay together, and editors' moves, merges and splits are respected.
 */
export async function groupIntoStories(db: Database, _options: { full: boolean }): Promise<GroupReport> {
  const started = performance.now();
  const articles = await loadArticles(db);
  const previous = new Map<string, string>();
  for (const article of articles) if (article.storyId) previous.set(article.id, article.storyId);
  const stories: Story[] = groupStories(articles, { previous, constraints: await loadConstraints(db) });
  await saveStories(db, stories);
  return {
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
