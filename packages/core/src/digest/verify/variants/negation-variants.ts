import type { AnalyzedText, TextToken } from "../reading/index.js";

/**
 * Verbs whose denial is another verb, as an editor rewords them: "did not survive" is "died", "failed
 * to win" is "lost", "did not accept" is "rejected". One way only: "did not reject" is not "accepted",
 * and "did not die" is not news anyone words as "survived".
 */
const DENIED_AS = new Map<string, readonly string[]>([
  ["accept", ["reject", "refuse", "decline"]],
  ["survive", ["die"]],
  ["win", ["lose"]],
  ["keep", ["lose"]],
  ["attend", ["miss"]],
  ["pass", ["fail"]],
  ["succeed", ["fail"]],
  ["remember", ["forget"]],
  ["include", ["exclude", "omit"]],
  ["obey", ["defy", "disobey"]],
]);

// A phrasal verb's particle goes with it ("turned down", which is read as "reject").
const PARTICLES = new Set(["down", "up", "out", "off"]);

/** A denied verb at `index`: "did not accept", "didn't accept", "failed to win". The denial's first token and the verb, or null. */
function denialAt(tokens: readonly TextToken[], index: number): { first: number; verb: TextToken } | null {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  if (!next || !after || after.pos !== "VERB" || !DENIED_AS.has(after.key)) return null;
  if (token.key === "do" && next.key === "not") return { first: index, verb: after };
  if (token.key === "fail" && token.pos === "VERB" && next.key === "to") return { first: index, verb: after };
  return null;
}

/** A verb's text with its particle: "rejected", "turned down". */
function verbText(passage: AnalyzedText, at: number): string {
  const verb = passage.tokens[at]!;
  const particle = passage.tokens[at + 1];
  const end =
    particle && particle.sentence === verb.sentence && PARTICLES.has(particle.key) && particle.start === verb.end + 1
      ? particle.end
      : verb.end;
  return passage.text.slice(verb.start, end);
}

/**
 * The statement with a denied verb in the word a passage uses for it, and the other way round: "did
 * not accept the offer" read as "rejected the offer" where a passage says "had rejected two bids",
 * "died of his injuries" as "did not survive his injuries" where a passage says "did not survive",
 * "lost the cup" as "failed to win the cup". What the verb is said of is left to the alignment: a
 * variant only rewords the verb, so "Linnholm lost" against "Ostermoor failed to win" still names the
 * wrong crew. One variant per verb.
 */
export function negationVariants(statement: AnalyzedText, passages: readonly AnalyzedText[]): string[] {
  const tokens = statement.tokens;
  const text = statement.text;
  const variants: string[] = [];
  tokens.forEach((token, index) => {
    // "did not accept" → the passage's "rejected".
    const denial = denialAt(tokens, index);
    if (denial) {
      const antonyms = DENIED_AS.get(denial.verb.key)!;
      for (const passage of passages) {
        const at = passage.tokens.findIndex((word) => word.pos === "VERB" && antonyms.includes(word.key));
        if (at < 0) continue;
        variants.push(`${text.slice(0, token.start)}${verbText(passage, at)}${text.slice(denial.verb.end)}`);
        return;
      }
      return;
    }
    // "died" → the passage's "did not survive".
    if (token.pos !== "VERB" || tokens[index - 1]?.key === "not" || tokens[index - 1]?.key === "to") return;
    for (const passage of passages) {
      for (let at = 0; at < passage.tokens.length - 2; at += 1) {
        const found = denialAt(passage.tokens, at);
        if (!found || !DENIED_AS.get(found.verb.key)!.includes(token.key)) continue;
        const denied = passage.text.slice(passage.tokens[at]!.start, found.verb.end);
        variants.push(`${text.slice(0, token.start)}${denied}${text.slice(token.end)}`);
        return;
      }
    }
  });
  return variants;
}
