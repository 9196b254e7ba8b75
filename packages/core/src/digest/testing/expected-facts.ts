/**
 * What a reader of a written test story expects facts code to find in it, written down by hand from
 * the texts (not from any output). Texts are matched by a distinctive piece of the sentence or quote.
 * Test and benchmark support only.
 */
export interface ExpectedFacts {
  /**
   * Every quotation a careful editor would list, with its speaker's full name; a source the text leaves
   * unnamed, by its description as written ("a spokeswoman for the council", "one driver", "a passenger":
   * what the digest shows a reader); null for words no one is given (a placard's, an unattributed line).
   */
  quotes: ReadonlyArray<{ text: string; speaker: string | null; partial?: boolean }>;
  /**
   * Sentences whose date code should know: `dates` holds the acceptable ISO dates (a day, or a
   * month/year prefix); `null` means the sentence must stay undated. A sentence not on the timeline
   * is a miss; one with another date is wrong.
   */
  timeline: ReadonlyArray<{ text: string; dates: ReadonlyArray<string | null> }>;
  /**
   * Dates a sentence must never get (background years, a month and day put in the wrong year): the
   * date itself or any day inside it, or only exactly that date when `exact` (a year as precision).
   * House rule: a background year is one inside a sentence about something else ("the plant, which
   * opened in 1974, …", "since 2015", a figure's period) or a precedent elsewhere ("In 2011, flyrock
   * from a quarry near Shap killed …"). A past act of the story's own actors told in its own main
   * clause ("The quarry was fined £40,000 in 2024") is a real event at that year: it is dated so.
   */
  neverDated: ReadonlyArray<{ text: string; date: string; exact?: boolean }>;
  /** The real disagreements: both values as written, each with the outlet that gives it. */
  disagreements: ReadonlyArray<{ values: readonly [string, string]; outlets: readonly [string, string] }>;
  /** Pairs of values that must never be set against each other (forecast and outcome, then and later…). */
  notDisagreements: ReadonlyArray<readonly [string, string]>;
  /** How many independent outlets carry a sentence's claim (a rewrite counts once). */
  corroboration: ReadonlyArray<{ text: string; outlets: number }>;
  /**
   * Pieces of which the offline digest's headline must hold one: what happened most recently, with
   * its verb (the stories written before this field say nothing about their headline).
   */
  headline?: ReadonlyArray<string>;
  /**
   * What the offline digest's summary (at its default 120 words) must hold: pieces of which each must
   * appear in some summary sentence, and pieces of sentences none may be (the stories written before
   * this field say nothing about their summary).
   */
  summary?: { holds: ReadonlyArray<string>; never: ReadonlyArray<string> };
  /**
   * Pairs of sentences that tell one event in other words and other relative days ("yesterday" in one
   * paper, "on Wednesday" in the next day's): one timeline entry holds or cites both.
   */
  sameEntry?: ReadonlyArray<readonly [string, string]>;
  /** Sentences whose entries must stand on the timeline in this order (undated ones by what the text shows). */
  order?: ReadonlyArray<string>;
  /**
   * What later news supersedes (stories written since supersede1): `apart` holds pairs of pieces, an
   * older statement and the later one that supersedes it (a toll, then a higher toll; a plan, then its
   * outcome), of which no offline summary, at 120 or at 250 words, may hold both; `current` holds
   * pieces of sentences later news does not supersede (a count of another thing, an earlier fact still
   * true, a plan whose day has not come), which code must never leave out as outdated.
   */
  supersession?: { apart: ReadonlyArray<readonly [string, string]>; current: ReadonlyArray<string> };
}
