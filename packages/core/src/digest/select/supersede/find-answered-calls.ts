import { oncePerText } from "../../../text/once-per-text.js";
import { porterStem } from "../../evidence/porter-stem.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { WHEN_WORDS } from "../../evidence/when-words.js";
import { contentWords } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";
import { toldAsDone } from "./told-as-done.js";

/**
 * A call on someone to act, told as standing, then what is called for: "have called on the council
 * to delay the decision", "is calling for a public inquiry", "urged ministers to scrap the tax".
 */
const CALL =
  /\b(?:(?:has|have|is|are)\s+(?:(?:now|also|repeatedly)\s+)?(?:called|calling)\s+(?:on\s+(?:[\p{L}'’-]+\s+){1,4}?to|for)|(?:call|calls)\s+(?:on\s+(?:[\p{L}'’-]+\s+){1,4}?to|for)|(?:has|have|is|are)\s+(?:urged|urging|asked|asking|demanded|demanding)\s+(?:[\p{L}'’-]+\s+){1,4}?to)\s+((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)/iu;
/**
 * A response to calls, then what they called for: "rejected calls to delay Friday's vote", "turned
 * down the union's demand for a ballot", "agreed to the request to delay".
 */
const ANSWER =
  /\b(?:rejected|dismissed|refused|turned\s+down|ruled\s+out|resisted|brushed\s+aside|agreed\s+to|accepted|granted|heeded|bowed\s+to|gave\s+in\s+to)\s+(?:(?:the|their|those|its|his|her|growing|repeated|renewed|opposition)\s+)*(?:[\p{L}'’-]+\s+)?(?:calls?|demands?|requests?|appeals?|pleas?)\s+(?:to|for)\s+((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)/iu;
/** A cheap test before the patterns. */
const ANY_CALL = /\b(?:call|urg|ask|demand)/i;
const ANY_ANSWER = /\b(?:calls?|demands?|requests?|appeals?|pleas?)\s+(?:to|for)\b/i;
/** A preposition or conjunction ends the name of what is called for: "delay [the decision until …]". */
const PHRASE_END = /\s(?:until|unless|because|after|before|while|and|but|so|amid)\s|[,;:]/i;
const FRAME = new Set(["a", "an", "the", ...WHEN_WORDS].map(porterStem));

/** What is called for, as stems, its head first ("delay the decision" → delay, decis). */
function stemsOf(phrase: string): string[] {
  const words = contentWords(phrase.split(PHRASE_END)[0]!.replace(/['’]s\b/g, ""));
  return [...new Set(words.map(porterStem).filter((stem) => !FRAME.has(stem)))];
}

/**
 * Whether a call and an answer are about the same thing: the head of either's object is in the other's
 * ("delay the decision", "delay Friday's vote"; "a public inquiry", "an inquiry"), not only a place
 * both name ("a new crossing on the A5", "a speed camera on the A5").
 */
function sameCall(call: readonly string[], answer: readonly string[]): boolean {
  return (call[0] !== undefined && answer.includes(call[0])) || (answer[0] !== undefined && call.includes(answer[0]));
}

/** What a sentence's standing call asks for, as stems, or null when it states none. */
function callStems(text: string): string[] | null {
  if (!ANY_CALL.test(text)) return null;
  const match = CALL.exec(text);
  return match ? stemsOf(match[1]!) : null;
}

/** What a sentence tells the response to, as stems, or null when it tells none (or none done). */
function answerStems(text: string): string[] | null {
  if (!ANY_ANSWER.test(text)) return null;
  const match = ANSWER.exec(text);
  if (!match || !toldAsDone(text, match.index)) return null;
  return stemsOf(match[1]!);
}

/**
 * Calls a later report tells answered: "Opposition councillors have called on the council to delay
 * the decision", then "Ellery rejected calls to delay Friday's vote". The call, told as standing, is
 * the proposal and the rejection (or the acceptance) its response: once answered it belongs to the
 * timeline, not beside the answer in a summary of where things stand. They meet by what is called
 * for: the head of one's object in the other's ("delay"), whatever else the sentences say.
 */
export function findAnsweredCalls(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const answered = new Set<RankedSentence>();
  const callsOf = oncePerText(callStems);
  const answersOf = oncePerText(answerStems);
  const answers = candidates.flatMap((candidate) => {
    const stems = answersOf(candidate.item.sentence.text);
    return stems && stems.length > 0 ? [{ stems, time: times.get(candidate) ?? 0 }] : [];
  });
  if (answers.length === 0) return answered;
  for (const candidate of candidates) {
    const stems = callsOf(candidate.item.sentence.text);
    if (!stems || stems.length === 0) continue;
    const time = times.get(candidate) ?? 0;
    if (answers.some((answer) => answer.time > time && sameCall(stems, answer.stems))) answered.add(candidate);
  }
  return answered;
}
