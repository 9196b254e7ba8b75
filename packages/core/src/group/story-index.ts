import { RoundupError } from "../errors/index.js";
import type { Story } from "../model/index.js";
import { CandidateIndex } from "./candidate-index.js";
import type { SimilarityEdge } from "./cluster-average-link.js";
import type { ArticleFeatures } from "./extract-features.js";
import { FeatureCache } from "./feature-cache.js";
import { FeatureSpace, type SparseVector } from "./feature-space.js";
import {
  CANDIDATE_FLOOR,
  EDGE_SHARE,
  groupPreparedArticles,
  MAX_REFINE_SIZE,
  type PreparedArticle,
  type Similarities,
  type StoryMember,
  storyFrom,
} from "./group-prepared-articles.js";
import { prepareForGrouping } from "./group-stories.js";
import type { GroupableArticle } from "./groupable-article.js";
import { type GroupingConstraints, resolveStoryAlias } from "./grouping-constraints.js";
import { type GroupingOptions, type GroupingOptionsInput, resolveGroupingOptions } from "./grouping-options.js";
import { sampleMembers } from "./sample-members.js";
import { splitByLocalContrast } from "./split-by-local-contrast.js";
import { storyIdFor } from "./story-id.js";
import { type TimeClue, timeClueOf, timeFactor } from "./time-factor.js";

export interface StoryIndexOptions extends GroupingOptionsInput {
  constraints?: GroupingConstraints;
}

export interface AddToStoryResult {
  storyId: string;
  /** True when the article started a new story. */
  created: boolean;
  /**
   * Other articles whose story changed because this add triggered a refinement split (see `add`):
   * persist these along with the added article's assignment.
   */
  reassigned: Array<{ articleId: string; storyId: string }>;
}

/** What `toJSON` writes: enough to rebuild the index without reading any article text again. */
export interface StoryIndexSnapshot {
  version: 1;
  articles: Array<{
    id: string;
    title: string;
    lead: string;
    publishedAt: string | null;
    duplicateOf: string | null;
    storyId: string;
    features: Array<[string, number]>;
    /** When it reached the index, epoch milliseconds (absent in snapshots from before the window). */
    receivedAt?: number;
  }>;
  constraints: {
    pinned: Array<[string, string]>;
    cannotLink: Array<[string, string]>;
    merged: Array<[string, string]>;
  };
}

/** What the index keeps of an article: no text, and its features as ids into the index's feature space. */
interface IndexedArticle extends StoryMember {
  featureIds: Int32Array;
  /** The count of each feature in `featureIds`, in the same order. */
  counts: Float32Array;
  time: TimeClue;
  /** The feature space's `changes` when this vector was weighted: idf drifts as articles come and go. */
  weightedAt: number;
  /** When it reached the index (epoch milliseconds). */
  receivedAt: number;
}

/** How much the index holds: with stories closing, these follow the window, not everything ever added. */
export interface StoryIndexStats {
  articles: number;
  /** Open stories (a closed story holds nothing here). */
  stories: number;
  /** Distinct features of the articles held. */
  features: number;
  /** Slots of the index's arrays: the most articles it ever held at once. */
  capacity: number;
}

/**
 * Incremental grouping: each added article joins the story whose members it resembles most on
 * average, or starts a new one. Candidates come from an inverted index, so adding to a large index
 * stays fast. `regroup()` runs the full batch algorithm (with its refinement pass) over everything held
 * and keeps story ids stable; run it after large imports. Editors' moves, merges and splits are kept
 * as constraints and survive regrouping.
 *
 * News is local in time, so the index need not hold everything ever added: `closeInactive` closes
 * the stories no article reached for a while, and they leave the index with their articles (their
 * positions, vectors, postings and the features no one else has are reused). What it holds then
 * follows a window of time, however long it runs. `reopen` brings a closed story back.
 */
export class StoryIndex {
  private readonly options: GroupingOptions;
  private readonly space: FeatureSpace;
  private readonly candidates = new CandidateIndex();
  /** By position; a closed story's articles leave holes that later adds fill. */
  private readonly articles: Array<IndexedArticle | undefined> = [];
  private readonly positionOf = new Map<string, number>();
  private readonly storyOfPosition: string[] = [];
  private readonly members = new Map<string, number[]>();
  /** Each open story's latest arrival (or reopening), epoch milliseconds. */
  private readonly activeAt = new Map<string, number>();
  /** The latest arrival seen: an article without `receivedAt` counts as arriving then. */
  private latestArrival = 0;
  private readonly pinned = new Map<string, string>();
  private readonly cannotLink: Array<[string, string]> = [];
  private readonly merged: Array<[string, string]> = [];

  constructor(options: StoryIndexOptions = {}) {
    const { constraints, ...tuning } = options;
    this.options = resolveGroupingOptions(tuning);
    this.space = new FeatureSpace(this.options.weights, this.options.priorDocuments);
    for (const [articleId, storyId] of constraints?.pinned ?? []) this.pinned.set(articleId, storyId);
    for (const [a, b] of constraints?.cannotLink ?? []) this.cannotLink.push([a, b]);
    for (const [from, into] of constraints?.merged ?? []) this.merged.push([from, into]);
  }

  /** Rebuilds an index from stored article → story assignments without regrouping. */
  static fromAssignments(
    articles: readonly GroupableArticle[],
    assignments: ReadonlyMap<string, string>,
    options: StoryIndexOptions = {},
  ): StoryIndex {
    const index = new StoryIndex(options);
    index.loadArticles(articles, assignments);
    return index;
  }

  static fromJSON(snapshot: StoryIndexSnapshot, options: GroupingOptionsInput = {}): StoryIndex {
    const index = new StoryIndex({
      ...options,
      constraints: {
        pinned: new Map(snapshot.constraints.pinned),
        cannotLink: snapshot.constraints.cannotLink,
        merged: snapshot.constraints.merged,
      },
    });
    const prepared = snapshot.articles.map(({ storyId: _storyId, features, receivedAt: _receivedAt, ...article }) => ({
      ...article,
      features: {
        keys: features.map(([key]) => key),
        counts: features.map(([, count]) => count),
      } satisfies ArticleFeatures,
    }));
    index.load(
      prepared,
      new Map(snapshot.articles.map((article) => [article.id, article.storyId])),
      snapshot.articles.map((article) => article.receivedAt ?? index.latestArrival),
    );
    return index;
  }

  toJSON(): StoryIndexSnapshot {
    return {
      version: 1,
      articles: [...this.positionOf.values()].map((position) => {
        const article = this.articles[position] as IndexedArticle;
        const features = this.featuresOf(article);
        return {
          id: article.id,
          title: article.title,
          lead: article.lead,
          publishedAt: article.publishedAt,
          duplicateOf: article.duplicateOf,
          storyId: this.storyOfPosition[position] as string,
          features: features.keys.map((key, index) => [key, features.counts[index] as number] as [string, number]),
          receivedAt: article.receivedAt,
        };
      }),
      constraints: this.constraints(),
    };
  }

  /** Articles held (those of open stories). */
  get size(): number {
    return this.positionOf.size;
  }

  stats(): StoryIndexStats {
    return {
      articles: this.positionOf.size,
      stories: this.members.size,
      features: this.space.size,
      capacity: this.articles.length,
    };
  }

  /** Whether the story is held here: open, with at least one article. */
  isOpen(storyId: string): boolean {
    return this.members.has(storyId);
  }

  has(articleId: string): boolean {
    return this.positionOf.has(articleId);
  }

  storyOf(articleId: string): string | undefined {
    const position = this.positionOf.get(articleId);
    return position === undefined ? undefined : this.storyOfPosition[position];
  }

  /** Adds one article. Adding an article already held changes nothing and reports its story. */
  add(article: GroupableArticle, options: { pinnedStoryId?: string } = {}): AddToStoryResult {
    const existing = this.storyOf(article.id);
    if (existing) return { storyId: existing, created: false, reassigned: [] };
    if (options.pinnedStoryId) this.pinned.set(article.id, options.pinnedStoryId);
    const prepared = prepareForGrouping(article, new FeatureCache(), this.options.titleWeight);
    const position = this.insert(
      this.compact(prepared, this.space.addDocument(prepared.features), this.arrivalOf(article.receivedAt)),
    );
    const storyId = this.chooseStory(position);
    const created = !this.members.has(storyId);
    this.assign(position, storyId);
    const reassigned = this.refineIfDue(storyId);
    const finalStoryId = this.storyOfPosition[position] as string;
    return {
      storyId: finalStoryId,
      created: created || finalStoryId !== storyId,
      reassigned: reassigned.filter((change) => change.articleId !== article.id),
    };
  }

  /**
   * The refinement pass of the batch path, amortised: when a story doubles in size (6, 12, 24, …) its
   * members are looked at again with story-local idf, and similar-but-different events that crept
   * together are split. The part holding the most members (or an editor's pin to it) keeps the id.
   */
  private refineIfDue(storyId: string): Array<{ articleId: string; storyId: string }> {
    const members = this.members.get(storyId) ?? [];
    const size = members.length;
    if (
      size < this.options.minSplitSize ||
      size > MAX_REFINE_SIZE ||
      !Number.isInteger(Math.log2(size / this.options.minSplitSize))
    )
      return [];
    const held = members.map((position) => this.articles[position] as IndexedArticle);
    const local = new Map(held.map((article, index) => [article.id, index]));
    const cannotLink = this.cannotLink
      .map(([a, b]) => [local.get(a), local.get(b)])
      .filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined);
    const pinned = held.map((article) => this.pinned.get(article.id) ?? null);
    const duplicates = held.flatMap((article, index) => {
      const originalIndex = article.duplicateOf ? local.get(article.duplicateOf) : undefined;
      return originalIndex === undefined ? [] : [[originalIndex, index]];
    });
    const parts = splitByLocalContrast(
      held.map((article) => this.featuresOf(article)),
      held.map((article) => article.time),
      this.options,
      { mustLink: duplicates, cannotLink, pinned },
    );
    if (parts.length <= 1) return [];
    // An editor's pin to this story outranks size when deciding which part keeps the id.
    const holdsPin = (part: number[]) =>
      part.some((index) => pinned[index] && resolveStoryAlias(pinned[index] as string, this.merged) === storyId);
    parts.sort((a, b) => Number(holdsPin(b)) - Number(holdsPin(a)) || b.length - a.length);
    const reassigned: Array<{ articleId: string; storyId: string }> = [];
    for (const part of parts.slice(1)) {
      const positions = part.map((index) => members[index] as number);
      const earliest = positions.map((position) => (this.articles[position] as IndexedArticle).id).sort()[0] as string;
      const newStoryId = this.uniqueStoryId(earliest);
      for (const position of positions) {
        this.assign(position, newStoryId);
        reassigned.push({ articleId: (this.articles[position] as IndexedArticle).id, storyId: newStoryId });
      }
    }
    return reassigned;
  }

  /** All open stories (or those of `storyIds` that are open), largest first. */
  stories(storyIds?: Iterable<string>): Story[] {
    const chosen = storyIds
      ? [...new Set(storyIds)].flatMap((storyId) => {
          const members = this.members.get(storyId);
          return members ? [[storyId, members] as const] : [];
        })
      : [...this.members];
    return chosen
      .map(([storyId, members]) => storyFrom(this.articles, members, this.candidates.vectors, storyId))
      .sort((a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id));
  }

  assignments(): Map<string, string> {
    return new Map(
      [...this.positionOf].map(([articleId, position]) => [articleId, this.storyOfPosition[position] as string]),
    );
  }

  /**
   * Closes every story no article reached (and no editor reopened) since `before`, epoch milliseconds:
   * they and their articles leave the index, so an article added later starts a new story rather than
   * joining one of them. Returns the closed stories as they were.
   */
  closeInactive(before: number): Story[] {
    return this.close([...this.activeAt].filter(([, at]) => at < before).map(([storyId]) => storyId));
  }

  /** Closes the named stories (those not held are skipped). Returns them as they were. */
  close(storyIds: Iterable<string>): Story[] {
    const closed: Story[] = [];
    const positions: number[] = [];
    for (const storyId of new Set(storyIds)) {
      const members = this.members.get(storyId);
      if (!members) continue;
      closed.push(storyFrom(this.articles, members, this.candidates.vectors, storyId));
      positions.push(...members);
      this.members.delete(storyId);
      this.activeAt.delete(storyId);
    }
    this.remove(positions);
    return closed;
  }

  /**
   * An editor reopened a closed story: its articles come back under its id, as they were, and it counts
   * as active from `at` (epoch milliseconds; the latest arrival when not given), so it stays open for
   * another window unless articles keep it longer. Articles already held elsewhere stay where they are.
   */
  reopen(storyId: string, articles: readonly GroupableArticle[], at?: number): void {
    const returning = articles.filter((article) => !this.positionOf.has(article.id));
    this.loadArticles(returning, new Map(returning.map((article) => [article.id, storyId])));
    if (!this.members.has(storyId)) return;
    const activeAt = at ?? this.latestArrival;
    this.activeAt.set(storyId, Math.max(this.activeAt.get(storyId) ?? activeAt, activeAt));
  }

  constraints(): StoryIndexSnapshot["constraints"] {
    return { pinned: [...this.pinned], cannotLink: [...this.cannotLink], merged: [...this.merged] };
  }

  /**
   * Full regroup of everything held (or, with `activeSince`, of the stories active since then, epoch
   * milliseconds), respecting constraints and keeping story ids where possible. Returns the regrouped
   * stories. Regrouping the recent stories now and then gives back what placing articles one at a time
   * cannot know: that the next articles of an event tell it apart from a similar one it joined.
   */
  regroup(options: { activeSince?: number } = {}): Story[] {
    const since = options.activeSince ?? Number.NEGATIVE_INFINITY;
    const recent = [...this.activeAt].filter(([, at]) => at >= since).map(([storyId]) => storyId);
    const storyIds = options.activeSince === undefined ? recent : this.withNeighbouringStories(recent, since);
    const regrouped = new Set(storyIds);
    const positions = storyIds.flatMap((storyId) => this.members.get(storyId) ?? []);
    const held = positions.map((position) => this.articles[position] as IndexedArticle);
    const featuresOf = (article: IndexedArticle) => this.featuresOf(article);
    const stories = groupPreparedArticles(
      // Features are rebuilt from ids only for the stories the refinement pass looks at again.
      held.map((article) => ({
        ...article,
        get features() {
          return featuresOf(article);
        },
      })),
      this.options,
      {
        constraints: { pinned: this.pinned, cannotLink: this.cannotLink, merged: this.merged },
        previous: new Map(
          held.map((article, index) => [article.id, this.storyOfPosition[positions[index] as number] as string]),
        ),
        takenStoryIds: { has: (storyId) => this.members.has(storyId) && !regrouped.has(storyId) },
      },
      // Everything held is one collection, which the batch path computes the same way on its own.
      options.activeSince === undefined ? undefined : this.similaritiesOf(positions),
    );
    // A story that keeps its id keeps its activity (an editor may have reopened it).
    const activeBefore = new Map(storyIds.map((storyId) => [storyId, this.activeAt.get(storyId) as number]));
    for (const storyId of storyIds) {
      this.members.delete(storyId);
      this.activeAt.delete(storyId);
    }
    for (const position of positions) this.storyOfPosition[position] = "";
    for (const story of stories) {
      for (const articleId of story.articleIds) this.assign(this.positionOf.get(articleId) as number, story.id);
      const before = activeBefore.get(story.id);
      if (before !== undefined) this.activeAt.set(story.id, Math.max(before, this.activeAt.get(story.id) ?? before));
    }
    return stories;
  }

  /** An editor moved an article to a story (existing or new): it stays there from now on. */
  move(articleId: string, storyId: string): void {
    const position = this.requirePosition(articleId);
    this.pinned.set(articleId, storyId);
    this.assign(position, resolveStoryAlias(storyId, this.merged));
  }

  /** An editor merged two stories: `from`'s articles join `into`, and regrouping keeps them together. */
  merge(fromStoryId: string, intoStoryId: string): void {
    if (fromStoryId === intoStoryId) return;
    this.merged.push([fromStoryId, intoStoryId]);
    const target = resolveStoryAlias(intoStoryId, this.merged);
    for (const position of [...(this.members.get(fromStoryId) ?? [])]) this.assign(position, target);
  }

  /**
   * An editor split articles off a story into a new one: both parts are pinned, so regrouping never
   * puts them back together. Returns the new story's id.
   */
  split(storyId: string, articleIds: readonly string[]): string {
    const moving = [...new Set(articleIds)].sort();
    const first = moving[0];
    if (!first) return storyId;
    for (const articleId of moving) this.requirePosition(articleId);
    const newStoryId = this.uniqueStoryId(first);
    for (const position of this.members.get(storyId) ?? []) {
      const articleId = (this.articles[position] as IndexedArticle).id;
      if (!moving.includes(articleId)) this.pinned.set(articleId, storyId);
    }
    for (const articleId of moving) this.move(articleId, newStoryId);
    return newStoryId;
  }

  /** An editor says two articles are about different events. */
  separate(articleA: string, articleB: string): void {
    this.cannotLink.push([articleA, articleB]);
  }

  private loadArticles(articles: readonly GroupableArticle[], assignments: ReadonlyMap<string, string>): void {
    const titleWeight = this.options.titleWeight;
    this.load(
      (function* () {
        // One article's features at a time: extracted, counted, then kept as ids and typed counts.
        for (const article of articles) yield prepareForGrouping(article, new FeatureCache(), titleWeight);
      })(),
      assignments,
      articles.map((article) => this.arrivalOf(article.receivedAt)),
    );
  }

  private load(
    prepared: Iterable<PreparedArticle>,
    assignments: ReadonlyMap<string, string>,
    receivedAt: readonly number[],
  ): void {
    // Count every document first so stored vectors get the final idf, then place them.
    const counted: IndexedArticle[] = [];
    for (const article of prepared) {
      const featureIds = this.space.addDocument(article.features);
      counted.push(this.compact(article, featureIds, receivedAt[counted.length] as number));
    }
    const positions = counted.map((article) => this.insert(article));
    const unassigned: number[] = [];
    for (const position of positions) {
      const storyId = assignments.get((this.articles[position] as IndexedArticle).id);
      if (storyId) this.assign(position, resolveStoryAlias(storyId, this.merged));
      else unassigned.push(position);
    }
    for (const position of unassigned) this.assign(position, this.chooseStory(position));
  }

  /** What the index keeps of an article: typed, and without the keys (the feature space has them). */
  private compact(article: PreparedArticle, featureIds: Int32Array, receivedAt: number): IndexedArticle {
    const { features, ...member } = article;
    return {
      ...member,
      featureIds,
      counts: Float32Array.from(features.counts),
      time: timeClueOf(article.publishedAt, features),
      weightedAt: this.space.changes,
      receivedAt,
    };
  }

  /** Weights the article as the index stands and gives it a position. */
  private insert(article: IndexedArticle): number {
    const position = this.candidates.add(
      this.space.vectorize(article, article.featureIds, { single: true }),
      this.postingLimit(),
    );
    article.weightedAt = this.space.changes;
    this.articles[position] = article;
    this.positionOf.set(article.id, position);
    this.storyOfPosition[position] = "";
    return position;
  }

  /**
   * The stories plus those holding a close neighbour of one of their articles received since then: an
   * article that joined a recent story may belong with an older one, which must then be regrouped too.
   */
  private withNeighbouringStories(storyIds: string[], receivedSince: number): string[] {
    const included = new Set(storyIds);
    for (const storyId of storyIds) {
      for (const position of this.members.get(storyId) ?? []) {
        // Older members' neighbours were looked at when those arrived.
        if ((this.articles[position] as IndexedArticle).receivedAt < receivedSince) continue;
        this.refresh(position);
        const time = (this.articles[position] as IndexedArticle).time;
        for (const { index, similarity } of this.nearestTo(position)) {
          const other = this.storyOfPosition[index] as string;
          if (included.has(other)) continue;
          const weighted = similarity * timeFactor(time, (this.articles[index] as IndexedArticle).time, this.options);
          if (weighted >= this.options.threshold) included.add(other);
        }
      }
    }
    return [...included];
  }

  private nearestTo(position: number) {
    return this.candidates.nearest(this.candidates.vector(position), {
      limit: this.options.neighbours,
      postingLimit: this.postingLimit(),
      floor: CANDIDATE_FLOOR,
      lookupFeatures: this.options.lookupFeatures,
      lookupBudget: this.options.lookupBudget,
      exclude: position,
    });
  }

  /**
   * The vectors and similarity edges of some held articles as the whole index sees them: its weights,
   * and each one's nearest neighbours found among everything held, keeping those among `positions`.
   */
  private similaritiesOf(positions: number[]): Similarities {
    const local = new Map(positions.map((position, index) => [position, index]));
    // Weighted as the index stands (re-weighted where it drifted), as adds see them.
    const vectors = positions.map((position) => {
      this.refresh(position);
      return this.candidates.vector(position);
    });
    const size = positions.length;
    const seen = new Set<number>();
    const edges: SimilarityEdge[] = [];
    for (const [item, position] of positions.entries()) {
      const neighbours = this.candidates.nearest(vectors[item] as SparseVector, {
        limit: this.options.neighbours,
        postingLimit: this.postingLimit(),
        floor: CANDIDATE_FLOOR,
        lookupFeatures: this.options.lookupFeatures,
        lookupBudget: this.options.lookupBudget,
        exclude: position,
      });
      const time = (this.articles[position] as IndexedArticle).time;
      for (const { index, similarity } of neighbours) {
        const other = local.get(index);
        if (other === undefined) continue;
        const [a, b] = other < item ? [other, item] : [item, other];
        if (seen.has(a * size + b)) continue;
        seen.add(a * size + b);
        const weighted = similarity * timeFactor(time, (this.articles[index] as IndexedArticle).time, this.options);
        if (weighted >= this.options.threshold * EDGE_SHARE) edges.push({ a, b, similarity: weighted });
      }
    }
    return { vectors, edges, times: positions.map((position) => (this.articles[position] as IndexedArticle).time) };
  }

  /** Takes closed stories' articles out: their positions, vectors, postings and document counts are freed. */
  private remove(positions: number[]): void {
    for (const position of positions) {
      const article = this.articles[position] as IndexedArticle;
      this.space.removeDocument(article.featureIds);
      this.positionOf.delete(article.id);
      this.articles[position] = undefined;
      this.storyOfPosition[position] = "";
    }
    this.candidates.remove(positions);
  }

  /** The article's features as extraction gave them (keys from the feature space). */
  private featuresOf(article: IndexedArticle): ArticleFeatures {
    return {
      keys: Array.from(article.featureIds, (id) => this.space.keyOf(id)),
      counts: Array.from(article.counts),
    };
  }

  private arrivalOf(receivedAt: string | null | undefined): number {
    const time = receivedAt ? Date.parse(receivedAt) : Number.NaN;
    if (Number.isNaN(time)) return this.latestArrival;
    this.latestArrival = Math.max(this.latestArrival, time);
    return time;
  }

  private chooseStory(position: number): string {
    const article = this.articles[position] as IndexedArticle;
    const pin = this.pinned.get(article.id);
    if (pin) return resolveStoryAlias(pin, this.merged);
    const original = article.duplicateOf ? this.storyOf(article.duplicateOf) : undefined;
    if (original) return original;

    const vector = this.candidates.vector(position);
    const neighbours = this.candidates.nearest(vector, {
      limit: this.options.neighbours,
      postingLimit: this.postingLimit(),
      floor: CANDIDATE_FLOOR,
      lookupFeatures: this.options.lookupFeatures,
      lookupBudget: this.options.lookupBudget,
      exclude: position,
    });
    const blocked = this.blockedStories(article.id);
    let bestStory: string | undefined;
    let bestScore = this.options.threshold;
    const seen = new Set<string>();
    for (const { index } of neighbours) {
      const storyId = this.storyOfPosition[index];
      if (!storyId || seen.has(storyId) || blocked.has(storyId)) continue;
      seen.add(storyId);
      const score = this.averageSimilarity(position, vector, this.members.get(storyId) ?? []);
      if (score >= bestScore) {
        bestScore = score;
        bestStory = storyId;
      }
    }
    return bestStory ?? this.uniqueStoryId(article.id);
  }

  /** Average-link score against a story: its members (or an even sample of a large one), re-weighted if stale. */
  private averageSimilarity(position: number, vector: SparseVector, members: number[]): number {
    const scored = sampleMembers(members);
    for (const member of scored) this.refresh(member);
    const time = (this.articles[position] as IndexedArticle).time;
    let sum = 0;
    for (const { index, similarity } of this.candidates.score(
      vector,
      scored.filter((member) => member !== position),
    )) {
      sum += similarity * timeFactor(time, (this.articles[index] as IndexedArticle).time, this.options);
    }
    return scored.length === 0 ? 0 : sum / scored.length;
  }

  private refresh(position: number): void {
    const article = this.articles[position] as IndexedArticle;
    // Re-weighted once a quarter of the index has come or gone since (stories close as well as start).
    if (this.space.changes - article.weightedAt <= this.space.documents * 0.25) return;
    this.candidates.replace(position, this.space.vectorize(article, article.featureIds, { single: true }));
    article.weightedAt = this.space.changes;
  }

  private blockedStories(articleId: string): Set<string> {
    const blocked = new Set<string>();
    for (const [a, b] of this.cannotLink) {
      const other = a === articleId ? b : b === articleId ? a : undefined;
      const storyId = other === undefined ? undefined : this.storyOf(other);
      if (storyId) blocked.add(storyId);
    }
    return blocked;
  }

  private assign(position: number, storyId: string): void {
    const previous = this.storyOfPosition[position];
    if (previous) {
      const list = this.members.get(previous) ?? [];
      const remaining = list.filter((member) => member !== position);
      if (remaining.length > 0) this.members.set(previous, remaining);
      else {
        this.members.delete(previous);
        this.activeAt.delete(previous);
      }
    }
    this.storyOfPosition[position] = storyId;
    const list = this.members.get(storyId);
    if (list) list.push(position);
    else this.members.set(storyId, [position]);
    const receivedAt = (this.articles[position] as IndexedArticle).receivedAt;
    if (receivedAt > (this.activeAt.get(storyId) ?? Number.NEGATIVE_INFINITY)) this.activeAt.set(storyId, receivedAt);
  }

  private uniqueStoryId(articleId: string): string {
    let attempt = 0;
    let storyId = storyIdFor(articleId);
    while (this.members.has(storyId)) storyId = storyIdFor(articleId, ++attempt);
    return storyId;
  }

  private postingLimit(): number {
    return this.space.postingLimit(this.options.maxPostingShare, this.options.maxPostings);
  }

  private requirePosition(articleId: string): number {
    const position = this.positionOf.get(articleId);
    if (position === undefined) {
      throw new RoundupError("NOT_FOUND", "the article is not in the story index", {
        input: articleId,
        fix: "add the article (or reopen its closed story) before moving it",
      });
    }
    return position;
  }
}
