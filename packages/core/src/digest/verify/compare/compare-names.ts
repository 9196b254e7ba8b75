import { passageSlice, type SupportContext, type SupportFault } from "./support-fault.js";

/**
 * A name put where the passage has another: the statement's words on one side of the name were found
 * in a passage sentence, and right there the passage names someone else whom the statement never
 * names ("Ross's sister won" where the passage says "Quint's sister, Lena, won"), while the name
 * itself is found nowhere or in another sentence. A name no passage has counts as invented anyway.
 */
export function compareNames(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const named = new Set(statement.tokens.map((token) => token.key));
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    if (token.pos !== "PROPN") return;
    const own = alignment.links[index];
    for (const [side, step] of [
      [index - 1, 1],
      [index + 1, -1],
    ] as const) {
      const link = alignment.links[side];
      if (!link) continue;
      const tokens = passages[link.passage]!.tokens;
      // Found beside its neighbour's words, the name is the passage's own there.
      if (own && own.passage === link.passage && tokens[own.token]!.sentence === tokens[link.token]!.sentence) continue;
      let at = link.token + step;
      // Past an aside between commas to its subject: "Jamaica, coached by Marva Thompson, | will play".
      if (step === -1 && tokens[at]?.text === ",") {
        let open = at - 1;
        while (
          open > 0 &&
          at - open <= 8 &&
          tokens[open]!.text !== "," &&
          tokens[open]!.sentence === tokens[at]!.sentence
        )
          open -= 1;
        if (tokens[open]?.text === "," && tokens[open + 1]?.pos !== "PROPN") at = open - 1;
      }
      const there = tokens[at];
      if (!there || there.pos !== "PROPN" || named.has(there.key) || there.sentence !== tokens[link.token]!.sentence)
        continue;
      faults.push({
        kind: "added",
        reason: `the passage names "${passageSlice(passages[link.passage]!, at, at)}" here; the sentence names "${token.text}"`,
      });
      return;
    }
  });
  return faults;
}
