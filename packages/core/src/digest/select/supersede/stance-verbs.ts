/** A verb by which a side states or changes its position in a negotiation. */
export interface StanceVerb {
  /** Where the verb phrase starts (its auxiliary or "to", when it has one). */
  index: number;
  /** The verb phrase as written ("offered", "to reject", "is demanding", "made an offer"). */
  text: string;
  lemma: string;
  /** The verb moves the negotiation on ("raised", "rejected"), rather than restating a position ("is demanding"). */
  changes: boolean;
  /**
   * An infinitive whose subject is the word before "to" ("urged Hamas to accept": Hamas; "urged them
   * to accept": a pronoun), not the clause's ("Netanyahu appeared to reject": Netanyahu).
   */
  objectSubject: boolean;
  /**
   * A passive ("was rejected by Kestrel's board"): the side is its agent, the words after "by"
   * (empty when none is named: "the offer was rejected" says no one's position).
   */
  agent?: string;
}

/** Verbs that move a negotiation on, and so replace a side's earlier position. */
const CHANGE_LEMMAS = [
  "offer",
  "propose",
  "reject",
  "accept",
  "agree",
  "recommend",
  "back",
  "endorse",
  "refuse",
  "raise",
  "improve",
  "respond",
  "counter",
  "reach",
  "sign",
  "seal",
  "approve",
  "sweeten",
  "withdraw",
];
/** Verbs that state a position without moving it ("insisted", "is demanding", "would only consider"). */
const RESTATE_LEMMAS = ["demand", "insist", "consider"];
/** Forms regular inflection does not give, and lemmas whose other forms are mostly nouns ("strikes" at the port). */
const IRREGULAR: Record<string, { finite: string[]; progressive: string[] }> = {
  strike: { finite: ["struck"], progressive: [] },
  withdraw: { finite: ["withdraws", "withdrew", "withdrawn"], progressive: ["withdrawing"] },
  // A plan "considered" by analysts is no side's position; only "would consider" states one.
  consider: { finite: [], progressive: [] },
};

function regularForms(lemma: string): { finite: string[]; progressive: string[] } {
  const third = /(?:ch|sh|s|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return { finite: [third, past], progressive: [ing] };
}

const LEMMA_OF = new Map<string, string>();
const FINITE: string[] = [];
const PROGRESSIVE: string[] = [];
const BASE: string[] = [];
for (const lemma of [...CHANGE_LEMMAS, ...RESTATE_LEMMAS, "strike"]) {
  const forms = IRREGULAR[lemma] ?? regularForms(lemma);
  for (const form of [...forms.finite, ...forms.progressive, lemma]) LEMMA_OF.set(form, lemma);
  FINITE.push(...forms.finite);
  PROGRESSIVE.push(...forms.progressive);
  if (lemma !== "strike") BASE.push(lemma);
}
const CHANGES = new Set([...CHANGE_LEMMAS, "strike"]);

/**
 * Verbs and predicates an infinitive of a side's own action follows: raising and control verbs
 * ("appeared to", "voted to", "is expected to", "urged X to") and predicate adjectives ("is likely
 * to"). After a noun the infinitive only describes it ("enough political will to reach a deal",
 * "a deadline to respond"): no one's position.
 */
const CONTROL_LEMMAS = [
  "appear",
  "seem",
  "agree",
  "vote",
  "decide",
  "refuse",
  "want",
  "plan",
  "intend",
  "expect",
  "threaten",
  "promise",
  "vow",
  "pledge",
  "try",
  "move",
  "hope",
  "fail",
  "choose",
  "decline",
  "prepare",
  "aim",
  "seek",
  "continue",
  "begin",
  "offer",
  "propose",
  "urge",
  "ask",
  "press",
  "call",
  "tell",
  "order",
  "allow",
  "persuade",
  "need",
  "wish",
  "prefer",
  "have",
  "be",
];
const CONTROL_WORDS = new Set([
  ...CONTROL_LEMMAS.flatMap((lemma) => [lemma, ...Object.values(regularForms(lemma)).flat()]),
  ...[
    "tries",
    "tried",
    "sought",
    "began",
    "begun",
    "told",
    "chose",
    "chosen",
    "has",
    "had",
    "is",
    "are",
    "was",
    "were",
  ],
  ...["been", "likely", "unlikely", "ready", "willing", "unwilling", "set", "poised", "due", "able", "unable", "eager"],
]);
const OBJECT_PRONOUN = /^(?:him|her|them|us|it|me|you)$/;

/** Whether the infinitive starting at `index` states someone's action, and whether its subject is the word before "to". */
function infinitiveSubject(text: string, index: number): "clause" | "object" | null {
  const words = text.slice(0, index).trim().split(/\s+/);
  const previous = (words[words.length - 1] ?? "").replace(/[^\p{L}'’]/gu, "");
  if (previous === "") return null;
  if ((/^\p{Lu}/u.test(previous) && words.length > 1) || OBJECT_PRONOUN.test(previous)) return "object";
  const lower = previous.toLowerCase();
  return CONTROL_WORDS.has(lower) || /ed$/.test(lower) ? "clause" : null;
}

/** Verbs whose object names the position: "made an offer" is "offered". */
const LIGHT_VERBS = ["make", "makes", "made", "making", "submitted", "tabled", "put forward", "put in", "lodged"];
const LIGHT_OBJECTS = ["offer", "offers", "bid", "bids", "proposal", "proposals", "counteroffer", "counterproposal"];
const LEMMA_OF_OBJECT = new Map(LIGHT_OBJECTS.map((noun) => [noun, noun.startsWith("propos") ? "propose" : "offer"]));

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
/** A base form is a verb only after "to", a modal or "do" (else "the offer", "a pay raise" are nouns). */
// Past "did not sign" narrates an event ("because Trump didn't sign it"); present and modal negation
// state a standing position ("does not accept", "would not accept").
const AUXILIARY =
  "to|will|would|could|can|may|might|must|shall|should|do|does|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|doesn['’]t|don['’]t";
/** Between an auxiliary and its verb: negation and the adverbs of a position ("would only consider"). */
const ADVERB = "(?:(?:not|only|now|still|also|never|formally|finally|quickly)\\s+){0,2}";
const STANCE = new RegExp(
  [
    `\\b(?:${alternatives(FINITE)})\\b`,
    // Progressive aspect: "is demanding", "are still offering".
    `\\b(?:is|are|was|were|been|be)\\s+${ADVERB}(?:${alternatives(PROGRESSIVE)})\\b`,
    // An infinitive or a modal: "appeared to reject", "would only consider", "does not accept".
    `\\b(?:${AUXILIARY})\\s+${ADVERB}(?:${alternatives(BASE)})\\b`,
    // A light verb with the position as its object: "made the biggest offer", "has put forward a proposal".
    `\\b(?:${alternatives(LIGHT_VERBS)})\\s+(?:(?!(?:that|which|who|it|to|clear|sure)\\b)[\\p{L}\\d$£€.,-]+\\s+){0,5}?(?:${alternatives(LIGHT_OBJECTS)})\\b`,
  ].join("|"),
  "giu",
);

/** A participle after a form of "be" is passive: "was rejected", "has been accepted", "were quickly backed". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|be|being)\s+(?:\p{L}+ly\s+)?$/iu;
/** The agent of a passive, a few words on at most: "…rejected within hours by Kestrel's board, which…". */
const AGENT = /^(?:\s+[^\s,;.]+){0,3}?\s+by\s+([^,;.]+)/u;

/**
 * The stance verbs of a text in order, in any tense or aspect: simple ("rejected", "offers"),
 * perfect ("has offered"), progressive ("is demanding"), after a modal ("would recommend") and as
 * an infinitive, hedged or not ("appeared to reject", "voted to accept"), passive with its agent
 * ("was rejected by the board"), and through a light verb
 * whose object is the position ("made the biggest offer"). A base form standing alone is read as a
 * noun ("the offer").
 */
export function stanceVerbs(text: string): StanceVerb[] {
  return [...text.matchAll(STANCE)].flatMap((match) => {
    const words = match[0].toLowerCase().split(/\s+/);
    const verb = words[words.length - 1]!;
    const lemma = LEMMA_OF_OBJECT.get(verb) ?? LEMMA_OF.get(verb) ?? verb;
    // "to make an offer" is an infinitive as "to offer" is.
    const to = /\bto\s+$/i.exec(text.slice(0, match.index));
    const subject =
      words[0] === "to" ? infinitiveSubject(text, match.index) : to ? infinitiveSubject(text, to.index) : "clause";
    if (!subject) return [];
    const index = to && words[0] !== "to" ? to.index : match.index;
    const stance = { index, text: match[0], lemma, changes: CHANGES.has(lemma), objectSubject: subject === "object" };
    if (words.length === 1 && PASSIVE_BEFORE.test(text.slice(0, match.index))) {
      const after = text.slice(match.index + match[0].length);
      return [{ ...stance, agent: AGENT.exec(after)?.[1] ?? "" }];
    }
    return [stance];
  });
}
