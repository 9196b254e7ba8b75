import { oncePerText } from "../../../text/once-per-text.js";
import { porterStem } from "../../evidence/porter-stem.js";
import { QUOTED_SPANS } from "../../evidence/quoted-spans.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { STOPWORDS } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";
import { toldAsDone } from "./told-as-done.js";

/**
 * An action told as under way ("have begun removing sand", "started pumping", "are still clearing
 * debris"), or as one whose length is foreseen ("freeing the ship could take days or even weeks").
 */
const UNDER_WAY =
  /\b(?:(?:has|have|had)\s+(?:begun|started)|began|started|(?:is|are)\s+(?:now\s+|still\s+)?)\s*(\p{L}+ing)\s+((?:[\p{L}'’-]+\s+){0,5})/giu;
const FORESEEN = /\b(\p{L}+ing)\s+((?:[\p{L}'’-]+\s+){0,4}?)(?:could|would|may|might|will)\s+take\b/giu;
/**
 * The same action told as done: "had removed", "have finished removing", "completed pumping", or a
 * past verb with its object ("freed the giant container ship").
 */
const DONE =
  /\b(?:(?:has|have|had)\s+(?:now\s+|already\s+)?(\p{L}+ed)|(?:finished|completed)\s+(\p{L}+ing)|(?<!\b(?:is|are|was|were|be|been|being|to|get|got)\s+)(\p{L}{3,}ed)(?=\s+(?:the|a|an|its|their|his|her|about|some|more|\d)\b))\s+((?:[\p{L}\d,'’-]+\s+){0,8})/giu;
/** Words that give the action's object no matter of its own. */
const WEAK = new Set([
  "about",
  "some",
  "more",
  "than",
  "around",
  "from",
  "cubic",
  "metres",
  "meters",
  "tonnes",
  "tons",
]);

/** A verb's root, so that an -ing form meets its past: "freeing" and "freed", "stopping" and "stopped". */
function rootOf(verb: string): string {
  return verb
    .toLowerCase()
    .replace(/(?:ing|ed|d)$/, "")
    .replace(/e+$/, "")
    .replace(/([b-df-hj-np-tv-z])\1$/, "$1");
}

interface Action {
  verb: string;
  objects: Set<string>;
}

function objectWords(words: string): Set<string> {
  return new Set(
    (words.match(/\p{L}[\p{L}'’-]*/gu) ?? [])
      .map((word) => word.toLowerCase())
      .filter((word) => word.length > 2 && !STOPWORDS.has(word) && !WEAK.has(word))
      .map((word) => porterStem(word)),
  );
}

function actionsUnderWay(text: string): Action[] {
  const own = text.replace(QUOTED_SPANS, " ");
  // FORESEEN ends on "take": looked for only where the word is (it tries every "-ing" word before failing).
  const foreseen = /\stake\b/iu.test(own) ? own.matchAll(FORESEEN) : [];
  return [...own.matchAll(UNDER_WAY), ...foreseen]
    .filter((match) => toldAsDone(own, match.index ?? 0))
    .map((match) => ({ verb: rootOf(match[1] ?? ""), objects: objectWords(match[2] ?? "") }))
    .filter((action) => action.objects.size > 0);
}

function actionsDone(text: string): Action[] {
  const own = text.replace(QUOTED_SPANS, " ");
  // "so far", "still": a part done of an action that goes on finishes nothing.
  if (/\b(?:so far|still|continu\w*)\b/i.test(own)) return [];
  return [...own.matchAll(DONE)]
    .filter((match) => toldAsDone(own, match.index ?? 0))
    .map((match) => ({
      verb: rootOf(match[1] ?? match[2] ?? match[3] ?? ""),
      objects: objectWords(match[4] ?? ""),
    }));
}

/**
 * Actions told as under way that a later report tells as done: "Dredgers have begun removing sand
 * and mud from around the ship's bow", once "tugboats pulled the ship free after dredgers had
 * removed about 27,000 cubic metres of sand". The same verb, told done in a later report, on an
 * object the two share, finishes it; the work in progress belongs to the timeline, dated, not to a
 * summary of where things stand.
 */
export function findFinishedActions(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const finished = new Set<RankedSentence>();
  const underWay = oncePerText(actionsUnderWay);
  const done = oncePerText(actionsDone);
  const doneAt: Array<{ action: Action; time: number }> = [];
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    for (const action of done(candidate.item.sentence.text)) doneAt.push({ action, time });
  }
  if (doneAt.length === 0) return finished;
  for (const candidate of candidates) {
    const time = times.get(candidate);
    if (time === undefined) continue;
    const actions = underWay(candidate.item.sentence.text);
    const ended = actions.some((action) =>
      doneAt.some(
        (later) =>
          later.time > time &&
          later.action.verb === action.verb &&
          [...action.objects].some((word) => later.action.objects.has(word)),
      ),
    );
    if (ended) finished.add(candidate);
  }
  return finished;
}
