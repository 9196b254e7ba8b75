import { previousPersonOf } from "../reading/index.js";
import { type SupportContext, type SupportFault, statementSlice } from "./support-fault.js";

/**
 * A named subject given a predicate the passage tells of someone else through a pronoun: "Nina Fraser
 * will appear in court on Friday" where the passage says "Gareth Lowe, 41, was arrested on Monday. He
 * will appear in court on Friday." The statement's name is followed by words found right after a
 * "He" or "She" opening a passage sentence, and that pronoun stands for a person the statement does
 * not name (see `previousPersonOf`: only when the sentence before names one person).
 */
export function compareAntecedents(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const named = new Set(statement.tokens.filter((token) => token.pos === "PROPN").map((token) => token.key));
  const faults: SupportFault[] = [];
  statement.tokens.forEach((token, index) => {
    const next = statement.tokens[index + 1];
    const link = alignment.links[index + 1];
    if (token.pos !== "PROPN" || next?.pos === "PROPN" || !link) return;
    const tokens = passages[link.passage]!.tokens;
    // The pronoun before the found word, past its auxiliaries and adverbs ("He will also appear").
    let at = link.token - 1;
    while (at >= 0 && (tokens[at]!.pos === "AUX" || tokens[at]!.pos === "ADV") && link.token - at <= 3) at -= 1;
    const pronoun = tokens[at];
    if (!pronoun || pronoun.pos !== "PRON" || (pronoun.key !== "he" && pronoun.key !== "she")) return;
    const person = previousPersonOf(tokens, at);
    if (!person || person.some((word) => named.has(word.key))) return;
    let first = index;
    while (first > 0 && statement.tokens[first - 1]!.pos === "PROPN") first -= 1;
    faults.push({
      kind: "role",
      reason: `the passage says this of ${person.map((word) => word.text).join(" ")} ("${pronoun.text}"); the sentence says it of ${statementSlice(context, first, index)}`,
    });
  });
  return faults;
}
