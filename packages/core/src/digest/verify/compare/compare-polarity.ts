import { isContentToken, SAYING_VERBS, type TextToken } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

// Words that deny what follows, and words that make it a possibility, a plan or a claim rather than
// a fact. Compared by key (lemma).
const NEGATION = new Set(["not", "never", "no", "none", "neither", "nor", "without", "deny", "refuse", "fail"]);
const MODALITY = new Set([
  "may",
  "might",
  "could",
  "would",
  "should",
  "can",
  "plan",
  "expect",
  "likely",
  "unlikely",
  "possible",
  "possibly",
  "probably",
  "perhaps",
  "reportedly",
  "allegedly",
  "alleged",
  "suspect",
  "consider",
  "propose",
  "threaten",
  "hope",
  "aim",
  "intend",
  "seek",
  "want",
  "potential",
  "potentially",
  "rumor",
  "rumour",
  "if",
  "whether",
]);

/** Whether comparePolarity reads a word (by key) as making what follows a possibility, a plan or a claim. */
export function isModalityCue(key: string): boolean {
  return MODALITY.has(key);
}

// Verbs that report words, whose "would" is the future of the words reported: a vow or a promise
// ("vowed the team would keep going") reports a "will" as "said" does.
const SPEECH = new Set([...SAYING_VERBS, "vow", "promise", "pledge"]);

/**
 * Whether "would" at `index` is the future of reported speech ("said it would close", "said on
 * Tuesday that it would spend"), not a possibility: the nearest verb before it, past its subject, a
 * phrase of time and "that", is a verb of saying.
 */
function reportedFuture(tokens: readonly TextToken[], index: number): boolean {
  if (tokens[index]!.key !== "would") return false;
  // "said it had opened an inquiry and would inspect the ship": a second verb of the reported clause.
  if (tokens[index - 1]?.key === "and" && saidBefore(tokens, index - 1)) return true;
  for (let back = index - 1; back >= 0 && index - back <= 8; back -= 1) {
    const token = tokens[back]!;
    if (token.sentence !== tokens[index]!.sentence || token.text === ";") return false;
    if (SPEECH.has(token.key)) return true;
    // "said the decision put jobs at risk and that the orchestra would appeal": a second "that"
    // clause of the same verb of saying.
    if (token.key === "that" && tokens[back - 1]?.key === "and") return saidBefore(tokens, back - 1);
    // "said those evicted would": the participle after "those" names the subject, no clause's verb.
    if (token.pos === "VERB" && tokens[back - 1]?.key !== "those") return false;
  }
  return false;
}

/** Whether a verb of saying comes before `index` in its sentence (the verb whose "that" clauses are joined there). */
function saidBefore(tokens: readonly TextToken[], index: number): boolean {
  for (let back = index - 1; back >= 0 && tokens[back]!.sentence === tokens[index]!.sentence; back -= 1)
    if (SPEECH.has(tokens[back]!.key) && tokens[back]!.pos === "VERB") return true;
  return false;
}

// Verbs of intent and expectation are modal only with what they govern ("threatened to strike",
// "plans to"); "two guards were threatened" is a fact.
const INTENT = new Set(["plan", "expect", "threaten", "hope", "aim", "intend", "seek", "want", "propose", "consider"]);

// Verbs of weighing a course of action: "was considering an appeal" is still undecided, whatever follows.
const DELIBERATION = new Set(["consider", "weigh", "contemplate", "mull", "explore"]);

const MODAL_VERBS = new Set(["may", "might", "could", "would", "should", "can"]);
const FINITE = new Set(["was", "were", "is", "are", "has", "had", "does", "did", "said"]);

/**
 * Whether a modal verb governs a verb: the next word past adverbs is a bare verb. "May" the month
 * ("closed in May.") or a name ("sacked by Theresa May was right", "May said") governs none.
 */
function governsVerb(tokens: readonly TextToken[], index: number): boolean {
  for (let next = index + 1; next < tokens.length && next - index <= 3; next += 1) {
    const token = tokens[next]!;
    if (token.sentence !== tokens[index]!.sentence) return false;
    // A quotation opening after the modal is governed by it: could "transform what we know".
    if (token.pos === "PUNCT" && !/^["“'‘]$/.test(token.text)) return false;
    if (token.pos === "ADV" || token.pos === "PART" || token.pos === "PUNCT") continue;
    const text = token.text.toLowerCase();
    if (FINITE.has(text)) return false;
    return !(/(?:ed|s)$/.test(text) && text !== token.key && (token.pos === "VERB" || token.pos === "AUX"));
  }
  return false;
}

function cueKind(tokens: readonly TextToken[], index: number): "negation" | "modality" | null {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (NEGATION.has(token.key)) return "negation";
  // "have yet to respond", "is yet to decide": "not yet", in other words.
  if (token.key === "yet" && next?.key === "to" && tokens[index - 1]?.pos === "AUX") return "negation";
  if (DELIBERATION.has(token.key) && /ing$/i.test(token.text) && tokens[index - 1]?.key === "be") return "modality";
  if (INTENT.has(token.key) && next?.key !== "to" && next?.key !== "that") return null;
  if (MODAL_VERBS.has(token.key) && !governsVerb(tokens, index)) return null;
  // "could not move" states an inability, a fact: the negation is what is compared.
  if (MODALITY.has(token.key) && !(next && NEGATION.has(next.key)) && !reportedFuture(tokens, index)) return "modality";
  return null;
}

const FUTURE = new Set(["will", "would", "shall"]);

/** The future auxiliary governing the verb at `index` ("would | close", "will soon | close"), or null. */
function futureBefore(tokens: readonly TextToken[], index: number): TextToken | null {
  for (let back = index - 1; back >= 0 && index - back <= 3; back -= 1) {
    const token = tokens[back]!;
    if (token.sentence !== tokens[index]!.sentence) return null;
    if (FUTURE.has(token.key)) return token;
    if (token.pos !== "ADV") return null;
  }
  return null;
}

/** Whether a statement's verb is a finite past form standing alone ("closed", "spent"), not "will close" or "has closed". */
function pastAlone(tokens: readonly TextToken[], index: number): boolean {
  const token = tokens[index]!;
  const text = token.text.toLowerCase();
  if (text === token.key || /(?:s|ing)$/.test(text)) return false;
  for (let back = index - 1; back >= 0 && index - back <= 3; back -= 1) {
    const before = tokens[back]!;
    if (before.pos === "AUX" || before.pos === "PART") return false;
    if (before.pos !== "ADV") break;
  }
  return true;
}

/**
 * What a passage says will happen, told as done: "said it would close its plant" against "closed
 * its plant". Only verbs whose past form shows ("closed", "spent"; not "cut").
 */
function futureToldAsDone(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const link = alignment.links[index];
    if (token.pos !== "VERB" || !link || !pastAlone(statement.tokens, index)) return;
    const tokens = passages[link.passage]!.tokens;
    // Right after "will" or "would" a word is its verb, whatever the tagger says ("would close").
    const future = futureBefore(tokens, link.token);
    if (!future) return;
    faults.push({
      kind: "modality",
      reason: `the passage says "${passageSlice(passages[link.passage]!, tokens.indexOf(future), link.token)}", still to happen; the sentence says "${token.text}"`,
    });
  });
  return faults;
}

/**
 * Negation and modality must survive: a statement that drops "not", "may" or "plans to" from the
 * passage it rests on, or adds one the passage lacks, says something else ("did" vs "did not").
 * Looked at inside the stretch of each passage sentence the statement's words come from.
 */
export function comparePolarity(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const statementCues = { negation: [] as TextToken[], modality: [] as TextToken[] };
  for (const [index, token] of statement.tokens.entries()) {
    const kind = cueKind(statement.tokens, index);
    if (kind) statementCues[kind].push(token);
  }
  // The stretch of each passage sentence the statement uses: from its first to its last found word.
  const stretches = new Map<string, { passage: number; first: number; last: number }>();
  alignment.links.forEach((link) => {
    if (!link) return;
    const sentence = passages[link.passage]!.tokens[link.token]!.sentence;
    const key = `${link.passage}:${sentence}`;
    const stretch = stretches.get(key);
    if (!stretch) stretches.set(key, { passage: link.passage, first: link.token, last: link.token });
    else {
      stretch.first = Math.min(stretch.first, link.token);
      stretch.last = Math.max(stretch.last, link.token);
    }
  });
  const linked = new Set(alignment.links.flatMap((link) => (link ? [`${link.passage}:${link.token}`] : [])));
  const passageCues = { negation: [] as string[], modality: [] as string[] };
  const faults: SupportFault[] = [];
  for (const stretch of stretches.values()) {
    const tokens = passages[stretch.passage]!.tokens;
    // A cue just before the stretch governs it too ("did not | sign the deal").
    const from = Math.max(0, stretch.first - 2);
    for (let index = from; index <= stretch.last; index += 1) {
      const token = tokens[index]!;
      if (token.sentence !== tokens[stretch.first]!.sentence) continue;
      const kind = cueKind(tokens, index);
      if (!kind) continue;
      passageCues[kind].push(token.key);
      if (linked.has(`${stretch.passage}:${index}`)) continue;
      if (statementCues[kind].length > 0) continue;
      // A cue matters when it governs words the statement uses: the next content word is one the
      // statement took ("not | guilty", "could be in a | position"), not another part of the sentence.
      const governed = tokens
        .slice(index + 1, index + 6)
        .findIndex((other) => other.sentence === token.sentence && isContentToken(other));
      const governs = governed >= 0 && linked.has(`${stretch.passage}:${index + 1 + governed}`);
      if (!governs) continue;
      const around = passageSlice(
        passages[stretch.passage]!,
        index,
        Math.min(stretch.last, index + (kind === "negation" ? 2 : 3)),
      );
      faults.push({
        kind,
        reason:
          kind === "negation"
            ? `the passage says "${around}"; the sentence leaves out "${token.text}"`
            : `the passage says "${around}", a possibility; the sentence states it as fact`,
      });
    }
  }
  // A denial just past the stretch is the passage's too, where its object is a pronoun the statement
  // names ("forcing services to be sung | without it" for "sung without the organ"): not added.
  for (const stretch of stretches.values()) {
    const tokens = passages[stretch.passage]!.tokens;
    for (let index = stretch.last + 1; index <= stretch.last + 2 && index < tokens.length; index += 1)
      if (tokens[index]!.sentence === tokens[stretch.last]!.sentence && cueKind(tokens, index) === "negation")
        passageCues.negation.push(tokens[index]!.key);
  }
  faults.push(...futureToldAsDone(context));
  const futureInStretches = [...stretches.values()].some((stretch) =>
    passages[stretch.passage]!.tokens.slice(Math.max(0, stretch.first - 2), stretch.last + 1).some(
      (token) => token.key === "will" || token.key === "would",
    ),
  );
  alignment.links.forEach((link, index) => {
    if (link) return;
    const token = statement.tokens[index]!;
    const kind = cueKind(statement.tokens, index);
    if (!kind || passageCues[kind].length > 0) return;
    // "plans to", "is expected to" against a passage that says what "will" happen: the same future.
    if (kind === "modality" && INTENT.has(token.key) && futureInStretches) return;
    faults.push({
      kind,
      reason:
        kind === "negation"
          ? `the sentence adds "${token.text}", which turns round what the passage says`
          : `the sentence adds "${token.text}", which the passage does not say`,
    });
  });
  return faults;
}
