import { z } from "zod";
import { RoundupError } from "../errors/index.js";

/**
 * Tuning knobs for grouping. The defaults were chosen once on ECB+ topics 1–12 (ecbplus-dev) from the
 * middle of a flat region (B-cubed F1 0.934 for threshold 0.08–0.12 × localThreshold 0.065–0.075) rather
 * than at a sharp peak; change them only with an evaluation run (`bench/group-eval-dev.ts`) to back it.
 */
export interface GroupingOptions {
  /** Average similarity to a story's members needed to join it (average link, missing edges count 0). */
  threshold: number;
  /** Inside each cluster, average similarity (with cluster-local idf) needed to stay together. */
  localThreshold: number;
  /** Two parts of a local split are merged back while their cross similarity is at least this share of their inner similarity. */
  separation: number;
  /**
   * Two clusters of at least `minPartSize` articles merge only while the similarity edges between them
   * average at least this share of the edges inside each (0: no such check). Average link alone merges
   * two tight groups whenever their mean cross similarity clears `threshold`, and how many cross pairs
   * have an edge at all depends on how crowded the collection is with look-alikes (each article keeps
   * only its `neighbours` nearest): a 30-day window ran two events of one kind together where a longer
   * collection, with more look-alikes taking the neighbour slots, did not. Edges' own strengths do not
   * depend on that. 0.5 lies between what separated look-alike events of one kind (at most 0.45 on the
   * synthetic stream) and the weakest link inside a real ECB+ event (0.59).
   */
  mergeSeparation: number;
  /** A local split is kept only for parts at least this big; smaller parts rejoin their closest part. */
  minPartSize: number;
  /** Clusters smaller than this are not looked at again with local idf. */
  minSplitSize: number;
  /**
   * Pseudo-documents added to the idf of whole collections, so that tiny collections still group (see
   * FeatureSpace). 300 rather than 50: in a two-story import a side piece's own words (counted once
   * among a dozen documents) outweighed the place name every article of its story carries, and 137 of
   * 552 written stories imported two at a time were split (93 at 300, the same whatever it is from 200
   * to 500); ECB+ topic by topic (20–30 articles each) 0.908 → 0.922; the whole of ECB+ dev and the
   * synthetic streams unchanged (`bench/group-small-collections.ts`).
   */
  priorDocuments: number;
  /** One title occurrence counts as this many body occurrences. */
  titleWeight: number;
  /** Multipliers per feature kind, applied on top of sublinear tf × idf. */
  weights: { term: number; entity: number; number: number; date: number };
  /** For dated pairs, similarity is multiplied by 0.5 + 0.5·exp(−days/timeScaleDays). */
  timeScaleDays: number;
  /** Undated articles whose latest mentioned years differ: similarity is multiplied by this. */
  yearMismatch: number;
  /** How many most-similar articles each article is compared with exactly (its edges in the graph). */
  neighbours: number;
  /** How many of an article's heaviest features are looked up in the inverted index to find candidates. */
  lookupFeatures: number;
  /** …stopping early once this many postings were read, which bounds the cost per article at any size. */
  lookupBudget: number;
  /** Features in more than this share of articles (and more than 50 of them) are not used to find candidates. */
  maxPostingShare: number;
  /** …and never features in more than this many articles, so candidate lookup stays fast at any size. */
  maxPostings: number;
}

export const DEFAULT_GROUPING_OPTIONS: GroupingOptions = {
  threshold: 0.1,
  localThreshold: 0.075,
  minSplitSize: 6,
  minPartSize: 3,
  separation: 0.6,
  mergeSeparation: 0.5,
  priorDocuments: 300,
  titleWeight: 2,
  weights: { term: 1, entity: 1, number: 1, date: 1 },
  timeScaleDays: 14,
  yearMismatch: 0.7,
  neighbours: 16,
  lookupFeatures: 30,
  lookupBudget: 1500,
  maxPostingShare: 0.02,
  maxPostings: 400,
};

const optionsSchema = z.object({
  threshold: z.number().min(0).max(1).optional(),
  localThreshold: z.number().min(0).max(1).optional(),
  minSplitSize: z.number().int().min(2).optional(),
  minPartSize: z.number().int().min(1).optional(),
  separation: z.number().min(0).optional(),
  mergeSeparation: z.number().min(0).max(1).optional(),
  priorDocuments: z.number().min(0).optional(),
  titleWeight: z.number().min(0).optional(),
  weights: z
    .object({ term: z.number().min(0), entity: z.number().min(0), number: z.number().min(0), date: z.number().min(0) })
    .partial()
    .optional(),
  timeScaleDays: z.number().positive().optional(),
  yearMismatch: z.number().min(0).max(1).optional(),
  neighbours: z.number().int().min(1).optional(),
  lookupFeatures: z.number().int().min(1).optional(),
  lookupBudget: z.number().int().min(1).optional(),
  maxPostingShare: z.number().gt(0).max(1).optional(),
  maxPostings: z.number().int().min(1).optional(),
});

export type GroupingOptionsInput = Partial<Omit<GroupingOptions, "weights">> & {
  weights?: Partial<GroupingOptions["weights"]>;
};

/** Fills in defaults and rejects impossible values with a message that names the setting. */
export function resolveGroupingOptions(input: GroupingOptionsInput = {}): GroupingOptions {
  const parsed = optionsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new RoundupError("CONFIG_INVALID", `invalid grouping options (${problems})`, {
      fix: "leave grouping options out to use the tuned defaults",
    });
  }
  const { weights, ...rest } = parsed.data;
  return {
    ...DEFAULT_GROUPING_OPTIONS,
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    weights: {
      ...DEFAULT_GROUPING_OPTIONS.weights,
      ...Object.fromEntries(Object.entries(weights ?? {}).filter(([, value]) => value !== undefined)),
    },
  };
}
