import type { AnalyzedText, TextToken } from "../reading/index.js";

/** A statement's words in another order that says the same: its passive as active, or its active as passive. */
export interface VoiceVariant {
  /** Statement token indices in the new order (the auxiliary and "by" of a passive left out). */
  order: number[];
  /** The voice the passage must use for the reordered words to say the same thing. */
  passageVoice: "active" | "passive";
  /** Token index of the statement's main verb. */
  verb: number;
}

const NOMINAL_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
// Prepositions that chain one noun to another inside a subject.
const CHAINING = new Set(["at", "in", "from"]);
const SPEECH = new Set(["say", "tell", "told", "add", "state", "announce"]);
const RELATIVE = new Set(["that", "which", "who"]);

function isNominal(token: TextToken | undefined): boolean {
  return token !== undefined && (NOMINAL_POS.has(token.pos) || token.key === "of" || token.text === "-");
}

function hasNoun(tokens: readonly TextToken[], from: number, to: number): boolean {
  return tokens.slice(from, to + 1).some((token) => token.pos === "NOUN" || token.pos === "PROPN");
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, at) => from + at);

/**
 * The noun phrase ending at `end`, walking back while words are nominal, over an aside between
 * commas ("Mark Ellery, 34,"), and stopping at its determiner: its first index.
 */
function phraseStart(tokens: readonly TextToken[], end: number): number {
  let start = end;
  while (start - 1 >= 0 && tokens[start - 1]!.sentence === tokens[end]!.sentence) {
    const previous = tokens[start - 1]!;
    // A noun phrase chained to a noun by a preposition: "a second runway at | Eastmere Airport",
    // "two paintings from | the Hartwell collection".
    if (CHAINING.has(previous.key) && start - 2 >= 0 && hasNoun(tokens, start - 2, start - 2)) start -= 1;
    else if (tokens[start]!.pos === "DET") break;
    else if (isNominal(previous)) start -= 1;
    else if (previous.text === "," && start - 2 >= 0 && isNominal(tokens[start - 2])) start -= 1;
    else break;
  }
  while (tokens[start]!.text === ",") start += 1;
  return start;
}

/** The noun phrase starting at `start`, walking on while words are nominal: its last index. */
function phraseEnd(tokens: readonly TextToken[], start: number): number {
  let end = start;
  while (end + 1 < tokens.length && isNominal(tokens[end + 1]) && tokens[end + 1]!.sentence === tokens[start]!.sentence)
    end += 1;
  return end;
}

/**
 * An object noun phrase's last index: as `phraseEnd`, over an amount's sign ("a 30% cut", "a £2
 * million fine", where the tagger may read the noun after it as a verb) and a noun chained by a
 * preposition ("a cut in the herring quota"), so the whole object moves when the voice turns.
 */
function objectPhraseEnd(tokens: readonly TextToken[], start: number): number {
  let end = phraseEnd(tokens, start);
  for (;;) {
    const next = tokens[end + 1];
    if (!next || next.sentence !== tokens[start]!.sentence) return end;
    if (next.pos === "SYM" && tokens[end]!.pos === "NUM") end += 1;
    else if (
      tokens[end]!.pos === "SYM" &&
      (next.pos === "VERB" || next.pos === "NOUN") &&
      isNominal(tokens[end + 2]) === false &&
      tokens[end + 2]?.pos !== "VERB"
    )
      end += 1;
    else if (CHAINING.has(next.key) && isNominal(tokens[end + 2]) && tokens[end]!.pos !== "DET")
      end = phraseEnd(tokens, end + 2);
    else return end;
    if (isNominal(tokens[end + 1])) end = phraseEnd(tokens, end + 1);
  }
}

/** A participle after a form of "be" that the tagger read as an adjective ("the twins were separated"): a passive's verb. */
function isPassiveParticiple(tokens: readonly TextToken[], index: number): boolean {
  if (tokens[index]!.pos !== "ADJ" || !/(?:ed|en)$/.test(tokens[index]!.text)) return false;
  let before = index - 1;
  while (before >= 0 && tokens[before]!.pos === "ADV") before -= 1;
  return before >= 0 && tokens[before]!.key === "be" && tokens[before]!.pos === "AUX";
}

/**
 * The statement's main clause in the other voice, as an order of its words for alignment: "The
 * bridge was approved by the council on Monday" → "the council | approved | the bridge | on Monday";
 * "The council approved the bridge" → "the bridge | approved | the council" (to meet a passive
 * passage, whose "was" and "by" are then grammar left out). Only the first clause with a clear
 * subject, verb and object (or agent) is turned.
 */
export function voiceVariants(statement: AnalyzedText): VoiceVariant[] {
  const tokens = statement.tokens;
  const variants: VoiceVariant[] = [];
  for (let verb = 1; verb < tokens.length; verb += 1) {
    const token = tokens[verb]!;
    if (!(token.pos === "VERB" || isPassiveParticiple(tokens, verb)) || SPEECH.has(token.key)) continue;
    // Auxiliaries (and adverbs) between the subject and the verb: "has been", "were narrowly".
    let auxiliaryStart = verb;
    while (
      auxiliaryStart - 1 >= 0 &&
      (tokens[auxiliaryStart - 1]!.pos === "AUX" || tokens[auxiliaryStart - 1]!.pos === "ADV")
    )
      auxiliaryStart -= 1;
    const auxiliaries = range(auxiliaryStart, verb - 1);
    let subjectEnd = auxiliaryStart - 1;
    // "Mark Ellery, 34, was found": the subject ends before its aside's closing comma.
    if (subjectEnd >= 0 && tokens[subjectEnd]!.text === ",") subjectEnd -= 1;
    // "Those affected", "those injured": a participle after "those" is the noun phrase's head.
    const those = subjectEnd >= 1 && tokens[subjectEnd]!.pos === "VERB" && tokens[subjectEnd - 1]!.key === "those";
    if (subjectEnd < 0 || !(isNominal(tokens[subjectEnd]) || those)) continue;
    const subjectStart = those ? subjectEnd - 1 : phraseStart(tokens, subjectEnd);
    if (!those && !hasNoun(tokens, subjectStart, subjectEnd)) continue;
    const before = range(0, subjectStart - 1);
    const passive = auxiliaries.some((index) => tokens[index]!.key === "be");
    if (passive) {
      // "by" and its agent in the same clause: "were beaten 3-1 by Riverside on Saturday".
      let by = verb + 1;
      while (by < tokens.length && tokens[by]!.key !== "by" && tokens[by]!.pos !== "VERB" && tokens[by]!.text !== ",")
        by += 1;
      const adverbs = auxiliaries.filter((index) => tokens[index]!.pos === "ADV");
      const agentEnd = tokens[by]?.key === "by" && isNominal(tokens[by + 1]) ? phraseEnd(tokens, by + 1) : -1;
      if (agentEnd < 0 || !hasNoun(tokens, by + 1, agentEnd)) {
        // No agent ("The drug was approved for adults"): the passage's active clause, its subject left out.
        variants.push({
          order: [
            ...before,
            ...adverbs,
            verb,
            ...range(subjectStart, subjectEnd),
            ...range(verb + 1, tokens.length - 1),
          ],
          passageVoice: "active",
          verb,
        });
        return variants;
      }
      variants.push({
        order: [
          ...before,
          ...range(by + 1, agentEnd),
          ...adverbs,
          verb,
          ...range(subjectStart, subjectEnd),
          ...range(verb + 1, by - 1),
          ...range(agentEnd + 1, tokens.length - 1),
        ],
        passageVoice: "active",
        verb,
      });
      return variants;
    }
    if (!isNominal(tokens[verb + 1])) return variants;
    let objectEnd = objectPhraseEnd(tokens, verb + 1);
    if (!hasNoun(tokens, verb + 1, objectEnd)) return variants;
    // The object's relative clause goes with it to the front: "Police have recovered a violin that
    // was stolen last month" meets "A violin stolen last month has been recovered, police said".
    if (RELATIVE.has(tokens[objectEnd + 1]?.key ?? "") && tokens[objectEnd + 1]!.pos !== "SCONJ") {
      let end = objectEnd + 1;
      while (
        end + 1 < tokens.length &&
        tokens[end + 1]!.sentence === tokens[verb]!.sentence &&
        tokens[end + 1]!.text !== ","
      )
        end += 1;
      if (tokens[end]!.pos === "PUNCT") end -= 1;
      objectEnd = end;
    }
    variants.push({
      order: [
        ...before,
        ...range(verb + 1, objectEnd),
        verb,
        ...range(subjectStart, subjectEnd),
        ...range(objectEnd + 1, tokens.length - 1),
      ],
      passageVoice: "passive",
      verb,
    });
    return variants;
  }
  return variants;
}
