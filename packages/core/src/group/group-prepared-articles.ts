import type { Story } from "../model/index.js";
import { attachLoneArticles } from "./attach-lone-articles.js";
import { CandidateIndex } from "./candidate-index.js";
import { clusterAverageLink, type SimilarityEdge } from "./cluster-average-link.js";
import type { ArticleFeatures } from "./extract-features.js";
import { FeatureSpace, type SparseVector } from "./feature-space.js";
import { type GroupingConstraints, resolveStoryAlias } from "./grouping-constraints.js";
import type { GroupingOptions } from "./grouping-options.js";
import { splitByLocalContrast } from "./split-by-local-contrast.js";
import { storyIdFor } from "./story-id.js";
import { storyLabel } from "./story-label.js";
import { type TimeClue, timeClueOf, timeFactor, timestampOf } from "./time-factor.js";

/** An article whose features are already extracted: what both the batch and incremental paths hold. */
export interface PreparedArticle {
  id: string;
  title: string;
  /** Only the opening is kept, for labels of untitled articles. */
  lead: string;
  publishedAt: string | null;
  duplicateOf: string | null;
  features: ArticleFeatures;
}

/** What a story's label and span are made of: the article without its features. */
export type StoryMember = Omit<PreparedArticle, "features">;

export interface RegroupContext {
  constraints?: GroupingConstraints;
  /** Current article → story assignments: regrouping keeps the id of the story most members came from. */
  previous?: ReadonlyMap<string, string>;
  /**
   * Ids of stories outside this grouping (closed ones, or open ones not regrouped): a new story never
   * takes one, even when derived from the same article.
   */
  takenStoryIds?: { has(storyId: string): boolean };
}

/** Candidates whose similarity over rare features is below this are not worth an exact comparison. */
export const CANDIDATE_FLOOR = 0.01;
/**
 * Edges weaker than this share of the threshold are dropped: they barely move an average, and keeping
 * them makes every merge walk thousands of near-zero neighbours.
 */
export const EDGE_SHARE = 0.75;
/** The local look compares all pairs; beyond this size that is too slow, and such stories are left whole. */
export const MAX_REFINE_SIZE = 400;

/**
 * The articles' vectors and similarity edges, as a collection sees them: by default the articles
 * themselves. A story index regrouping part of what it holds passes what the whole index sees: the
 * weights of its whole window (a few hundred recent articles alone make a topic's words look as rare
 * as a name) and each article's nearest neighbours among all it holds (among only a few hundred,
 * articles of similar events are each other's nearest and end up together).
 */
export interface Similarities {
  vectors: SparseVector[];
  edges: SimilarityEdge[];
  /** Each article's time clue (`timeClueOf`), which a caller holding them need not recompute. */
  times: TimeClue[];
}

/** Full regroup of prepared articles: vectors, candidate edges, constrained average-link, stories. */
export function groupPreparedArticles(
  items: PreparedArticle[],
  options: GroupingOptions,
  context: RegroupContext = {},
  similarities: Similarities = similaritiesInCollection(items, options),
): Story[] {
  const { vectors, edges, times } = similarities;

  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const { placed, mustLink, cannotLink, pinned } = constraintsAsIndices(items, indexOf, context);
  // Articles an editor placed are not clustered (their edges would pull others along); they are put
  // into their story afterwards.
  const freeEdges = placed.size === 0 ? edges : edges.filter((edge) => !placed.has(edge.a) && !placed.has(edge.b));
  const clusters = clusterAverageLink({
    size: items.length,
    edges: freeEdges,
    threshold: options.threshold,
    separation: { share: options.mergeSeparation, minSize: options.minPartSize },
    mustLink,
    cannotLink,
    pinned,
  });
  const refined = groupsOf(clusters)
    .filter((members) => !(members.length === 1 && placed.has(members[0] as number)))
    .flatMap((members) =>
      members.length < options.minSplitSize || members.length > MAX_REFINE_SIZE
        ? [members]
        : refine(items, members, times, options, { mustLink, cannotLink, pinned }),
    );
  const groups = attachLoneArticles(refined, {
    vectors,
    times,
    keysOf: (item) => (items[item] as PreparedArticle).features.keys,
    edges: freeEdges,
    options,
    cannotLink,
    pinned,
  });
  const ids = assignStoryIds(items, groups, pinned, context);
  for (const [index, storyId] of placed) {
    const group = ids.indexOf(storyId);
    if (group >= 0) (groups[group] as number[]).push(index);
    else {
      groups.push([index]);
      ids.push(storyId);
    }
  }
  return groups.map((members, group) => storyFrom(items, members, vectors, ids[group] as string));
}

function similaritiesInCollection(items: PreparedArticle[], options: GroupingOptions): Similarities {
  const space = new FeatureSpace(options.weights, options.priorDocuments);
  const featureIds = items.map((item) => space.addDocument(item.features));
  const vectors = items.map((item, index) => space.vectorize(item.features, featureIds[index] as Int32Array));
  const times = items.map((item) => timeClueOf(item.publishedAt, item.features));
  const edges = similarityEdges(
    vectors,
    times,
    options,
    space.postingLimit(options.maxPostingShare, options.maxPostings),
  );
  return { vectors, edges, times };
}

function refine(
  items: PreparedArticle[],
  members: number[],
  times: TimeClue[],
  options: GroupingOptions,
  constraints: { mustLink: number[][]; cannotLink: Array<[number, number]>; pinned: Array<string | null> },
): number[][] {
  const local = new Map(members.map((item, position) => [item, position]));
  const toLocal = (group: number[]) =>
    group.map((item) => local.get(item)).filter((item): item is number => item !== undefined);
  const parts = splitByLocalContrast(
    members.map((item) => (items[item] as PreparedArticle).features),
    members.map((item) => times[item] as TimeClue),
    options,
    {
      mustLink: constraints.mustLink.map(toLocal).filter((group) => group.length > 1),
      cannotLink: constraints.cannotLink
        .map(([a, b]) => [local.get(a), local.get(b)])
        .filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined),
      pinned: members.map((item) => constraints.pinned[item] ?? null),
    },
  );
  return parts.map((part) => part.map((position) => members[position] as number));
}

function groupsOf(clusters: number[]): number[][] {
  const membersOf = new Map<number, number[]>();
  for (const [index, cluster] of clusters.entries()) {
    const members = membersOf.get(cluster) ?? [];
    members.push(index);
    membersOf.set(cluster, members);
  }
  return [...membersOf.values()];
}

/**
 * Each article's most similar others, as undirected edges. Every article is compared with the whole
 * index (not only earlier ones), so the edges do not depend on the input order.
 */
function similarityEdges(
  vectors: SparseVector[],
  times: TimeClue[],
  options: GroupingOptions,
  postingLimit: number,
): SimilarityEdge[] {
  const index = new CandidateIndex();
  for (const vector of vectors) index.add(vector, postingLimit);
  const size = vectors.length;
  const seen = new Set<number>();
  const edges: SimilarityEdge[] = [];
  for (const [item, vector] of vectors.entries()) {
    const neighbours = index.nearest(vector, {
      limit: options.neighbours,
      postingLimit,
      floor: CANDIDATE_FLOOR,
      lookupFeatures: options.lookupFeatures,
      lookupBudget: options.lookupBudget,
      exclude: item,
    });
    for (const { index: other, similarity } of neighbours) {
      const [a, b] = other < item ? [other, item] : [item, other];
      const key = a * size + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const weighted = similarity * timeFactor(times[item] as TimeClue, times[other] as TimeClue, options);
      if (weighted >= options.threshold * EDGE_SHARE) edges.push({ a, b, similarity: weighted });
    }
  }
  return edges;
}

function constraintsAsIndices(items: PreparedArticle[], indexOf: Map<string, number>, context: RegroupContext) {
  const merged = context.constraints?.merged ?? [];
  // Moves: article → the story an editor put it in.
  const placed = new Map<number, string>();
  for (const [articleId, storyId] of context.constraints?.pinned ?? []) {
    const index = indexOf.get(articleId);
    if (index !== undefined) placed.set(index, resolveStoryAlias(storyId, merged));
  }
  // A near-duplicate follows its original, wherever the original goes.
  const mustLink: number[][] = [];
  for (const [index, item] of items.entries()) {
    const original = item.duplicateOf ? indexOf.get(item.duplicateOf) : undefined;
    if (original === undefined || placed.has(index)) continue;
    const originalPlacement = placed.get(original);
    if (originalPlacement) placed.set(index, originalPlacement);
    else mustLink.push([original, index]);
  }
  // Merges: the previous members of merged stories stay together under the surviving id.
  const pinned: Array<string | null> = items.map(() => null);
  const byStory = new Map<string, number[]>();
  const mergedIds = new Set(merged.flat());
  for (const [index, item] of items.entries()) {
    const previous = context.previous?.get(item.id);
    if (!previous || !mergedIds.has(previous) || placed.has(index)) continue;
    const storyId = resolveStoryAlias(previous, merged);
    pinned[index] = storyId;
    byStory.set(storyId, [...(byStory.get(storyId) ?? []), index]);
  }
  mustLink.push(...byStory.values());

  const cannotLink: Array<[number, number]> = [];
  for (const [a, b] of context.constraints?.cannotLink ?? []) {
    const indexA = indexOf.get(a);
    const indexB = indexOf.get(b);
    if (indexA !== undefined && indexB !== undefined) cannotLink.push([indexA, indexB]);
  }
  return { placed, mustLink, cannotLink, pinned };
}

/** Pinned ids first, then each previous id goes to the cluster holding most of its old members, then new ids. */
function assignStoryIds(
  items: PreparedArticle[],
  groups: number[][],
  pinned: Array<string | null>,
  context: RegroupContext,
): string[] {
  const ids: Array<string | undefined> = new Array(groups.length);
  const used = new Set<string>();
  for (const [group, members] of groups.entries()) {
    const pin = members.map((index) => pinned[index]).find((storyId) => storyId);
    if (pin && !used.has(pin)) {
      ids[group] = pin;
      used.add(pin);
    }
  }
  if (context.previous) {
    const votes: Array<{ group: number; storyId: string; count: number }> = [];
    for (const [group, members] of groups.entries()) {
      if (ids[group]) continue;
      const counts = new Map<string, number>();
      for (const index of members) {
        const previous = context.previous.get((items[index] as PreparedArticle).id);
        if (previous) counts.set(previous, (counts.get(previous) ?? 0) + 1);
      }
      for (const [storyId, count] of counts) votes.push({ group, storyId, count });
    }
    votes.sort((a, b) => b.count - a.count || a.storyId.localeCompare(b.storyId));
    for (const { group, storyId } of votes) {
      if (ids[group] || used.has(storyId)) continue;
      ids[group] = storyId;
      used.add(storyId);
    }
  }
  for (const [group, members] of groups.entries()) {
    if (ids[group]) continue;
    const earliest = earliestMember(items, members);
    let attempt = 0;
    let storyId = storyIdFor(earliest.id);
    while (used.has(storyId) || context.takenStoryIds?.has(storyId)) storyId = storyIdFor(earliest.id, ++attempt);
    ids[group] = storyId;
    used.add(storyId);
  }
  return ids as string[];
}

function earliestMember(items: PreparedArticle[], members: number[]): PreparedArticle {
  const sorted = members.map((index) => items[index] as PreparedArticle).sort(compareByDate);
  return sorted[0] as PreparedArticle;
}

/** Dated before undated, then oldest first, then by id so the order never depends on input order. */
function compareByDate(a: StoryMember, b: StoryMember): number {
  const timeA = timestampOf(a.publishedAt);
  const timeB = timestampOf(b.publishedAt);
  if (Number.isNaN(timeA) !== Number.isNaN(timeB)) return Number.isNaN(timeA) ? 1 : -1;
  if (!Number.isNaN(timeA) && timeA !== timeB) return timeA - timeB;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A story from member indices: the label is the title of the member closest to the story's centre.
 * `items` and `vectors` may have holes (a story index's removed articles) but not at members.
 */
export function storyFrom(
  items: ReadonlyArray<StoryMember | undefined>,
  members: number[],
  vectors: ReadonlyArray<SparseVector | undefined>,
  id: string,
): Story {
  const articles = members.map((index) => items[index] as StoryMember);
  const central = centralMember(members, vectors, items);
  const dates = articles
    .map((article) => article.publishedAt)
    .filter((date): date is string => date !== null && !Number.isNaN(timestampOf(date)))
    .sort((a, b) => timestampOf(a) - timestampOf(b));
  return {
    id,
    label: storyLabel(central.title, central.lead),
    articleIds: [...articles].sort(compareByDate).map((article) => article.id),
    startAt: dates[0] ?? null,
    endAt: dates.at(-1) ?? null,
  };
}

const DATELINE_WORDS =
  /^(updated?|posted|published|last|am|pm|ist|gmt|utc|edt|est|pdt|pst|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** At least three real words of three letters or more: not empty, not a bare dateline or timestamp. */
function looksLikeHeadline(title: string): boolean {
  const words = title.match(/\p{L}{3,}/gu) ?? [];
  return words.filter((word) => !DATELINE_WORDS.test(word)).length >= 3;
}

function centralMember(
  members: number[],
  vectors: ReadonlyArray<SparseVector | undefined>,
  items: ReadonlyArray<StoryMember | undefined>,
): StoryMember {
  const independent = members.filter((index) => !(items[index] as StoryMember).duplicateOf);
  const pool = independent.length > 0 ? independent : members;
  if (pool.length <= 2)
    return items[
      [...pool].sort((a, b) => compareByDate(items[a] as StoryMember, items[b] as StoryMember))[0] as number
    ] as StoryMember;
  const centre = new Map<number, number>();
  for (const index of pool) {
    const vector = vectors[index] as SparseVector;
    for (let i = 0; i < vector.ids.length; i++)
      centre.set(vector.ids[i] as number, (centre.get(vector.ids[i] as number) ?? 0) + (vector.weights[i] as number));
  }
  let best = pool[0] as number;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const index of pool) {
    const vector = vectors[index] as SparseVector;
    let score = 0;
    for (let i = 0; i < vector.ids.length; i++)
      score += (vector.weights[i] as number) * (centre.get(vector.ids[i] as number) ?? 0);
    // A member without a real title ("", "May 2, 2013, 1: 12 PM") makes a poor headline.
    if (!looksLikeHeadline((items[index] as StoryMember).title)) score *= 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  }
  return items[best] as StoryMember;
}
