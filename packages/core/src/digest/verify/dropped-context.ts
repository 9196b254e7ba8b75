// A statement copied from part of a passage sentence says what the passage says only if the words
// it leaves out around the copy do not change the claim. The words read here are the ones a
// newsroom's English uses to bound, deny, doubt or condition a clause; an attribution ("police
// said"), a time or a place left out does not change what the copy claims. All texts are lower-case
// (compared as `comparable` makes them).

// A figure given as a bound ("at least 30 people were hurt"), told as the amount.
const BOUND_BEFORE =
  /\b(?:up to|as many as|as much as|as few as|at least|at most|more than|less than|fewer than|no more than|no fewer than|upwards of|nearly|almost)\s*$/;
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

/**
 * Why a copy of part of a passage sentence (`wanted`, found at `at` in `passage`, both in the
 * comparable form) does not say what the passage says, or null: the words left out around it bound
 * its figure, deny or doubt it, make it a condition's consequence or a possibility, or give what it
 * tells as done to one party that another undid.
 */
export function droppedContext(passage: string, at: number, wanted: string): string | null {
  const { before, after } = sentenceAround(passage, at, wanted.length);
  const quote = (text: string) => text.trim().split(/\s+/).slice(-6).join(" ");
  const bound = before.match(BOUND_BEFORE);
  if (bound && FIGURE_FIRST.test(wanted))
    return `the passage says "${bound[0].trim()} ${wanted.split(" ")[0]}"; the sentence leaves out "${bound[0].trim()}"`;
  if (DENIED_BEFORE.test(before) || NEGATED_SAYING_BEFORE.test(before))
    return `the passage says "${quote(before)} …"; the sentence tells as fact what it denies or doubts`;
  if (CONDITION_BEFORE.test(before))
    return `the passage says "${quote(before)} …"; the sentence leaves out the condition`;
  const condition = after.match(CONDITION_AFTER);
  if (condition)
    return `the passage says "… ${after.trim().split(/\s+/).slice(0, 6).join(" ")}"; the sentence leaves out the condition`;
  const modal = before.match(MODAL_BEFORE);
  if (modal)
    return `the passage says "${modal[0].trim()} ${wanted.split(" ")[0]}"; the sentence tells a possibility as done`;
  if (CONTRASTED_AGENT_AFTER.test(after))
    return `the passage says "… ${after.trim().split(/\s+/).slice(0, 8).join(" ")}"; the sentence leaves out who did it and who did not`;
  return null;
}
