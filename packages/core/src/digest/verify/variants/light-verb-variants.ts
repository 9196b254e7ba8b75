import type { AnalyzedText, TextToken } from "../reading/index.js";

// Verbs that say nothing of their own before a noun of the action: "made an apology", "carried out
// an inspection", "imposed a fine", "lodged an appeal", "handed in his resignation".
const LIGHT_VERBS = new Set([
  "make",
  "carry",
  "conduct",
  "hold",
  "give",
  "take",
  "lodge",
  "mount",
  "impose",
  "issue",
  "hand",
  "file",
  "submit",
  "stage",
  "undertake",
  "perform",
  "launch",
  "deliver",
  "pay",
]);
// The particle some take: "carried out", "handed in", "put forward".
const PARTICLES = new Set(["out", "in", "forward", "up"]);
// What may follow the noun and belong to the light verb's phrase: "an inspection of the ship", "an
// apology to Selby", "a fine on Lumora".
const LINKS = new Set(["of", "to", "on", "against", "into", "for", "about", "with"]);

/** Whether a noun and a verb are one word's noun and verb ("inspection"/"inspect", "apology"/"apologise", "fine"/"fined"). */
function sameWord(noun: TextToken, verb: TextToken): boolean {
  if (noun.root === verb.root || noun.key === verb.key) return true;
  const [a, b] = [noun.key, verb.key];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= 3 && shared >= Math.min(a.length, b.length) - 1;
}

/**
 * The statement with a light verb and its noun told as the verb a passage uses: "Harrowfield made an
 * apology to Selby" read as "Harrowfield apologised to Selby" where a passage says "had apologised to
 * Selby", "will carry out an inspection of the ship" as "will inspect the ship". The noun's object
 * keeps its preposition only where the passage's verb takes it ("apologised to", "appeal against").
 * A light verb whose noun no passage tells as a verb ("gave his approval" where nobody approved) is
 * left as written. A light verb's participle before "by" says nothing either: "tests carried out by
 * the utility" is "tests by the utility". One variant per light verb.
 */
export function lightVerbVariants(statement: AnalyzedText, passages: readonly AnalyzedText[]): string[] {
  const tokens = statement.tokens;
  const variants: string[] = [];
  tokens.forEach((token, index) => {
    if (token.pos !== "VERB" || !LIGHT_VERBS.has(token.key)) return;
    let next = index + 1;
    if (PARTICLES.has(tokens[next]?.key ?? "") && tokens[next]!.pos !== "NOUN") next += 1;
    // "tests carried out by the utility" is "tests by the utility".
    if (tokens[next]?.key === "by" && (tokens[index - 1]?.pos === "NOUN" || tokens[index - 1]?.pos === "PROPN")) {
      variants.push(`${statement.text.slice(0, token.start)}${statement.text.slice(tokens[next]!.start)}`);
      return;
    }
    // An article or a possessive only: "made no discovery" denies what "discovered" asserts.
    if (/^(?:a|an|the|his|her|its|their)$/i.test(tokens[next]?.text ?? "")) next += 1;
    // An amount before the noun ("a £3.2 million fine"): told after the verb's object ("fined X £3.2 million").
    const amountStart = next;
    while (tokens[next]?.pos === "NUM" || tokens[next]?.pos === "SYM") next += 1;
    const amount = next > amountStart ? statement.text.slice(tokens[amountStart]!.start, tokens[next - 1]!.end) : null;
    const noun = tokens[next];
    if (!noun || (noun.pos !== "NOUN" && noun.pos !== "ADJ") || tokens[next + 1]?.pos === "NOUN") return;
    for (const passage of passages) {
      const at = passage.tokens.findIndex(
        (word) => word.pos === "VERB" && !LIGHT_VERBS.has(word.key) && sameWord(noun, word),
      );
      if (at < 0) continue;
      const verb = passage.tokens[at]!;
      const link = tokens[next + 1];
      if (amount !== null) {
        // Only with an object to put it after: "imposed a £500 fine on the bar" → "fined the bar £500".
        if (!link || link.key !== "on" || passage.tokens[at + 1]?.key === "on") return;
        let last = next + 1;
        while (tokens[last + 1] && ["DET", "PROPN", "NOUN", "ADJ", "PART"].includes(tokens[last + 1]!.pos)) last += 1;
        if (last === next + 1) return;
        const object = statement.text.slice(tokens[next + 2]!.start, tokens[last]!.end);
        variants.push(
          `${statement.text.slice(0, token.start)}${verb.text} ${object} ${amount}${statement.text.slice(tokens[last]!.end)}`,
        );
        return;
      }
      // "an inspection of the ship" → "inspect the ship"; "an apology to Selby" → "apologised to Selby".
      const end =
        link && LINKS.has(link.key) && link.pos === "ADP" && passage.tokens[at + 1]?.key !== link.key
          ? link.end
          : noun.end;
      variants.push(`${statement.text.slice(0, token.start)}${verb.text}${statement.text.slice(end)}`);
      return;
    }
  });
  return variants;
}
