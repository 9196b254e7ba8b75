import { randomUUID } from "node:crypto";
import type { Database } from "../create-database.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";

export const groupingDecisionKinds = ["move", "merge", "split"] as const;
export type GroupingDecisionKind = (typeof groupingDecisionKinds)[number];

export interface GroupingDecisionView {
  id: string;
  kind: GroupingDecisionKind;
  articleId: string | null;
  fromStory: string | null;
  toStory: string | null;
  actorId: string | null;
  createdAt: Date;
}

/**
 * Why a grouping edit was refused; the web app shows it as is. Nothing is written when one is returned.
 */
export type GroupingEditResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Moves an article to another story and records the decision, so a later regroup keeps it there.
 * The article is moved at once too, so the pages are right even before the regroup runs.
 */
export async function moveArticleToStory(
  db: Database,
  input: { articleId: string; toStory: string; actorId: string | null },
): Promise<GroupingEditResult<{ fromStory: string | null }>> {
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { storyId: true } });
  if (!article) return { ok: false, message: "The article was not found." };
  if (article.storyId === input.toStory) return { ok: false, message: "The article is already in that story." };
  const target = await db.story.findUnique({ where: { id: input.toStory }, select: { id: true } });
  if (!target) return { ok: false, message: "The story to move the article to was not found." };
  await db.$transaction(async (tx) => {
    await tx.groupingDecision.create({
      data: {
        kind: "move",
        articleId: input.articleId,
        fromStory: article.storyId,
        toStory: input.toStory,
        actorId: input.actorId,
      },
    });
    await tx.article.update({ where: { id: input.articleId }, data: { storyId: input.toStory, storyPinned: true } });
    await refreshStorySummaries(tx, [article.storyId, input.toStory]);
  });
  return { ok: true, value: { fromStory: article.storyId } };
}

/**
 * Merges story `fromStory` into `intoStory`: its articles join the surviving story, whose id and digest
 * stay; the merged story keeps no articles (and so leaves the inbox) but keeps its digest history.
 */
export async function mergeStories(
  db: Database,
  input: { fromStory: string; intoStory: string; actorId: string | null },
): Promise<GroupingEditResult<{ movedArticles: number }>> {
  if (input.fromStory === input.intoStory) return { ok: false, message: "A story cannot be merged into itself." };
  const stories = await db.story.findMany({
    where: { id: { in: [input.fromStory, input.intoStory] } },
    select: { id: true },
  });
  if (stories.length !== 2) return { ok: false, message: "One of the two stories was not found." };
  const moved = await db.$transaction(async (tx) => {
    await tx.groupingDecision.create({
      data: { kind: "merge", fromStory: input.fromStory, toStory: input.intoStory, actorId: input.actorId },
    });
    const updated = await tx.article.updateMany({
      where: { storyId: input.fromStory },
      data: { storyId: input.intoStory },
    });
    await refreshStorySummaries(tx, [input.fromStory, input.intoStory]);
    return updated;
  });
  return { ok: true, value: { movedArticles: moved.count } };
}

/**
 * Splits the chosen articles of a story into a new story: one `split` decision per article, all naming
 * the new story's id. At least one article must stay behind (otherwise it is not a split).
 */
export async function splitStory(
  db: Database,
  input: { storyId: string; articleIds: string[]; actorId: string | null },
): Promise<GroupingEditResult<{ newStoryId: string }>> {
  const articleIds = [...new Set(input.articleIds)];
  if (articleIds.length === 0) return { ok: false, message: "Choose the articles to split off." };
  const members = await db.article.findMany({
    where: { storyId: input.storyId },
    select: { id: true, title: true, publishedAt: true },
    orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
  });
  const memberIds = new Set(members.map((article) => article.id));
  if (articleIds.some((id) => !memberIds.has(id))) {
    return { ok: false, message: "Some of the chosen articles are not in this story any more; reload the page." };
  }
  if (articleIds.length >= members.length) {
    return { ok: false, message: "Leave at least one article in the story: a split needs two parts." };
  }
  const chosen = members.filter((article) => articleIds.includes(article.id));
  const newStoryId = `story-${randomUUID()}`;
  await db.$transaction(async (tx) => {
    await tx.story.create({
      data: {
        id: newStoryId,
        label: chosen[0]?.title ?? "Split story",
        startAt: chosen[0]?.publishedAt ?? null,
        endAt: chosen.at(-1)?.publishedAt ?? null,
      },
    });
    await tx.groupingDecision.createMany({
      data: articleIds.map((articleId) => ({
        kind: "split",
        articleId,
        fromStory: input.storyId,
        toStory: newStoryId,
        actorId: input.actorId,
      })),
    });
    await tx.article.updateMany({
      where: { id: { in: articleIds } },
      data: { storyId: newStoryId, storyPinned: true },
    });
    await refreshStorySummaries(tx, [input.storyId, newStoryId]);
  });
  return { ok: true, value: { newStoryId } };
}

/** The recorded decisions, oldest first (the order a regroup replays them in). */
export async function listGroupingDecisions(db: Database): Promise<GroupingDecisionView[]> {
  const rows = await db.groupingDecision.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.filter((row): row is typeof row & { kind: GroupingDecisionKind } =>
    (groupingDecisionKinds as readonly string[]).includes(row.kind),
  );
}
