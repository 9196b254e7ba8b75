import type { TextToken } from "../reading/index.js";
import { isModalityCue } from "./compare-polarity.js";
import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

// Verbs whose infinitive happened ("managed to save" is "saved", "was forced to resign" is
// "resigned"): leaving them out tells nothing new. Compared by key.
const IMPLICATIVE = new Set([
  "manage",
  "go",
  "proceed",
  "happen",
  "get",
  "come",
  "begin",
  "start",
  "continue",
  "help",
  "force",
  "compel",
  "oblige",
  "use",
  "have",
  "remember",
  "bother",
  "dare",
  "return",
  "arrive",
  "wake",
  "live",
  "be",
]);
// Adjectives and nouns that hold an infinitive as a disposition or a purpose, not a deed.
const DISPOSED = new Set([
  "willing",
  "unwilling",
  "ready",
  "eager",
  "keen",
  "prepared",
  "determined",
  "reluctant",
  "unable",
  "set",
  "due",
  "likely",
  "unlikely",
  "free",
]);
const INTENT_NOUNS = new Set([
  "plan",
  "bid",
  "attempt",
  "effort",
  "decision",
  "promise",
  "pledge",
  "vow",
  "threat",
  "offer",
  "proposal",
  "request",
  "order",
  "call",
  "chance",
  "opportunity",
  "right",
  "permission",
]);
// What keeps a statement's verb an intention, a future or a possibility of its own ("will close", "to close").
const MODALS = new Set(["to", "will", "would", "shall", "may", "might", "could", "should", "must"]);

/** The word an infinitive's "to" at `to` hangs from, past adverbs ("willing | to", "voted on Monday | to"), or null. */
function governorOf(tokens: readonly TextToken[], to: number): number | null {
  for (let back = to - 1; back >= 0 && to - back <= 4; back -= 1) {
    const token = tokens[back]!;
    if (token.sentence !== tokens[to]!.sentence) return null;
    if (token.pos === "ADV") continue;
    // "voted on Monday to close": a phrase of time between the verb and its infinitive.
    if ((token.pos === "PROPN" || token.pos === "NOUN") && tokens[back - 1]?.pos === "ADP") {
      back -= 1;
      continue;
    }
    return back;
  }
  return null;
}

function holdsIntent(token: TextToken): boolean {
  // Verbs of intent and expectation comparePolarity reads as modality ("plans to") are its: not twice.
  if (token.pos === "VERB" || token.pos === "AUX") return !IMPLICATIVE.has(token.key) && !isModalityCue(token.key);
  // By the word as written: "willing" is keyed "will".
  if (token.pos === "ADJ") return DISPOSED.has(token.text.toLowerCase());
  if (token.pos === "NOUN") return INTENT_NOUNS.has(token.key);
  return false;
}

/**
 * What a passage says someone wanted, agreed, tried, voted or was willing to do, told as done: "can't
 * wait to teach" against "can't teach", "families willing to live on the island" against "families
 * living on the island", "voted to close the library" against "closed the library". The sentence's
 * verb is found right after "to" in the passage and the word that "to" hangs from is left out;
 * verbs whose infinitive happened ("managed to save", "was forced to resign") are not intentions.
 */
export function compareIntentions(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const linked = new Set(alignment.links.flatMap((link) => (link ? [`${link.passage}:${link.token}`] : [])));
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const link = alignment.links[index];
    if (!link) return;
    const tokens = passages[link.passage]!.tokens;
    const found = tokens[link.token]!;
    if (found.pos !== "VERB" && token.pos !== "VERB") return;
    const to = tokens[link.token - 1];
    if (to?.key !== "to" || to.pos !== "PART") return;
    // The sentence keeps it an infinitive or a future ("to close", "will close").
    for (let back = index - 1; back >= 0 && index - back <= 3; back -= 1) {
      const before = statement.tokens[back]!;
      if (MODALS.has(before.key)) return;
      if (before.pos !== "ADV" && before.pos !== "AUX" && before.pos !== "PART") break;
    }
    const governor = governorOf(tokens, link.token - 1);
    if (governor === null || linked.has(`${link.passage}:${governor}`) || !holdsIntent(tokens[governor]!)) return;
    faults.push({
      kind: "modality",
      reason: `the passage says "${passageSlice(passages[link.passage]!, governor, link.token)}"; the sentence tells "${token.text}" as done`,
    });
  });
  return faults;
}
