import type { Disagreement } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import type { ArticleSentence } from "../../evidence/article-sentences.js";
import { outletOf } from "../corroboration/index.js";
import type { SentenceDate } from "../reading/index.js";
import { addDays } from "../reading/index.js";
import { type OutletFigure, rivalClaims } from "./rival-claims.js";

/** A vote's count as a sentence gives it: "passed … 26-13", "by a vote of 212 to 187". */
interface Tally extends OutletFigure {
  /** Who voted: "Senate", "House", "Finance Committee"; null when the sentence names no one ("survived Thursday night's confidence vote, 39 to 40"). */
  body: string | null;
  day: string;
  /** The day is the article's own, the sentence giving none (see findTallyDisagreements). */
  published: boolean;
  /** "26-13" whatever dash or "to" the sentence used. */
  value: string;
}

/** A sentence that tells of a vote; without one, "3-1" is a score and "30-40" a range. */
const VOTE =
  /\b(?:vot(?:e|ed|es|ing)|passed|approved|rejected|adopted|defeated|confirmed|ratified|overr(?:ode|idden))\b/i;
const TALLY = /\b(\d{1,3})(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)(\d{1,3})\b(?![-–—/.,]?\d)/g;
/** "with 181 lawmakers voting against him and 165 in his favour": a tally told by its two sides. */
const SIDES =
  /\b(\d{1,3})\s+(?:[a-z]+\s+)?(?:voting|voted)\s+(?:against|for|in\s+favou?r)\b[^.;]{0,40}?\band\s+(\d{1,3})\s+(?:(?:voting|voted)\s+)?(?:in\s+(?:his|her|its|their)\s+favou?r|in\s+favou?r|against|for)\b/g;
/** A parliament named in lower case, or by its members: "in parliament", "181 lawmakers voting…". */
const LOWER_CASE_BODY = /\b(?:parliament|lawmakers|legislators|MPs|deputies)\b/g;
/** A council named in lower case, or by its members: "Brenford council voted", "Councillors voted 31 to 24". */
const LOWER_CASE_COUNCIL = /\b(?:council|councillors|councilors|council\s+members)\b/i;
/** What may follow a tally: the end of a clause, a preposition or the vote's own noun, not a counted noun ("30-40 stations"). */
const AFTER_TALLY =
  /^\s*(?:$|[,.;:)]|(?:on|in|at|with|to|after|before|and|but|as|for|against|vote|votes|decision|ruling|margin|majority|tally)\b)/i;
/** The voting body named before the tally: "The state Senate", "the House", "the Senate Finance Committee" (a possessive "the House's plan" is not who voted). */
const BODY = /\b[Tt]he\s+(?:[a-z]+\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?!['’]s\b)(?![\p{L}'’-])/gu;

/** What a vote is on, as the sentence names it. */
const MOTION = /\b(amendment|bill|budget|motion|confidence|treaty|nomination|resolution|referendum|law)s?\b/gi;

function motionsOf(text: string): string[] {
  return [...text.matchAll(MOTION)].map((match) => match[1]!.toLowerCase());
}

function bodyBefore(text: string): string | null {
  const matches = [...text.matchAll(BODY)];
  if (matches.length > 0) return matches.at(-1)?.[1] ?? null;
  if ([...text.matchAll(LOWER_CASE_BODY)].length > 0) return "parliament";
  return LOWER_CASE_COUNCIL.test(text) ? "council" : null;
}

/** A tally whichever side a sentence names first ("183 votes to 163", "181 against and 165 for"): the larger first. */
function tallyValue(first: string, second: string): string {
  const [a, b] = [Number(first), Number(second)];
  return a >= b ? `${a}-${b}` : `${b}-${a}`;
}

function talliesOf(
  sentences: readonly ArticleSentence[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
  byId: ReadonlyMap<string, Article>,
): Tally[] {
  const tallies: Tally[] = [];
  for (const item of sentences) {
    const text = item.sentence.text;
    if (!VOTE.test(text)) continue;
    const date = dates.get(item);
    if (!date || date.precision !== "day") continue;
    const found = [
      ...[...text.matchAll(TALLY)].filter((match) => {
        const [raw] = match;
        const start = match.index ?? 0;
        if (!AFTER_TALLY.test(text.slice(start + raw.length))) return false;
        // "to" joins a tally only after a vote's words ("by a vote of 212 to 187", "survived the
        // confidence vote, 39 to 40"): "rose from 12 to 15" is a change.
        return (
          !/\sto\s/.test(raw) ||
          /\svotes?\s+to\s/.test(raw) ||
          /\b(?:vote of|voted|votes?),?\s+$/i.test(text.slice(Math.max(0, start - 12), start))
        );
      }),
      ...text.matchAll(SIDES),
    ];
    for (const match of found) {
      const [raw, first, second] = match;
      const start = match.index ?? 0;
      // A tally told by its sides may name its body in its own words ("181 lawmakers voting…").
      const body = bodyBefore(text.slice(0, start)) ?? bodyBefore(raw);
      const outlet = outletOf(item.article, byId);
      tallies.push({
        item,
        body,
        day: date.date,
        published: date.basis === "published",
        raw,
        value: tallyValue(first!, second!),
        outletKey: outlet.key,
        outletName: outlet.name,
      });
    }
  }
  return tallies;
}

/**
 * Outlets giving different counts of one vote: the same body's tally on the same day ("the Senate
 * 27-12" in one outlet, "The Senate passed … 26-13" in another). An outlet that gives one body two
 * tallies on one day reports two votes (a procedural vote and the final one), so that body's day is
 * left alone; so is a pair whose totals differ by more than a few votes (different votes).
 */
export function findTallyDisagreements(
  sentences: readonly ArticleSentence[],
  articles: readonly Article[],
  dates: ReadonlyMap<ArticleSentence, SentenceDate | null>,
): Disagreement[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const votes = new Map<string, Tally[]>();
  const tallies = talliesOf(sentences, dates, byId);
  // A tally told with no day of its own, in a paper printed the day after the same body's vote was
  // told with its day ("Brenford council voted by 31 votes to 23", the morning after "Councillors
  // voted 31 to 24 on Thursday"), is that vote: a vote is news the day after.
  const toldOn = new Set(
    tallies.flatMap((tally) =>
      tally.body !== null && !tally.published ? [`${tally.body.toLowerCase()}|${tally.day}`] : [],
    ),
  );
  for (const tally of tallies) {
    if (tally.body === null) continue;
    const before = `${tally.body.toLowerCase()}|${addDays(tally.day, -1)}`;
    const key =
      tally.published && !toldOn.has(`${tally.body.toLowerCase()}|${tally.day}`) && toldOn.has(before)
        ? before
        : `${tally.body.toLowerCase()}|${tally.day}`;
    votes.set(key, [...(votes.get(key) ?? []), tally]);
  }
  // A tally whose sentence names no body is the vote of the one body the story counts that day, if
  // only one, and on the same kind of motion ("survived Thursday night's confidence vote, 39 to 40"
  // beside "the Westmark assembly … no-confidence vote … 39 for and 41 against"); with two bodies
  // voting that day it could be either's, and a bill is not the amendment voted before it.
  for (const tally of tallies) {
    if (tally.body !== null) continue;
    const keys = [...votes.keys()].filter((key) => key.endsWith(`|${tally.day}`));
    const named = keys.length === 1 ? votes.get(keys[0]!)! : [];
    const kinds = motionsOf(tally.item.sentence.text);
    if (
      named.length > 0 &&
      named.every((other) => motionsOf(other.item.sentence.text).some((kind) => kinds.includes(kind)))
    )
      named.push(tally);
  }
  const disagreements: Disagreement[] = [];
  for (const tallies of votes.values()) {
    const claims = rivalClaims(tallies, (tally) => tally.value);
    if (!claims) continue;
    const values = [...new Set(tallies.map((tally) => tally.value))];
    const totals = values.map((value) => value.split("-").reduce((sum, part) => sum + Number(part), 0));
    if (Math.max(...totals) - Math.min(...totals) > 3) continue;
    const body = tallies.find((tally) => tally.body !== null)!.body;
    disagreements.push({ topic: `the ${body} vote`, claims });
  }
  return disagreements;
}
