import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { contentWords } from "../../evidence/word-tokens.js";
import { NUMBER_WORD_SOURCE } from "../../facts/reading/index.js";
import type { SentenceTimes } from "../times/index.js";
import { countValue, toldLater } from "./find-raised-counts.js";
import { SPAN } from "./part-of-later-total.js";

/** A count in digits or words, never part of a decimal, a sum or a share ("4.5", "£12", "16 percent"). */
const COUNT_SOURCE = `(?<![£$€¥.\\d])\\b(one|${NUMBER_WORD_SOURCE}|\\d{1,3}(?:,\\d{3})*)(?![.,]\\d)(?!\\s*(?:%|percent|per\\s+cent|p\\.m|a\\.m|pm\\b|am\\b|years?|days?|hours?|weeks?|months?|minutes?|miles?|km|metres?|meters?|kilometres?|degrees?|[-–]\\w))\\b`;

/**
 * A total told as grown: "bringing the total to 16", "taking the number of arrests to eight", "the
 * valley's toll since Friday to 52", "the total withdrawn to five", "cases had risen to seven", "rose
 * to nine". What grew is named before it, or between its noun and "to".
 */
const RUNNING_TOTAL = new RegExp(
  `\\b(?:(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised)\\s+(?:the|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:total|tally|number|count|toll)(?:\\s+([^,;.]{1,40}?))?|(?:(?:has|have|had)\\s+(?:now\\s+)?(?:risen|climbed|grown|increased|jumped)|rose|climbed|grew|increased|jumped))\\s+to\\s+(?:(?:at\\s+least|about|around|some)\\s+)?${COUNT_SOURCE}`,
  "giu",
);
const COUNT = new RegExp(COUNT_SOURCE, "gi");

/**
 * How far apart one thing's count may be between reports (as find-updated-figures.ts UPDATE_RATIO):
 * a count far below the new total is of a part, or of another thing ("two of the schools").
 */
const UPDATE_RATIO = 3;

/** Words of a total's own telling, shared by any two totals: no sign that they count one thing. */
const TOTAL_WORD = /^(?:total|tally|number|count|toll|more|another|further|said|says|now|overall|confirmed)$/;

/** A word's stem, enough to meet its other forms ("arrested", "arrests"; "failed", "failing"). */
function stems(text: string): Set<string> {
  return new Set(
    contentWords(text)
      .filter((word) => word.length >= 4 && !TOTAL_WORD.test(word) && Number.isNaN(countValue(word)))
      .map((word) => word.slice(0, 5)),
  );
}

interface Total {
  candidate: RankedSentence;
  time: number;
  value: number;
  /** Stems of what the total counts: the words before it in its sentence, and its "of …" noun. */
  counts: Set<string>;
  /** Told over a span of days ("this week", "since Friday"), which a day's count is a part of. */
  spans: boolean;
}

/**
 * A count told of its own day ("arrested two men on Saturday"): still true of that day beside a later
 * total over a longer span ("the total this week to nine": see partOfLaterTotal), unless told as one
 * so far ("by Saturday", "since", "in all", "rose to four on Monday"). A total with no span ("bringing
 * the number of arrests to six") is of the whole story, and updates it.
 */
const OWN_DAY = /\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const SO_FAR =
  /\b(?:by|since|so far|to date|in all|in total|altogether|total|(?:rose|risen|climbed|grown|grew|increased|jumped|reached)\s+to)\b/i;

/** A count drawn from a group ("two of the riders") counts a part of it, not the whole a total counts. */
const PARTITIVE_AFTER = /^\s+of\s+(?:the|them|those|these|its|their)\b/i;
/**
 * The group a part is drawn from ("Three of the six people arrested on Tuesday appeared in court"):
 * named to tell of the part, which a later total of the group does not outdate.
 */
const PARTITIVE_BEFORE = /\bof\s+(?:the|those|these|its|their|all)\s+$/i;

/**
 * Sentences whose count of a thing a later sentence tells grown to a higher total, in whatever words
 * it names the thing ("Police have arrested five people", then "three more arrests, bringing the total
 * to eight"; "revealed that 11 bridges had failed", then "two more failed, bringing the total to 13"):
 * the older count is the timeline's. The older count must share a word of what it counts (the words
 * near it) with the words that name what the total counts, be lower, and within UPDATE_RATIO of it.
 */
export function findRunningTotals(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const totals: Total[] = [];
  // A sentence's own totals, by where their count stands: what such a count counts is named before it.
  const totalsAt = new Map<RankedSentence, Map<number, Set<string>>>();
  for (const candidate of candidates) {
    const text = candidate.item.sentence.text.replace(QUOTED_SPANS, " ");
    const time = times.get(candidate);
    if (time === undefined) continue;
    const at = new Map<number, Set<string>>();
    for (const match of text.matchAll(RUNNING_TOTAL)) {
      const value = countValue(match[2]!);
      const after = text.slice(match.index + match[0].length).split(/[,;.]/)[0];
      const counts = stems(`${text.slice(0, match.index)} ${match[1] ?? ""} ${after}`);
      totals.push({ candidate, time, value, counts, spans: SPAN.test(text) });
      at.set(match.index + match[0].length, counts);
    }
    totalsAt.set(candidate, at);
  }
  const outdated = new Set<RankedSentence>();
  if (totals.length === 0) return outdated;
  const published = (candidate: RankedSentence) => Date.parse(candidate.item.article.publishedAt ?? "");
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    const text = candidate.item.sentence.text.replace(QUOTED_SPANS, " ");
    const older = { candidate, time };
    for (const match of text.matchAll(COUNT)) {
      const end = match.index + match[0].length;
      if (PARTITIVE_AFTER.test(text.slice(end)) || PARTITIVE_BEFORE.test(text.slice(0, match.index))) continue;
      const value = countValue(match[1]!);
      const opening = text.slice(0, match.index).split(/[,;]/).pop()!;
      const closing = text.slice(end).split(/[,;.]/)[0]!;
      const ownDay = OWN_DAY.test(`${opening} ${closing}`) && !SO_FAR.test(`${opening} ${closing}`);
      // What the count counts: the verb just before it and the words after it ("have arrested six
      // people over the riot"), or, for a total of its own ("cases rose to four"), what it names.
      const near =
        totalsAt.get(candidate)?.get(end) ??
        stems(
          `${opening.trim().split(/\s+/).slice(-2).join(" ")} ${closing.trim().split(/\s+/).slice(0, 6).join(" ")}`,
        );
      const grown = totals.some(
        (total) =>
          total.candidate !== candidate &&
          !(ownDay && total.spans) &&
          total.value > value &&
          total.value <= value * UPDATE_RATIO &&
          toldLater(older, total, published) &&
          [...near].some((stem) => total.counts.has(stem)),
      );
      if (grown) {
        outdated.add(candidate);
        break;
      }
    }
  }
  return outdated;
}
