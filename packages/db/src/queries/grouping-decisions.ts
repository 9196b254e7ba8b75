import { randomUUID } from "node:crypto";
import type { Story } from "@roundup/core";
import type { Database } from "../create-database.js";
import { recordAuditEvent } from "./audit.js";
import { refreshStorySummaries } from "./refresh-story-summaries.js";
import type { AuditActor } from "./users.js";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

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
 * Why a grouping edit was refused; the web app shows the message as is. Nothing is written when one is
 * returned. `unchanged`: the edit is already in place (a job retried after its edit was stored).
 */
export type GroupingEditResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "refused" | "unchanged"; message: string };

/** A story's label and span as grouping computes them from its members (core's Story without them). */
export type StoryHeading = Pick<Story, "id" | "label" | "startAt" | "endAt">;

export interface GroupingEditOptions {
  /** New labels and spans of the edited stories (and of a split's new story), written with the edit. */
  headings?: StoryHeading[];
  /** Who made the edit: its audit event is written in the edit's transaction. */
  audit?: AuditActor;
}

const refused = (message: string) => ({ ok: false, reason: "refused", message }) as const;

async function writeHeadings(tx: Transaction, headings: StoryHeading[] = [], except?: string): Promise<void> {
  for (const heading of headings) {
    if (heading.id === except) continue;
    await tx.story.updateMany({
      where: { id: heading.id },
      data: {
        label: heading.label,
        startAt: heading.startAt ? new Date(heading.startAt) : null,
        endAt: heading.endAt ? new Date(heading.endAt) : null,
      },
    });
  }
}

/**
 * Moves an article to another story and records the decision, so a later regroup keeps it there.
 * The article is moved at once too, so the pages are right even before the regroup runs.
 */
export async function moveArticleToStory(
  db: Database,
  input: { articleId: string; toStory: string; actorId: string | null },
  options: GroupingEditOptions = {},
): Promise<GroupingEditResult<{ fromStory: string | null }>> {
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { storyId: true } });
  if (!article) return refused("The article was not found.");
  if (article.storyId === input.toStory)
    return { ok: false, reason: "unchanged", message: "The article is already in that story." };
  const target = await db.story.findUnique({ where: { id: input.toStory }, select: { id: true } });
  if (!target) return refused("The story to move the article to was not found.");
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
    await writeHeadings(tx, options.headings);
    await refreshStorySummaries(tx, [article.storyId, input.toStory]);
    if (options.audit)
      await recordAuditEvent(tx, {
        actorId: options.audit.actorId,
        action: "story.article_moved",
        entity: "article",
        entityId: input.articleId,
        detail: { fromStory: article.storyId, toStory: input.toStory },
      });
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
  options: GroupingEditOptions = {},
): Promise<GroupingEditResult<{ movedArticles: number }>> {
  if (input.fromStory === input.intoStory) return refused("A story cannot be merged into itself.");
  const stories = await db.story.findMany({
    where: { id: { in: [input.fromStory, input.intoStory] } },
    select: { id: true, _count: { select: { articles: true } } },
  });
  if (stories.length !== 2) return refused("One of the two stories was not found.");
  if (stories.find((story) => story.id === input.fromStory)?._count.articles === 0)
    return { ok: false, reason: "unchanged", message: "The story has no articles left to merge." };
  const moved = await db.$transaction(async (tx) => {
    await tx.groupingDecision.create({
      data: { kind: "merge", fromStory: input.fromStory, toStory: input.intoStory, actorId: input.actorId },
    });
    const updated = await tx.article.updateMany({
      where: { storyId: input.fromStory },
      data: { storyId: input.intoStory },
    });
    await writeHeadings(tx, options.headings);
    await refreshStorySummaries(tx, [input.fromStory, input.intoStory]);
    if (options.audit)
      await recordAuditEvent(tx, {
        actorId: options.audit.actorId,
        action: "story.merged",
        entity: "story",
        entityId: input.intoStory,
        detail: { fromStory: input.fromStory, intoStory: input.intoStory, articles: updated.count },
      });
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
  input: { storyId: string; articleIds: string[]; actorId: string | null; newStoryId?: string },
  options: GroupingEditOptions = {},
): Promise<GroupingEditResult<{ newStoryId: string }>> {
  const articleIds = [...new Set(input.articleIds)];
  if (articleIds.length === 0) return refused("Choose the articles to split off.");
  if (input.newStoryId && (await db.story.count({ where: { id: input.newStoryId } })) > 0)
    return { ok: false, reason: "unchanged", message: "The articles were split off already." };
  const members = await db.article.findMany({
    where: { storyId: input.storyId },
    select: { id: true, title: true, publishedAt: true },
    orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
  });
  const memberIds = new Set(members.map((article) => article.id));
  if (articleIds.some((id) => !memberIds.has(id))) {
    return refused("Some of the chosen articles are not in this story any more; reload the page.");
  }
  if (articleIds.length >= members.length) {
    return refused("Leave at least one article in the story: a split needs two parts.");
  }
  const chosen = members.filter((article) => articleIds.includes(article.id));
  const newStoryId = input.newStoryId ?? `story-${randomUUID()}`;
  const heading = options.headings?.find((item) => item.id === newStoryId);
  await db.$transaction(async (tx) => {
    await tx.story.create({
      data: {
        id: newStoryId,
        label: heading?.label ?? chosen[0]?.title ?? "Split story",
        startAt: heading ? (heading.startAt ? new Date(heading.startAt) : null) : (chosen[0]?.publishedAt ?? null),
        endAt: heading ? (heading.endAt ? new Date(heading.endAt) : null) : (chosen.at(-1)?.publishedAt ?? null),
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
    await writeHeadings(tx, options.headings, newStoryId);
    await refreshStorySummaries(tx, [input.storyId, newStoryId]);
    if (options.audit)
      await recordAuditEvent(tx, {
        actorId: options.audit.actorId,
        action: "story.split",
        entity: "story",
        entityId: newStoryId,
        detail: { fromStory: input.storyId, articleIds },
      });
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
