import {
  DEFAULT_GROUPING_WINDOW_DAYS,
  type GroupableArticle,
  type GroupingConstraints,
  groupStories,
  RECENT_REGROUP_DAYS,
  type Story,
  StoryIndex,
  storyIdFor,
} from "@roundup/core";
import {
  closeInactiveStories,
  type Database,
  loadGroupableArticles,
  loadWindowPlacements,
  saveStories,
  withGroupingLock,
} from "@roundup/db";
import type { ResidentStoryIndex } from "./resident-story-index.js";

const DAY_MS = 86_400_000;

export interface GroupReport {
  /** `full`: every article of the open stories regrouped; `incremental`: only unplaced articles were placed. */
  mode: "full" | "incremental";
  /** Articles placed by this run (all those held on a full regroup). */
  placed: number;
  /** The stories of the open window after a full regroup; the stories this run changed otherwise. */
  stories: Array<{ id: string; label: string; articles: number; startAt: string | null; endAt: string | null }>;
  /** Stories this run closed: no article reached them within the window. */
  closed: number;
  /** Articles this run held: those of the open stories and the ungrouped ones, not the whole archive. */
  held: number;
  /** Whether the story index was built from the stored texts (false: a worker's resident index was used). */
  rebuilt: boolean;
  seconds: number;
}

export interface GroupIntoStoriesOptions {
  /** Regroup every article of the open stories from scratch instead of placing only the new ones. */
  full: boolean;
  /** Days without a new article after which a story closes (the grouping window). */
  windowDays?: number;
  /** When this run happens; the clock by default (tests and benchmarks replay time). */
  now?: Date;
  /** A worker's index kept from its last run, used when the database says nothing else changed. */
  resident?: ResidentStoryIndex;
}

/** Editors' grouping decisions, replayed in order so the latest one wins, and a token of them. */
async function loadConstraints(db: Database): Promise<{ constraints: GroupingConstraints; token: string }> {
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
  const last = decisions.at(-1);
  return { constraints: { pinned, merged }, token: `${decisions.length}:${last?.id ?? ""}` };
}

/**
 * Places articles in stories and saves them; editors' moves, merges and splits are respected.
 *
 * Grouping holds a window, not the archive: stories no article reached for `windowDays` close first
 * (an editor can reopen one), and only the open stories' articles and the ungrouped ones are loaded,
 * so memory follows the window however long feeds run. A backlog (workers down for a while) keeps the
 * stories of its time open: the window counts back from the oldest article still waiting.
 *
 * Incremental (the default): only articles without a story are added, each joining the story it
 * matches best or starting one; then the stories active in the last day are regrouped (what one
 * article at a time cannot know, an event's next articles tell). A worker passes its `resident` index:
 * when the stored placements are still those it left (plus new articles, closed and reopened stories),
 * only the new articles' texts are read; otherwise the index is rebuilt from the window's texts.
 * `full`: every article of the open stories is regrouped from scratch, keeping existing story ids
 * where most of their members stay.
 *
 * Runs under the grouping lock (see `withGroupingLock`): workers sharing a PostgreSQL database take
 * turns, each placing what the ones before left ungrouped, so no article is placed twice.
 */
export async function groupIntoStories(db: Database, options: GroupIntoStoriesOptions): Promise<GroupReport> {
  return withGroupingLock(db, async () => {
    try {
      return await groupWithinWindow(db, options);
    } catch (error) {
      // The index may be half changed: the next run rebuilds it.
      if (options.resident) options.resident.index = null;
      throw error;
    }
  });
}

async function groupWithinWindow(db: Database, options: GroupIntoStoriesOptions): Promise<GroupReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const windowDays = options.windowDays ?? DEFAULT_GROUPING_WINDOW_DAYS;
  const waiting = await db.article.aggregate({ where: { storyId: null }, _min: { importedAt: true } });
  const reference = Math.min(now.getTime(), waiting._min.importedAt?.getTime() ?? now.getTime());
  const closed = await closeInactiveStories(db, { before: new Date(reference - windowDays * DAY_MS), at: now });

  const { constraints, token } = await loadConstraints(db);
  const placements = await loadWindowPlacements(db);
  const previous = new Map<string, string>();
  for (const [articleId, storyId] of placements) if (storyId) previous.set(articleId, storyId);
  const incremental = !options.full && previous.size > 0;
  const report = { held: placements.size, closed, rebuilt: true };
  if (!incremental) {
    if (options.resident) options.resident.index = null;
    const stories = groupStories(await loadGroupableArticles(db, { openStoriesOnly: true }), {
      previous,
      constraints,
    });
    await avoidStoredStoryIds(db, stories, new Set(previous.values()));
    // saveStories writes only what changed; on a full regroup every open story is handed over.
    await saveStories(db, stories);
    return { ...report, mode: "full", placed: placements.size, stories: stories.map(summary), seconds: since(started) };
  }

  const kept =
    options.resident?.index && options.resident.decisions === token
      ? await patchResidentIndex(db, options.resident.index, placements)
      : null;
  let index: StoryIndex;
  let unplaced: GroupableArticle[];
  if (kept) {
    index = kept;
    report.rebuilt = false;
    const ungrouped = [...placements].filter(([, storyId]) => !storyId).map(([articleId]) => articleId);
    unplaced = await loadGroupableArticles(db, { openStoriesOnly: true, ids: ungrouped });
  } else {
    const loaded = await loadGroupableArticles(db, { openStoriesOnly: true });
    index = StoryIndex.fromAssignments(
      loaded.filter((article) => article.storyId),
      previous,
      { constraints },
    );
    // The index keeps features, not texts: the stored texts go before placing and regrouping.
    unplaced = loaded.filter((article) => !article.storyId);
  }
  const placed = unplaced.length;
  for (const article of unplaced.splice(0)) index.add(article);
  const recent = reference - RECENT_REGROUP_DAYS * DAY_MS;
  // A story an editor reopened is active as of the reopening, which its articles do not tell.
  const active = await db.story.findMany({
    where: { closedAt: null, activeAt: { gte: new Date(recent) } },
    select: { id: true, activeAt: true },
  });
  for (const story of active) if (story.activeAt) index.reopen(story.id, [], story.activeAt.getTime());
  index.regroup({ activeSince: recent });
  const stories = index.stories(changedStoryIds(index.assignments(), previous));
  await avoidStoredStoryIds(db, stories, new Set(previous.values()));
  await saveStories(db, stories);
  if (options.resident) {
    options.resident.index = index;
    options.resident.decisions = token;
  }
  return { ...report, mode: "incremental", placed, stories: stories.map(summary), seconds: since(started) };
}

const since = (started: number) => (performance.now() - started) / 1000;

function summary(story: Story): GroupReport["stories"][number] {
  return {
    id: story.id,
    label: story.label,
    articles: story.articleIds.length,
    startAt: story.startAt,
    endAt: story.endAt,
  };
}

/**
 * The resident index brought in step with the stored placements, or null when they differ in a way
 * only a rebuild can follow (another worker or an editor moved articles, or a story closed only in
 * part). Stories closed since leave it; reopened ones come back with their articles.
 */
async function patchResidentIndex(
  db: Database,
  index: StoryIndex,
  placements: ReadonlyMap<string, string | null>,
): Promise<StoryIndex | null> {
  const held = index.assignments();
  const gone = new Set<string>();
  for (const [articleId, storyId] of held) {
    const stored = placements.get(articleId);
    if (stored === undefined) gone.add(storyId);
    else if (stored !== storyId) return null;
  }
  // A story closes whole: none of its articles may still be held.
  for (const [articleId, storyId] of held) if (gone.has(storyId) && placements.has(articleId)) return null;
  const returning = new Map<string, string[]>();
  for (const [articleId, storyId] of placements) {
    if (!storyId || held.has(articleId)) continue;
    // An article in a story the index holds, placed by someone else.
    if (index.isOpen(storyId) && !gone.has(storyId)) return null;
    const articles = returning.get(storyId);
    if (articles) articles.push(articleId);
    else returning.set(storyId, [articleId]);
  }
  index.close(gone);
  if (returning.size > 0) {
    const articles = await loadGroupableArticles(db, { ids: [...returning.values()].flat() });
    for (const [storyId, ids] of returning) {
      const members = new Set(ids);
      index.reopen(
        storyId,
        articles.filter((article) => members.has(article.id)),
      );
    }
  }
  return index;
}

/** The stories that gained or lost articles: those an article joined, and those it left. */
function changedStoryIds(assignments: ReadonlyMap<string, string>, previous: ReadonlyMap<string, string>): Set<string> {
  const changed = new Set<string>();
  for (const [articleId, storyId] of assignments) {
    const before = previous.get(articleId);
    if (before === storyId) continue;
    changed.add(storyId);
    if (before) changed.add(before);
  }
  return changed;
}

/**
 * A new story's id comes from its earliest article, and a closed story (not loaded) may already have
 * it, e.g. when that article founded the story and was later moved out: such a story gets the next id.
 */
async function avoidStoredStoryIds(db: Database, stories: Story[], open: ReadonlySet<string>): Promise<void> {
  const fresh = stories.filter((story) => !open.has(story.id));
  if (fresh.length === 0) return;
  const taken = new Set<string>();
  const isTaken = async (ids: string[]) => {
    const rows = await db.story.findMany({ where: { id: { in: ids } }, select: { id: true } });
    for (const row of rows) taken.add(row.id);
  };
  for (let start = 0; start < fresh.length; start += 10_000)
    await isTaken(fresh.slice(start, start + 10_000).map((story) => story.id));
  const used = new Set(stories.map((story) => story.id));
  for (const story of fresh) {
    if (!taken.has(story.id)) continue;
    const earliest = story.articleIds[0] as string;
    for (let attempt = 1; ; attempt++) {
      const candidate = storyIdFor(earliest, attempt);
      if (used.has(candidate) || open.has(candidate)) continue;
      await isTaken([candidate]);
      if (taken.has(candidate)) continue;
      used.add(candidate);
      story.id = candidate;
      break;
    }
  }
}
