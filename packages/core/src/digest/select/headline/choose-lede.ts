import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { prospectStart } from "../supersede/index.js";
import type { SentenceTimes } from "../times/index.js";
import { addressesReader } from "./rank-headlines.js";

/** A verb in the past tense, by its regular ending or as one of the common irregular ones. */
const PAST_VERB =
  /\b(?:\p{Ll}{2,}ed|left|won|lost|fell|rose|took|made|came|went|found|held|met|sent|struck|began|broke|gave|cut|hit|shut|quit|put|set|paid|sold|told|said)\b/u;
const PAST_VERBS = new RegExp(PAST_VERB.source, "gu");
/** Verbs of saying: a past one before a prospect reports the prospect ("said on Saturday that … would"). */
const SAYING = /^(?:said|told|stated|announced|added|reported|confirmed)$/;

/**
 * Whether a sentence tells only what is still to come: a prospect (see prospectStart) with no verb
 * in the past tense but one of saying before it. "Norbank and its union agreed on a scheme that the
 * bank said would cover …" reports the deal; "Okafor said on Saturday that the drill hole would be
 * sealed" only the plan.
 */
function tellsOnlyProspect(text: string): boolean {
  const start = prospectStart(text);
  if (start === null) return false;
  return onlySaying(text.slice(0, start).replace(QUOTED_SPANS, " "));
}

/** Whether every verb in the past in a text (its quotations blanked) is one of saying, or it has none. */
function onlySaying(text: string): boolean {
  return !(text.match(PAST_VERBS) ?? []).some((verb) => !SAYING.test(verb));
}

/** "had flown", "had been told": a verb in the past perfect. */
const PAST_PERFECT = /\bhad\s+(?:(?:not|never|already|long|previously|once|just)\s+)?(?:been\s+)?\p{Ll}{3,}\b/gu;

/**
 * Whether a sentence below its article's lead tells no news of its own: only what came before, in
 * the past perfect ("Kessler, a pilot for 25 years, had flown the same route more than 200 times, a
 * company spokesman said"), or only someone's words ("According to Mayor Beth Sorensen, “…”"): no
 * verb in the past outside them but one of saying.
 */
function tellsNoNews(text: string): boolean {
  const unquoted = text.replace(QUOTED_SPANS, " ");
  const rest = unquoted.replace(PAST_PERFECT, " ");
  if (unquoted === text && rest === unquoted) return false;
  return onlySaying(rest);
}

/**
 * The sentence a time-aware summary opens with: the lead of the newest report, i.e. among the
 * sentences of the latest moment (of dated articles, when there are any) that stand on their own
 * and report rather than advise the reader, the one nearest the top of its article (then the
 * best-ranked). Below an article's lead, a sentence that tells only what is still to come ("Okafor
 * said on Saturday that the drill hole would be sealed next week", the last line of a report whose
 * lead tells Friday's news) is a detail of its day, not its news: it does not lead. Null when the story has no chronology, or nothing of the latest moment
 * is left to choose.
 */
export function chooseLede(candidates: readonly RankedSentence[], times: SentenceTimes | null): RankedSentence | null {
  if (!times || candidates.length === 0) return null;
  // A lede reports: an undated article's moment is only inferred, so dated reports lead when there
  // are any; and advice to the reader is no news. The latest moment is the latest with a sentence
  // that reports (read moment by moment, newest first: the tagger is too slow for every sentence).
  const dated = candidates.filter((candidate) => candidate.item.article.publishedAt);
  // Each article's first candidate is its lead: the news as its outlet told it, whatever its tense.
  const firstOf = new Map<string, number>();
  for (const { item } of candidates)
    firstOf.set(item.article.id, Math.min(firstOf.get(item.article.id) ?? item.position, item.position));
  const byMoment = new Map<number, RankedSentence[]>();
  for (const candidate of dated.length > 0 ? dated : candidates) {
    const time = times.get(candidate) ?? 0;
    const list = byMoment.get(time);
    if (list) list.push(candidate);
    else byMoment.set(time, [candidate]);
  }
  for (const moment of [...byMoment.keys()].sort((a, b) => b - a)) {
    const reporting = byMoment
      .get(moment)!
      .filter(
        (candidate) =>
          !addressesReader(candidate.item.sentence.text) &&
          (candidate.item.position === firstOf.get(candidate.item.article.id) ||
            (!tellsOnlyProspect(candidate.item.sentence.text) && !tellsNoNews(candidate.item.sentence.text))),
      );
    if (reporting.length === 0) continue;
    let lede: RankedSentence | null = null;
    for (const candidate of reporting) {
      if (candidate.follows !== null) continue;
      if (
        !lede ||
        candidate.item.position < lede.item.position ||
        (candidate.item.position === lede.item.position && candidate.score > lede.score)
      )
        lede = candidate;
    }
    return lede;
  }
  return null;
}
