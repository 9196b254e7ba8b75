import { RoundupError } from "../errors/index.js";
import type { Story } from "../model/index.js";
import { CandidateIndex } from "./candidate-index.js";
import type { ArticleFeatures } from "./extract-features.js";
import { FeatureCache } from "./feature-cache.js";
import { FeatureSpace, type SparseVector } from "./feature-space.js";
import { groupPreparedArticles, MAX_REFINE_SIZE, type PreparedArticle, storyFrom } from "./group-prepared-articles.js";
import { prepareForGrouping } from "./group-stories.js";
import type { GroupableArticle } from "./groupable-article.js";
import { type GroupingConstraints, resolveStoryAlias } from "./grouping-constraints.js";
import { type GroupingOptions, type GroupingOptionsInput, resolveGroupingOptions } from "./grouping-options.js";
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
  }>;
  constraints: {
    pinned: Array<[string, string]>;
    cannotLink: Array<[string, string]>;
    merged: Array<[string, string]>;
  };
}

interface IndexedArticle extends PreparedArticle {
  featureIds: Int32Array;
  time: TimeClue;
  /** How many articles the index held when this vector was weighted: idf drifts as the index grows. */
  weightedAt: number;
}

/** Stories larger than this are scored against an even sample of their members. */
const SAMPLE_SIZE = 64;
const CANDIDATE_FLOOR = 0.01;

/**
 * Incremental grouping: each added article joins the story whose members it resembles most on
 * average, or starts a new one. Candidates come from an inverted index, so adding to a large index
 * stays fast. `regroup()` runs the full batch algorithm (with its refinement pass) over everything held
 * and keeps story ids stable; run it after large imports. Editors' moves, merges and splits are kept
 * as constraints and survive regrouping.
 */
export class StoryIndex {
  private readonly options: GroupingOptions;
  private readonly space: FeatureSpace;
  private readonly candidates = new CandidateIndex();
  private readonly articles: IndexedArticle[] = [];
  private readonly positionOf = new Map<string, number>();
  private readonly storyOfPosition: string[] = [];
  private readonly members = new Map<string, number[]>();
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
    const cache = new FeatureCache();
    const prepared = articles.map((article) => prepareForGrouping(article, cache, index.options.titleWeight));
    index.load(prepared, assignments);
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
    const prepared = snapshot.articles.map(({ storyId: _storyId, features, ...article }) => ({
      ...article,
      features: {
        keys: features.map(([key]) => key),
        counts: features.map(([, count]) => count),
      } satisfies ArticleFeatures,
    }));
    index.load(prepared, new Map(snapshot.articles.map((article) => [article.id, article.storyId])));
    return index;
  }

  toJSON(): StoryIndexSnapshot {
    return {
      version: 1,
      articles: this.articles.map((article, position) => ({
        id: article.id,
        title: article.title,
        lead: article.lead,
        publishedAt: article.publishedAt,
        duplicateOf: article.duplicateOf,
        storyId: this.storyOfPosition[position] as string,
        features: article.features.keys.map(
          (key, position) => [key, article.features.counts[position] as number] as [string, number],
        ),
      })),
      constraints: this.constraints(),
    };
  }

  get size(): number {
    return this.articles.length;
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
    const position = this.insert(prepared, this.space.addDocument(prepared.features));
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
    const local = new Map(members.map((position, index) => [(this.articles[position] as IndexedArticle).id, index]));
    const cannotLink = this.cannotLink
      .map(([a, b]) => [local.get(a), local.get(b)])
      .filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined);
    const pinned = members.map((position) => this.pinned.get((this.articles[position] as IndexedArticle).id) ?? null);
    const duplicates = members.flatMap((position, index) => {
      const original = (this.articles[position] as IndexedArticle).duplicateOf;
      const originalIndex = original ? local.get(original) : undefined;
      return originalIndex === undefined ? [] : [[originalIndex, index]];
    });
    const parts = splitByLocalContrast(
      members.map((position) => (this.articles[position] as IndexedArticle).features),
      members.map((position) => (this.articles[position] as IndexedArticle).time),
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

  /** All stories, largest first. */
  stories(): Story[] {
    const vectors = this.articles.map((_, position) => this.candidates.vector(position));
    return [...this.members]
      .map(([storyId, members]) => storyFrom(this.articles, members, vectors, storyId))
      .sort((a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id));
  }

  assignments(): Map<string, string> {
    return new Map(this.articles.map((article, position) => [article.id, this.storyOfPosition[position] as string]));
  }

  constraints(): StoryIndexSnapshot["constraints"] {
    return { pinned: [...this.pinned], cannotLink: [...this.cannotLink], merged: [...this.merged] };
  }

  /** Full regroup of everything held, respecting constraints and keeping story ids where possible. */
  regroup(): Story[] {
    const stories = groupPreparedArticles(this.articles, this.options, {
      constraints: { pinned: this.pinned, cannotLink: this.cannotLink, merged: this.merged },
      previous: this.assignments(),
    });
    this.members.clear();
    for (const story of stories)
      for (const articleId of story.articleIds) this.assign(this.positionOf.get(articleId) as number, story.id);
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

  private load(prepared: PreparedArticle[], assignments: ReadonlyMap<string, string>): void {
    // Count every document first so stored vectors get the final idf, then place them.
    const featureIds = prepared.map((article) => this.space.addDocument(article.features));
    const positions = prepared.map((article, index) => this.insert(article, featureIds[index] as Int32Array));
    const unassigned: number[] = [];
    for (const position of positions) {
      const storyId = assignments.get((this.articles[position] as IndexedArticle).id);
      if (storyId) this.assign(position, resolveStoryAlias(storyId, this.merged));
      else unassigned.push(position);
    }
    for (const position of unassigned) this.assign(position, this.chooseStory(position));
  }

  private insert(article: PreparedArticle, featureIds: Int32Array): number {
    const vector = this.space.vectorize(article.features, featureIds);
    const position = this.candidates.add(vector, this.postingLimit());
    this.articles.push({
      ...article,
      featureIds,
      time: timeClueOf(article.publishedAt, article.features),
      weightedAt: this.space.documents,
    });
    this.positionOf.set(article.id, position);
    this.storyOfPosition.push("");
    return position;
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
    const scored =
      members.length <= SAMPLE_SIZE
        ? members
        : Array.from(
            { length: SAMPLE_SIZE },
            (_, i) => members[Math.floor((i * members.length) / SAMPLE_SIZE)] as number,
          );
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
    if (article.weightedAt * 1.25 >= this.space.documents) return;
    this.candidates.replace(position, this.space.vectorize(article.features, article.featureIds));
    article.weightedAt = this.space.documents;
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
      else this.members.delete(previous);
    }
    this.storyOfPosition[position] = storyId;
    const list = this.members.get(storyId);
    if (list) list.push(position);
    else this.members.set(storyId, [position]);
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
        fix: "add the article before moving it",
      });
    }
    return position;
  }
}
