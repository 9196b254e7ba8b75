import {
  type AnalyzedText,
  isContentToken,
  leavesClause,
  specificKeys,
  synonymKeys,
  type TextToken,
} from "./reading/index.js";

/**
 * A sentence this long (words, punctuation aside) that copies no stretch longer than this share of
 * its words from any passage is a rewrite in other words, not a splice of the passages' clauses.
 * Chosen on one half of QAGS dev's articles and checked on the other (CNN/DailyMail and XSum rows):
 * shorter sentences built from source words are mostly fragments stitched wrongly ("Arsenal beat
 * Manchester United 3-2 at Turf Moor"), which the alignment judges better.
 */
const MINIMUM_WORDS = 14;
const LONGEST_COPY_SHARE = 0.4;

/** The longest run of statement words (by key) found consecutively in one passage. */
function longestCopiedRun(statement: readonly TextToken[], passages: readonly AnalyzedText[]): number {
  let best = 0;
  for (const passage of passages) {
    const words = passage.tokens.filter((token) => token.pos !== "PUNCT");
    const previous = new Array<number>(words.length + 1).fill(0);
    for (const token of statement) {
      let diagonal = 0;
      for (let index = 1; index <= words.length; index += 1) {
        const above = previous[index]!;
        previous[index] = words[index - 1]!.key === token.key ? diagonal + 1 : 0;
        if (previous[index]! > best) best = previous[index]!;
        diagonal = above;
      }
    }
  }
  return best;
}

const PARTICIPANT_POS = new Set(["NOUN", "PROPN"]);
const MODALS = new Set(["will", "would", "may", "might", "could", "can", "should", "must", "shall"]);
/** How far before its verb a passage may name the one who acts (a short modifier between). */
const AGENT_REACH = 8;

/** How far after a passive's "by" its agent's name may run ("by Harbury's chairman Keith Lowther"). */
const BY_REACH = 4;

/** The one who acts on a participle, named after its "by": "signed by Leeds", "signed by the club's owner". */
function agentAfterBy(tokens: readonly TextToken[], verb: number): TextToken | null {
  if (tokens[verb + 1]?.key !== "by") return null;
  for (let index = verb + 2; index < tokens.length && index <= verb + 1 + BY_REACH; index += 1) {
    const token = tokens[index]!;
    if (token.pos === "PROPN") return token;
    if (token.pos !== "DET" && token.pos !== "ADJ") return null;
  }
  return null;
}

/** How far after a verb its object's name may end ("signed the Aldridge Town winger Kofi Mensah"). */
const OBJECT_REACH = 6;

/** How far back a relative clause between a subject and its verb may open (", who joined … in 2019,"). */
const RELATIVE_REACH = 15;

/** The one who acts in an active clause: the nearest noun or name before the verb, in its clause. */
function agentBefore(tokens: readonly TextToken[], verb: number): TextToken | null {
  for (let index = verb - 1; index >= 0 && verb - index <= 6; index -= 1) {
    const token = tokens[index]!;
    if (leavesClause(token, tokens[verb]!.sentence)) return null;
    // "was approved by": a passive's subject undergoes the action.
    if (token.key === "be" && /(?:ed|en|wn)$/.test(tokens[verb]!.text)) return null;
    if (PARTICIPANT_POS.has(token.pos)) return token;
  }
  return null;
}

/**
 * The name a verb is told of across a relative clause: "Jiri Navrat, who joined from Sparta Prague
 * in 2023, has signed" is Navrat's signing. Null when no relative clause stands right before the verb.
 */
function nameBeforeRelative(tokens: readonly TextToken[], verb: number): TextToken | null {
  let closing = verb - 1;
  while (tokens[closing]?.pos === "AUX" || tokens[closing]?.pos === "ADV") closing -= 1;
  if (tokens[closing]?.text !== ",") return null;
  for (let index = closing - 1; index > 0 && closing - index <= RELATIVE_REACH; index -= 1) {
    const token = tokens[index]!;
    if (token.sentence !== tokens[closing]!.sentence || token.text === ",") return null;
    if (["who", "which", "whose"].includes(token.key) && tokens[index - 1]?.text === ",") {
      let name = index - 2;
      if (/^['’]s?$/.test(tokens[name]?.text ?? "")) name -= 1;
      return tokens[name]?.pos === "PROPN" ? tokens[name]! : null;
    }
  }
  return null;
}

/**
 * Whether the passages support a sentence that says what they say in other words (an abstractive
 * summary's sentence, which no alignment of clauses can follow): it is long, copies no long stretch,
 * and every word it carries content with (names, numbers, nouns, verbs, adjectives) is a word the
 * passages use, in some form or a light synonym. Its numbers, dates, negation, roles, quotes and
 * speakers are compared as for any sentence before this is asked; one invented word is enough to
 * leave it to the alignment.
 */
export function abstractiveSupport(statement: AnalyzedText, passages: readonly AnalyzedText[]): boolean {
  const words = statement.tokens.filter((token) => token.pos !== "PUNCT");
  if (words.length < MINIMUM_WORDS) return false;
  const keys = new Set<string>();
  const roots = new Set<string>();
  for (const passage of passages)
    for (const token of passage.tokens) {
      keys.add(token.key);
      roots.add(token.root);
    }
  const used = (token: TextToken) =>
    keys.has(token.key) ||
    roots.has(token.root) ||
    [...synonymKeys(token.key), ...specificKeys(token.key)].some((key) => keys.has(key));
  if (!words.filter(isContentToken).every(used)) return false;
  // An event the sentence tells as done must be a verb in the passages too: "regulators have
  // approved the deal" is not what "the deal still needs approval" says. After an auxiliary or "to"
  // a word is a verb, whatever the tagger says ("will cut").
  const verbKeys = new Set<string>();
  for (const passage of passages)
    for (const [index, token] of passage.tokens.entries())
      if (token.pos === "VERB" || ["AUX", "PART"].includes(passage.tokens[index - 1]?.pos ?? "")) {
        verbKeys.add(token.key);
        verbKeys.add(token.root);
      }
  // Only what the sentence tells as done: not an infinitive ("to stay") or what "will" or "may" happen.
  const toldAsDone = (index: number) => {
    const before = words[index - 1];
    return words[index]!.pos === "VERB" && !(before && (before.pos === "PART" || MODALS.has(before.key)));
  };
  const toldAsVerb = (token: TextToken, index: number) =>
    !toldAsDone(index) ||
    verbKeys.has(token.key) ||
    verbKeys.has(token.root) ||
    synonymKeys(token.key).some((key) => verbKeys.has(key));
  if (!words.every(toldAsVerb)) return false;
  if (longestCopiedRun(words, passages) > words.length * LONGEST_COPY_SHARE) return false;
  // Who did what: the words all occur, but a verb whose doer the sentence names must have that name
  // a few words before it (or before its noun) in a passage sentence ("Brekke Lines agreed to buy
  // Halvorsen" where Halvorsen agreed to buy Brekke). Only names: a description ("scientists" for
  // "researchers at the university") is what an abstractive summary rewords, and requiring it cost
  // more faithful sentences than it caught on QAGS dev.
  const same = (a: TextToken, b: TextToken) =>
    a.key === b.key || a.root === b.root || synonymKeys(a.key).includes(b.key);
  // A name told across a relative clause is looser to read: it fails only where the passages tell
  // the verb, and every time of another name with this one nowhere beside it ("The Rossbury Stags
  // have signed defenceman Marek Holub" for Navrat's signing; Holub's own is the same deal).
  const toldOfOthers = (verb: TextToken, name: TextToken | null): boolean => {
    if (!name) return false;
    const tellings = passages.flatMap((passage) =>
      passage.tokens.flatMap((candidate, at) => {
        if (candidate.pos !== "VERB" || !same(verb, candidate)) return [];
        const doer = agentBefore(passage.tokens, at);
        const beside = passage.tokens
          .slice(at + 1, at + 1 + OBJECT_REACH)
          .some((near) => near.sentence === candidate.sentence && same(name, near));
        return [doer?.pos === "PROPN" && !same(name, doer) && !beside];
      }),
    );
    return tellings.length > 0 && tellings.every(Boolean);
  };
  // The same for a participle's agent after "by" ("the deal, signed by Leeds"): a passage must tell
  // that name doing it, before the verb or after its own "by".
  return statement.tokens.every((token, index) => {
    if (token.pos !== "VERB") return true;
    const agent = agentAfterBy(statement.tokens, index) ?? agentBefore(statement.tokens, index);
    if (!agent) return !toldOfOthers(token, nameBeforeRelative(statement.tokens, index));
    if (agent.pos !== "PROPN") return true;
    return passages.some((passage) =>
      passage.tokens.some(
        (candidate, at) =>
          (candidate.pos === "VERB" || candidate.pos === "NOUN") &&
          same(token, candidate) &&
          [
            ...passage.tokens.slice(Math.max(0, at - AGENT_REACH), at),
            ...(passage.tokens[at + 1]?.key === "by" ? passage.tokens.slice(at + 2, at + 2 + BY_REACH) : []),
          ].some((near) => near.sentence === candidate.sentence && same(agent, near)),
      ),
    );
  });
}
