import { normalizeMarks } from "../reading/index.js";
import { BOUND_PHRASES } from "./bound-words.js";
import type { SupportContext, SupportFault } from "./support-fault.js";

// A statement copied from part of a passage sentence says what the passage says only if the words
// it leaves out around the copy do not change the claim. The words read here are the ones a
// newsroom's English uses to bound, deny, doubt or condition a clause; an attribution ("police
// said"), a time or a place left out does not change what the copy claims. All texts are lower-case
// (compared as `comparable` makes them).

// A figure given as a bound ("at least 30 people were hurt"), told as the amount.
const BOUND_BEFORE = new RegExp(`\\b(?:${BOUND_PHRASES.join("|")})\\s*$`);
const FIGURE_FIRST =
  /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens)\b)/;

// A clause the passage denies, calls false, doubts or only reports as a claim it rejects: "denied
// that the minister resigned", "it is false that…", "there is no evidence that…", "whether…".
const DENIED_BEFORE =
  /\b(?:deny|denies|denied|denying|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|disput(?:es|ed|ing)|refut(?:es|ed|ing)|false|untrue|not true|no evidence|no sign|no indication|no proof|unclear|uncertain|unconfirmed|whether|doubt(?:s|ed|ful)?)(?: (?:the |any )?(?:reports?|claims?|suggestions?|allegations?|accusations?|rumou?rs?|speculation))?(?: that)? $/;
// A clause under a negated verb of saying or knowing: "nobody has said the striker was injured",
// "police did not confirm that…"; a negation in an earlier clause ("… have not been released but a
// spokesman said …") is not the saying's.
const NEGATED_SAYING_BEFORE =
  /(?:\bnot\b|n't\b|\bnever\b|\bnobody\b|\bno one\b|\bneither\b)(?:(?!\b(?:but|and|or|while|because|although|though|as)\b)[^,;:])*\b(?:say|said|says|claim(?:s|ed)?|confirm(?:s|ed)?|think|thinks|thought|believe(?:s|d)?|know|knew|known|show(?:s|ed|n)?|suggest(?:s|ed)?|expect(?:s|ed)?|mean(?:s|t)?)(?: that)? $/;
// A clause that holds only on a condition: "if the bill is passed, taxes will rise" (not "even if").
const CONDITION_BEFORE =
  /(?:^|[,;:] |\bthat )(?:if|unless|provided|providing|as long as|only if|in the event that)\b[^,;:]*, $/;
const CONDITION_AFTER = /^,? ?(?:only )?(?:if|unless|provided|providing|as long as|in the event that)\b/;
// A possibility told as done: the copy starts at the verb a modal governs ("could | close two factories").
const MODAL_BEFORE = /\b(?:could|might|may|would|should)(?: not)? $/;
// Done by one and undone by another: "the plan was approved | by a committee but rejected by the council".
const CONTRASTED_AGENT_AFTER =
  /^ by [^,;:.]{1,60}? but (?:(?:was|were|is|are|has been|had been|then|later) )*(?:not\b|never\b|\w+ed\b)/;

/** The passage sentence around `at` (the start of the copy): its text before the copy and after it. */
function sentenceAround(passage: string, at: number, length: number): { before: string; after: string } {
  const head = passage.slice(0, at);
  const breaks = [...head.matchAll(/[.!?]["')]?\s+(?=\S)/g)];
  const last = breaks.at(-1);
  const start = last ? last.index + last[0].length : 0;
  const tail = passage.slice(at + length);
  const end = tail.search(/[.!?](?:["')]?\s|["')]?$)/);
  return { before: head.slice(start), after: end < 0 ? tail : tail.slice(0, end) };
}

/** Why the words left out before and after a clause (`before`, `after`, lower-case) deny, doubt or condition it, or null. */
function frameReason(before: string, after: string): string | null {
  const quote = (text: string) => text.trim().split(/\s+/).slice(-6).join(" ");
  if (DENIED_BEFORE.test(before) || NEGATED_SAYING_BEFORE.test(before))
    return `the passage says "${quote(before)} …"; the sentence tells as fact what it denies or doubts`;
  if (CONDITION_BEFORE.test(before))
    return `the passage says "${quote(before)} …"; the sentence leaves out the condition`;
  if (CONDITION_AFTER.test(after))
    return `the passage says "… ${after.trim().split(/\s+/).slice(0, 6).join(" ")}"; the sentence leaves out the condition`;
  if (CONTRASTED_AGENT_AFTER.test(after))
    return `the passage says "… ${after.trim().split(/\s+/).slice(0, 8).join(" ")}"; the sentence leaves out who did it and who did not`;
  return null;
}

/**
 * Why a copy of part of a passage sentence (`wanted`, found at `at` in `passage`, both in the
 * comparable form) does not say what the passage says, or null: the words left out around it bound
 * its figure, deny or doubt it, make it a condition's consequence or a possibility, or give what it
 * tells as done to one party that another undid.
 */
export function droppedContext(passage: string, at: number, wanted: string): string | null {
  const { before, after } = sentenceAround(passage, at, wanted.length);
  const bound = before.match(BOUND_BEFORE);
  if (bound && FIGURE_FIRST.test(wanted))
    return `the passage says "${bound[0].trim()} ${wanted.split(" ")[0]}"; the sentence leaves out "${bound[0].trim()}"`;
  const modal = before.match(MODAL_BEFORE);
  if (modal)
    return `the passage says "${modal[0].trim()} ${wanted.split(" ")[0]}"; the sentence tells a possibility as done`;
  return frameReason(before, after);
}

// Words with which a statement keeps a frame of its own ("denied", "if", "false"): then what it
// left out is not compared here (comparePolarity compares the cues it keeps).
const OWN_FRAME =
  /\b(?:deny|denies|denied|denying|reject\w*|dismiss\w*|disput\w*|refut\w*|false|untrue|not|never|n't|no|nobody|unclear|uncertain|unconfirmed|whether|doubt\w*|if|unless|provided|providing|long as|event|but|while|although|though|by)\b/;

/**
 * The same reading for a statement in the passage's words but not a copy ("Taxes will rise in
 * 2025" from "If the bill is passed, taxes will rise next year, in 2025"): the words of its main
 * passage sentence before the first and after the last it uses.
 */
export function compareDroppedContext(context: SupportContext): SupportFault[] {
  const { primary, alignment, passages, statement } = context;
  if (!primary) return [];
  if (OWN_FRAME.test(lowered(statement.text))) return [];
  const passage = passages[primary.passage]!;
  const used = alignment.links.flatMap((link) =>
    link && link.passage === primary.passage && passage.tokens[link.token]!.sentence === primary.sentence
      ? [link.token]
      : [],
  );
  if (used.length === 0) return [];
  const inSentence = passage.tokens.filter((token) => token.sentence === primary.sentence);
  const first = passage.tokens[Math.min(...used)]!;
  const last = passage.tokens[Math.max(...used)]!;
  const before = lowered(passage.text.slice(inSentence[0]!.start, first.start));
  const after = lowered(passage.text.slice(last.end, inSentence.at(-1)!.end)).replace(/[.!?]["')]?$/, "");
  const reason = frameReason(before, after);
  return reason ? [{ kind: "modality", reason }] : [];
}

const lowered = (text: string) => normalizeMarks(text).toLowerCase().replace(/\s+/g, " ");
