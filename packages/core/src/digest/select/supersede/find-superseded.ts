import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { cosineSimilarity } from "../../evidence/term-vectors.js";
import { olderEventYear, partsOfWholes, quantityKey, sameFigure, samePlace } from "../../facts/disagreements/index.js";
import type { StoryFacts } from "../../facts/extract-facts.js";
import type { NumberMention } from "../../facts/figures/index.js";
import type { SentenceTimes } from "../times/index.js";
import { findAnsweredCalls } from "./find-answered-calls.js";
import { findAnsweredOffers } from "./find-answered-offers.js";
import { findCalledOffPlans } from "./find-called-off-plans.js";
import { findCorrectedFigures } from "./find-corrected-figures.js";
import { findDecidedContests } from "./find-decided-contests.js";
import { findDelayedReopenings } from "./find-delayed-reopenings.js";
import { findEndedStates } from "./find-ended-states.js";
import { findFinishedActions } from "./find-finished-actions.js";
import { findFulfilledProspects } from "./find-fulfilled-prospects.js";
import { findImprovedOffers } from "./find-improved-offers.js";
import { findLapsedStates } from "./find-lapsed-states.js";
import { findMootConditions } from "./find-moot-conditions.js";
import { findMovedFigures } from "./find-moved-figures.js";
import { findPassedSentences } from "./find-passed-sentences.js";
import { findRaisedCounts } from "./find-raised-counts.js";
import { findReturnedVerdicts } from "./find-returned-verdicts.js";
import { findRevisedStatements } from "./find-revised-statements.js";
import { findRunningTotals } from "./find-running-totals.js";
import { findSettledInquiries } from "./find-settled-inquiries.js";
import { findSettledPositions } from "./find-settled-positions.js";
import { findUpdatedFigures } from "./find-updated-figures.js";
import { findWidenedScopes } from "./find-widened-scopes.js";
import { partOfLaterTotal } from "./part-of-later-total.js";
import { SAME_MATTER } from "./same-matter.js";
import { type StanceVerb, stanceVerbs } from "./stance-verbs.js";

export interface Supersession {
  /**
   * Sentences a later sentence of the story updates: a running figure reported again (a toll, then
   * a higher toll), or a side's position in a negotiation that the same side later changed (a
   * proposal, then a higher one; a rejection, then a recommendation), or a forecast, schedule or
   * plan whose outcome a later report tells (see findFulfilledProspects).
   */
  outdated: Set<RankedSentence>;
  /** An older statement and a newer one on the same matter (a proposal, then the response to it). */
  pairs: Array<[RankedSentence, RankedSentence]>;
  /**
   * The pairs a summary must not set side by side: those whose older statement is not kept with its
   * date (see toldWithItsDate). A veto on Monday and its override on Thursday may both be summarised,
   * in the order they happened; "is waiting for a response" beside the response may not.
   */
  conflicts: Array<[RankedSentence, RankedSentence]>;
  /** Outdated sentences whose figure a later correction withdrew: not even the timeline's (see findCorrectedFigures). */
  corrected: Set<RankedSentence>;
}

/**
 * Those present where a thing happened, as outlets name the whole group it befell: "injuring 14
 * riders", "six spectators were hurt", "19 passengers were taken to hospital". A part's noun (two
 * officers, three children) is not among them.
 */
const THOSE_PRESENT =
  /^(?:people|person|rider|spectator|passenger|guest|visitor|fan|attendee|shopper|worshipper|pilgrim|tourist|commuter|concertgoer|festivalgoer|reveller|diner|customer|traveller|traveler|occupant|holidaymaker|hiker|skier|swimmer|bather)$/;
/** What befalls people as casualties, counted again as a toll grows. */
const CASUALTY = /^(?:killed|injured|hospitalised|miss)$/;

/**
 * The measure a count updates: "injuring six spectators", then "The number injured has risen to
 * eight" is one count of the injured, whichever noun names those present (see THOSE_PRESENT).
 */
function updateKey(mention: NumberMention): string | null {
  const present = mention.event && CASUALTY.test(mention.event) && mention.unit && THOSE_PRESENT.test(mention.unit);
  return quantityKey(present ? { ...mention, unit: "people" } : mention, { anyKind: true });
}

/** A participle clause at the end of what comes before a figure: ", leaving about …", ", forcing …". */
const TRAILING_CONSEQUENCE =
  /\S[^,;]*,\s+(?:forcing|leaving|killing|injuring|displacing|stranding|sending|prompting|cutting|affecting)\b[^,;]*$/;
/** A count told as what is still so: "40,000 customers remained without power", "12 are still missing". */
const REMAINING_AFTER = /^[^,;.]*?\b(?:remain(?:s|ed|ing)?|still)\b/i;

/** A figure told as unchanged: "remains at five", "stood at 12", "is still 40". */
const UNCHANGED_BEFORE =
  /\b(?:remains?|remained|stands?|stood|(?:is|was|are|were)\s+still|unchanged\s+at)\s+(?:at\s+)?(?:(?:about|around|some)\s+)?$/i;

/** What is done to the bodies of the dead when they are counted: "bodies recovered", "found", "pulled from". */
const BODIES_FOUND = /^(?:recovered|found|retrieved|pulled|washed ashore|identified)$/;

/** What a negotiation is about: a position on one of these is what a later position replaces. */
const NEGOTIATION_NOUN =
  /\b(?:offers?|bids?|proposals?|counter-?(?:offers?|proposals?)|deals?|terms|demands?|truce|ceasefire|agreements?|settlements?|plans?|pay rise|raise|(?:this|that|our|their|its|the) price)\b/i;
/** A position stated by its verb alone: "Arden offered 640 pence a share". */
const NEGOTIATION_VERB = /\b(?:offer(?:ed|ing)|propos(?:ed|ing)|demand(?:ed|ing)|bid(?:s|ding)? for)\b/i;
/**
 * A word every match of NEGOTIATION_NOUN or NEGOTIATION_VERB holds, in any case: a plain search, far
 * cheaper than their alternations tried at every word, rules out most sentences of a story.
 */
const NEGOTIATION_STEMS = [
  "offer",
  "bid",
  "propos",
  "deal",
  "terms",
  "demand",
  "truce",
  "ceasefire",
  "agreement",
  "settlement",
  "plan",
  "pay rise",
  "raise",
  "price",
];
function mayNegotiate(text: string): boolean {
  const lower = text.toLowerCase();
  return NEGOTIATION_STEMS.some((stem) => lower.includes(stem));
}
const FIGURE = /\d[\d,.]*/g;
/** Speech states a position only through what is quoted: "“We are not for sale at this price,” Marsh said." */
const SPEECH_VERB = /\b(?:said|says|told|added|insisted)\b/gi;
const FUNCTION_WORD = /^(?:of|in|for|at|from|with|on|by|to|who|which|that|led|whose)$/i;
const SUBJECT_STOP =
  /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|But|And|On|In|At|After|Before|As|When|While|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words that open a subordinate clause: a verb after one has its own subject ("… after Hamas responded"). */
const SUBORDINATOR =
  /\b(?:after|before|when|while|because|since|as|if|until|although|though|that|which|who|whether|how|why|what|where|with)\b/i;
/** A word before "offer", "demands", "bid" that makes it a noun: "the offer", "Hamas’ key demands", "its improved bid". */
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|key|new|latest|improved|first|final|earlier|main|two|three)|['’]s?)\s+$/i;

const ROLE_WORD =
  /^(?:chief|executive|chairman|chairwoman|chair|president|minister|secretary|spokesman|spokeswoman|spokesperson|official|officials|leader|director|head|boss|founder|lawyer|negotiator|envoy|mediator|commander|deputy|senior|board|union|party)$/;

function nameOf(word: string): string {
  return word.replace(/['’]s$/, "").replace(/[^\p{L}-]/gu, "");
}

/**
 * The names heading a clause's subject: the capitalised words from its start, up to a comma or a
 * preposition ("Kestrel's board" → kestrel; "Holders of 54 percent of Kestrel's shares" → none: a
 * common noun capitalised only because it opens the sentence is no name).
 */
function leadNames(words: readonly string[], properNames: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const [position, word] of words.entries()) {
    if (FUNCTION_WORD.test(word)) break;
    const bare = nameOf(word);
    // Only a role may stand between names of one side ("Kestrel chairwoman Alison Marsh"); any other
    // lower-case word ends the subject ("Sheikh Mohammed said Hamas’s…" names two sides).
    if (/^\p{Ll}/u.test(bare) && position > 0 && !ROLE_WORD.test(bare)) break;
    if (/^\p{Lu}/u.test(bare) && !SUBJECT_STOP.test(bare)) {
      // The opening word is a name when the story capitalises it elsewhere too, or another capital or
      // a possessive follows it ("Kestrel chairwoman…", "Kestrel's board", "Arden Rail").
      const next = words[position + 1];
      const named = properNames.has(bare.toLowerCase()) || /['’]s$/.test(word) || (next && /^\p{Lu}/u.test(next));
      if (position > 0 || named) names.push(bare.toLowerCase());
    }
    if (word.endsWith(",")) break;
  }
  return names.slice(0, 4);
}

/** The capitalised run nearest before the verb, a few lower-case words back at most ("Kestrel's board said it would recommend" → kestrel). */
function nearestNames(words: readonly string[]): string[] {
  const names: string[] = [];
  let lower = 0;
  for (const word of [...words].reverse()) {
    const bare = nameOf(word);
    if (/^\p{Lu}/u.test(bare) && !SUBJECT_STOP.test(bare)) {
      names.push(bare.toLowerCase());
      continue;
    }
    if (names.length > 0 || FUNCTION_WORD.test(word) || ++lower > 5) break;
  }
  return names.slice(0, 4);
}

/** A relative clause set off by commas says something else about its noun: ", which runs both terminals,". */
const NON_RESTRICTIVE = /,\s+(?:which|who|whose)\b[^,]*,\s*/g;

/** A verb that tells a standing state, not a dated event: "is waiting", "remains", "has offered". */
const PRESENT_STATE = /\b(?:is|are|am|remains?|stands?|has|have|seems?|appears?)\b/i;

/**
 * A statement kept with its date: its text states the day of what it tells ("vetoed the bill on
 * Monday") and tells it as an event, not as a state in the present tense ("is waiting for a
 * response", "has proposed"). A newer statement on the same matter does not make it wrong: it can
 * stand beside it, each with its day, in the order they happened.
 */
function toldWithItsDate(candidate: RankedSentence, facts: StoryFacts): boolean {
  const when = facts.sentenceDates[candidate.index];
  if (when?.basis !== "stated" || when.precision !== "day") return false;
  const told = candidate.item.sentence.text.replace(QUOTED_SPANS, " ").replace(NON_RESTRICTIVE, " ");
  return !PRESENT_STATE.test(told);
}

/**
 * Who states the position of a clause: the names nearest before its stance verb, and, when that
 * verb is the clause's main one (no "after…", "that…" before it), the names the clause opens with.
 * An infinitive right after a name has that name for its subject ("urged Hamas to accept": Hamas);
 * after a verb, the clause's ("Netanyahu appeared to reject": Netanyahu). With `speech`, the verb
 * is one of saying (a quoted position is the speaker's).
 */
function subjectNames(
  text: string,
  properNames: ReadonlySet<string>,
  speech = false,
): { names: string[]; changes: boolean } {
  const clause = text.replace(NON_RESTRICTIVE, " ");
  const verbs: Array<Pick<StanceVerb, "index" | "changes" | "objectSubject" | "agent">> = speech
    ? [...clause.matchAll(SPEECH_VERB)].map((match) => ({ index: match.index, changes: false, objectSubject: false }))
    : stanceVerbs(clause);
  const verb = verbs.find((match) => !NOUN_BEFORE.test(clause.slice(0, match.index)));
  if (!verb) return { names: [], changes: false };
  const before = clause.slice(0, verb.index);
  // A passive's side is its agent: "The proposal was rejected by Kestrel's board" is Kestrel's. In a
  // subordinate clause it tells background ("because it was only signed by Clifford"), no position.
  if (verb.agent !== undefined) {
    if (SUBORDINATOR.test(before)) return { names: [], changes: false };
    return { names: leadNames(verb.agent.trim().split(/\s+/).filter(Boolean), properNames), changes: verb.changes };
  }
  const words = before.trim().split(/\s+/).filter(Boolean);
  const nearest = nearestNames(words);
  const names =
    SUBORDINATOR.test(before) || verb.objectSubject
      ? nearest
      : [...new Set([...leadNames(words, properNames), ...nearest])];
  return { names, changes: verb.changes };
}

/** Clauses of a sentence that can each have their own subject: "…, and Kestrel's board said it would…". */
function clausesOf(text: string): string[] {
  return text.split(/,\s+(?:and|but|while|whereas)\s+|;\s+/);
}

/** Built once: a \p{…} literal in a function is rebuilt each call where the build lowers it (esbuild for Node 20). */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * Positions a side later changed: a sentence on a negotiation (an offer, a demand, a rejection)
 * whose subject names a side that a later sentence on the negotiation names as the subject of one
 * of its clauses ("Arden offered 640 pence", then "Arden raised its offer to 700 pence"; "Kestrel's
 * board rejected the proposal", then "…, and Kestrel's board said it would recommend the improved bid").
 */
function changedPositions(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  interface Position {
    time: number;
    figures: Set<string>;
  }
  // Only sentences on a negotiation state positions (and the names of their sides).
  const relevant = candidates.filter((candidate) => {
    const text = candidate.item.sentence.text;
    return mayNegotiate(text) && (NEGOTIATION_NOUN.test(text) || NEGOTIATION_VERB.test(text));
  });
  // Words capitalised inside sentences are names; one capitalised only as a sentence's first word may not be.
  const properNames = new Set<string>();
  for (const text of new Set(relevant.map((candidate) => candidate.item.sentence.text))) {
    const words = text.split(/\s+/);
    for (let index = 1; index < words.length; index += 1) {
      const word = words[index]!;
      if (CAPITAL_START.test(word) && !/[.!?:"“”]$/.test(words[index - 1]!))
        properNames.add(nameOf(word).toLowerCase());
    }
  }
  // The subject is outside the quotation; a quoted position ("“We are not for sale at this price,”
  // Marsh said") is the speaker's when nothing outside the quote states one.
  // Rewrites repeat sentences: each text is read once.
  const read = new Map<string, Array<{ names: string[]; changes: boolean }>>();
  const clausesByCandidate = new Map(
    relevant.map((candidate): [RankedSentence, Array<{ names: string[]; changes: boolean }>] => {
      const text = candidate.item.sentence.text;
      const known = read.get(text);
      if (known) return [candidate, known];
      const unquoted = text.replace(QUOTED_SPANS, " ");
      const quoted = [...text.matchAll(QUOTED_SPANS)].map((match) => match[0]).join(" ");
      const clauses = clausesOf(unquoted).map((clause) => subjectNames(clause, properNames));
      const result =
        clauses.every((clause) => clause.names.length === 0) && NEGOTIATION_NOUN.test(quoted)
          ? [subjectNames(unquoted, properNames, true)]
          : clauses;
      read.set(text, result);
      return [candidate, result];
    }),
  );
  // One side under several names: "Kestrel chairwoman Alison Marsh" makes Marsh speak for Kestrel.
  // Names joined by "and" are two sides, and are not merged.
  const root = new Map<string, string>();
  const find = (name: string): string => {
    const parent = root.get(name) ?? name;
    if (parent === name) return name;
    const top = find(parent);
    root.set(name, top);
    return top;
  };
  for (const sentence of new Set(relevant.map((candidate) => candidate.item.sentence.text))) {
    const text = sentence.replace(QUOTED_SPANS, " ");
    const first = leadNames(text.trim().split(/\s+/), properNames);
    if (first.length < 2 || /^[^,]*\band\b/.test(text.slice(0, 80))) continue;
    for (const name of first.slice(1)) root.set(find(name), find(first[0]!));
  }
  const bySide = new Map<string, Position[]>();
  const sides = new Map<RankedSentence, { names: string[]; position: Position }>();
  for (const candidate of relevant) {
    const text = candidate.item.sentence.text;
    const position = {
      time: times.get(candidate) ?? 0,
      figures: new Set([...text.matchAll(FIGURE)].map((match) => match[0].replace(/[.,]$/, ""))),
    };
    const clauses = clausesByCandidate.get(candidate) ?? [];
    // Only a clause that moves the negotiation on can replace a side's earlier position.
    const moving = clauses.filter((clause) => clause.changes).flatMap((clause) => clause.names);
    for (const side of new Set(moving.map(find))) {
      const list = bySide.get(side);
      if (list) list.push(position);
      else bySide.set(side, [position]);
    }
    sides.set(candidate, { names: [...new Set((clauses[0]?.names ?? []).map(find))], position });
  }
  // Newest first: the search for a later position stops at the first one that is not later.
  for (const list of bySide.values()) list.sort((a, b) => b.time - a.time);
  const outdated = new Set<RankedSentence>();
  for (const [candidate, { names, position }] of sides) {
    // A later position that repeats a figure of this one restates it rather than changes it.
    const changedLater = (side: string) => {
      for (const later of bySide.get(side) ?? []) {
        if (later.time <= position.time) return false;
        if (![...position.figures].some((figure) => later.figures.has(figure))) return true;
      }
      return false;
    };
    if (names.some(changedLater)) outdated.add(candidate);
  }
  return outdated;
}

/**
 * What later news supersedes. A side's position in a negotiation that the same side later changed
 * is outdated (see changedPositions), and so is a forecast, a schedule or a plan a later report
 * tells the outcome of (see findFulfilledProspects), and a state a later report ends ("have not been
 * heard from", then "were found alive": see findEndedStates), and a position a later deal settled
 * (see findSettledPositions), a plan a later report calls off (see findCalledOffPlans), and a state told as holding until a day the story has passed (see findLapsedStates), and an offer its maker later changed (see findImprovedOffers), and a claim about a vote its result settled (see findDecidedContests), and work under way a later report tells done (see findFinishedActions), and tests or an investigation under way a later report tells the result of (see findSettledInquiries), and a statement a later one says was revised ("rather than", "no longer": see findRevisedStatements), and a reopening a later report puts off (see findDelayedReopenings), and a call a later report tells answered ("have called on the council to delay", then "rejected calls to delay": see findAnsweredCalls), and a sentence asked of a court once the court passed one (see findPassedSentences), and a denial of charges or a jury still out once a verdict is told (see findReturnedVerdicts), and an order's scope a later order widened (see findWidenedScopes), and an offer told as standing once a later report tells it accepted or rejected (see findAnsweredOffers), and a count a later total told grown passes ("arrested six people", then "bringing the total to eight": see findRunningTotals). A running figure (people killed since the war began) reported again
 * later with another value makes the earlier sentence outdated: it belongs to the timeline, not to
 * a summary of where things stand. Two sentences of different times on the same matter are a pair
 * that must not stand side by side in the present tense: selection keeps one of them, unless the
 * older one is told with its own day (see toldWithItsDate: a veto on Monday, then its override on
 * Thursday) and gives no figure the newer one replaces: kept with its date, it may be summarised
 * beside the newer one, in time order. A model
 * is still shown the pair (it must not retell the older one as current).
 */
export function findSuperseded(
  candidates: readonly RankedSentence[],
  times: SentenceTimes,
  facts: StoryFacts,
  /** Pairs are looked for among this many best-ranked candidates (those selection considers). */
  pairPool = 100,
): Supersession {
  // Counts of what happened, reported at some moment: a running total, and a count of one event
  // ("34 people had died") alike; later news with another value for the same measure updates it.
  const countsOf = new Map<number, NumberMention[]>();
  const keyOf = new Map<NumberMention, string>();
  const indexOf = new Map(facts.sentences.map((item, index) => [item, index]));
  // A part of a whole counts the event with the whole's noun ("40 of the park's 180 homes were
  // destroyed", "Of the 212 whales, 90 have died"), so a later count of the same event updates it;
  // the whole is what the owner has.
  const numbers = partsOfWholes(facts.numbers);
  for (const mention of numbers) {
    // An older event's figure, recalled for comparison, updates nothing of this story.
    const key = mention.kind === "window" || olderEventYear(mention) ? null : updateKey(mention);
    if (!key) continue;
    keyOf.set(mention, key);
    const index = indexOf.get(mention.item) ?? -1;
    const counts = countsOf.get(index);
    if (counts) counts.push(mention);
    else countsOf.set(index, [mention]);
  }
  const timeOfIndex = new Map(candidates.map((candidate) => [candidate.index, times.get(candidate) ?? 0]));
  // Each measure's dated counts, so a count is compared only with counts of its own measure.
  const datedByKey = new Map<string, Array<{ mention: NumberMention; time: number }>>();
  for (const [index, mentions] of countsOf) {
    const time = timeOfIndex.get(index);
    if (time === undefined) continue;
    for (const mention of mentions) {
      const key = keyOf.get(mention)!;
      const dated = datedByKey.get(key);
      if (dated) dated.push({ mention, time });
      else datedByKey.set(key, [{ mention, time }]);
    }
  }
  // Two sources' rival figures for one moment are a disagreement, shown side by side: neither updates the other.
  // Each cited sentence's disagreements, and the side (claim) it gives in each.
  const sides = new Map<string, Array<{ number: number; side: number }>>();
  facts.disagreements.forEach((disagreement, number) => {
    disagreement.claims.forEach((claim, side) => {
      for (const citation of claim.citations) {
        const key = `${citation.articleId}:${citation.start}`;
        sides.set(key, [...(sides.get(key) ?? []), { number, side }]);
      }
    });
  });
  const sidesOf = (item: { article: { id: string }; sentence: { start: number } }) =>
    sides.get(`${item.article.id}:${item.sentence.start}`) ?? [];
  const disagreementsOf = (mention: NumberMention) => new Set(sidesOf(mention.item).map(({ number }) => number));
  const setAgainst = (a: NumberMention, b: NumberMention) => {
    const others = disagreementsOf(b);
    return [...disagreementsOf(a)].some((number) => others.has(number));
  };
  const toldUnchanged = (mention: NumberMention) =>
    UNCHANGED_BEFORE.test(mention.item.article.text.slice(mention.item.sentence.start, mention.start));
  // "derailed on Sunday evening …, leaving 180,000 customers without power": a count in a clause that
  // trails a dated event is how many the event affected; "40,000 remained without power" later is the
  // state since, not a revision of it (a later count of all affected, "2,000 had left their homes",
  // is).
  const trailsDatedEvent = (mention: NumberMention) => {
    if (facts.sentenceDates[indexOf.get(mention.item) ?? -1]?.basis !== "stated") return false;
    const before = mention.item.article.text.slice(mention.item.sentence.start, mention.start);
    return TRAILING_CONSEQUENCE.test(before);
  };
  const toldAsRemaining = (mention: NumberMention) =>
    REMAINING_AFTER.test(mention.item.article.text.slice(mention.end, mention.item.sentence.end));
  const updatedLater = (mention: NumberMention, time: number) =>
    (datedByKey.get(keyOf.get(mention) ?? "") ?? []).some(
      (later) =>
        later.time > time &&
        samePlace(later.mention, mention) &&
        !(toldAsRemaining(later.mention) && trailsDatedEvent(mention)) &&
        // A part told with its own days is still true beside a later total over more days.
        !partOfLaterTotal(mention, later.mention) &&
        // A running total reported again is news at its new moment; one event's count only when it
        // changed (not a rounding of the same count, nor a rival's figure for the same moment).
        // A total told as unchanged ("The death toll remains at five") is confirmed, not replaced, by a
        // later report of the same figure.
        ((mention.kind === "running" && !(toldUnchanged(mention) && sameFigure(later.mention, mention))) ||
          (!sameFigure(later.mention, mention) && !setAgainst(later.mention, mention))),
    );
  // "The number of bodies recovered rose to 52": the dead are at least the bodies found, so a later,
  // higher count of bodies updates an earlier count of the dead (never the other way round: most of
  // the dead may still be missing; nor a rival figure, as it counts something else).
  const bodyCounts: Array<{ mention: NumberMention; time: number }> = [];
  for (const [index, mentions] of countsOf) {
    const time = timeOfIndex.get(index);
    if (time === undefined) continue;
    for (const mention of mentions)
      if (mention.unit === "body" && BODIES_FOUND.test(mention.event ?? "") && mention.frame === "reported")
        bodyCounts.push({ mention, time });
  }
  const outnumberedByBodies = (mention: NumberMention, time: number) =>
    mention.unit === "people" &&
    mention.event === "killed" &&
    bodyCounts.some(
      (later) => later.time > time && later.mention.value > mention.value && samePlace(later.mention, mention),
    );
  const outdated = changedPositions(candidates, times);
  for (const prospect of findFulfilledProspects(candidates, times, facts)) outdated.add(prospect);
  for (const state of findEndedStates(candidates, times)) outdated.add(state);
  for (const position of findSettledPositions(candidates, times, facts)) outdated.add(position);
  for (const condition of findMootConditions(candidates, times)) outdated.add(condition);
  for (const plan of findCalledOffPlans(candidates, times)) outdated.add(plan);
  for (const state of findLapsedStates(candidates, facts)) outdated.add(state);
  for (const offer of findImprovedOffers(candidates, times, facts)) outdated.add(offer);
  for (const count of findRaisedCounts(candidates, times)) outdated.add(count);
  for (const count of findRunningTotals(candidates, times)) outdated.add(count);
  for (const claim of findDecidedContests(candidates, times)) outdated.add(claim);
  for (const action of findFinishedActions(candidates, times)) outdated.add(action);
  for (const inquiry of findSettledInquiries(candidates, times)) outdated.add(inquiry);
  for (const statement of findRevisedStatements(candidates, times)) outdated.add(statement);
  for (const reopening of findDelayedReopenings(candidates, times)) outdated.add(reopening);
  for (const call of findAnsweredCalls(candidates, times)) outdated.add(call);
  for (const demand of findPassedSentences(candidates, times)) outdated.add(demand);
  for (const figure of findMovedFigures(candidates, times)) outdated.add(figure);
  for (const denial of findReturnedVerdicts(candidates, times)) outdated.add(denial);
  for (const scope of findWidenedScopes(candidates, times)) outdated.add(scope);
  for (const offer of findAnsweredOffers(candidates, times)) outdated.add(offer);
  for (const figure of findUpdatedFigures(candidates, times, facts)) outdated.add(figure);
  const corrected = findCorrectedFigures(candidates, facts.sentences);
  for (const sentence of corrected) outdated.add(sentence);
  for (const candidate of candidates) {
    const time = times.get(candidate) ?? 0;
    const counts = countsOf.get(candidate.index) ?? [];
    if (counts.some((mention) => updatedLater(mention, time) || outnumberedByBodies(mention, time)))
      outdated.add(candidate);
  }
  const pairs: Array<[RankedSentence, RankedSentence]> = [];
  const pool = candidates.filter((candidate) => !outdated.has(candidate)).slice(0, pairPool);
  for (const left of pool) {
    for (const right of pool) {
      const leftTime = times.get(left) ?? 0;
      const rightTime = times.get(right) ?? 0;
      if (leftTime >= rightTime) continue;
      if (cosineSimilarity(left.vector, right.vector) >= SAME_MATTER) pairs.push([left, right]);
    }
  }
  const dated = new Set(pool.filter((candidate) => toldWithItsDate(candidate, facts)));
  // A figure a newer statement replaces stays superseded, dated or not: "extended her lead on Friday
  // with 52,600 votes to 49,800", then "was declared mayor, winning 61,450 votes to 58,400". A newer
  // statement that repeats one of its figures answers it ("rejected the 4 percent offer").
  // Figures by unit ("votes", "flights") and, where read, what they measure: only a figure of the
  // same unit can replace another, and not one of another measure ("$280 million" of overstated
  // revenue is not replaced by "$12 million in bonuses" to be returned).
  const figures = new Map<
    number,
    Array<{ unit: string; event: string | null; value: number; mention: NumberMention }>
  >();
  for (const mention of numbers) {
    if (mention.kind === "window" || !mention.unit) continue;
    const index = indexOf.get(mention.item) ?? -1;
    figures.set(index, [
      ...(figures.get(index) ?? []),
      { unit: mention.unit, event: mention.event, value: mention.value, mention },
    ]);
  }
  const replacesFigure = (older: RankedSentence, newer: RankedSentence) => {
    const newerFigures = figures.get(newer.index) ?? [];
    return (figures.get(older.index) ?? []).some((figure) => {
      const comparable = newerFigures.filter(
        (other) =>
          other.unit === figure.unit && (other.event === null || figure.event === null || other.event === figure.event),
      );
      // A part told with its own days is no figure the later total replaces: both may be told.
      if (comparable.some((other) => partOfLaterTotal(figure.mention, other.mention))) return false;
      if (comparable.length === 0) return false;
      // Of the older sentence's figures of this measure, none is repeated by the newer one.
      const olderValues = (figures.get(older.index) ?? []).filter(
        (mine) =>
          mine.unit === figure.unit && (mine.event === null || figure.event === null || mine.event === figure.event),
      );
      return !olderValues.some((mine) => comparable.some((other) => other.value === mine.value));
    });
  };
  // Two sides of one disagreement ("the Senate 27-12", "The Senate passed … 26-13") are not both told
  // as fact in the summary: the digest's disagreement sets them side by side with their outlets.
  const onSides = pool.filter((candidate) => sidesOf(candidate.item).length > 0);
  const rivalSides: Array<[RankedSentence, RankedSentence]> = [];
  for (const [position, left] of onSides.entries()) {
    for (const right of onSides.slice(position + 1)) {
      const opposed = sidesOf(left.item).some((one) =>
        sidesOf(right.item).some((other) => one.number === other.number && one.side !== other.side),
      );
      if (opposed) rivalSides.push([left, right]);
    }
  }
  // Rival sides are no older and newer statement of one matter, whichever was printed first: the
  // first is not a state the second replaced (the timeline would date it as one).
  const rivals = new Set(
    rivalSides.flatMap(([left, right]) => [`${left.index}:${right.index}`, `${right.index}:${left.index}`]),
  );
  const ordered = pairs.filter(([older, newer]) => !rivals.has(`${older.index}:${newer.index}`));
  return {
    outdated,
    corrected,
    pairs: ordered,
    conflicts: [
      ...ordered.filter(([older, newer]) => !dated.has(older) || replacesFigure(older, newer)),
      ...rivalSides,
    ],
  };
}
