import type { SupportContext, SupportFault } from "./support-fault.js";

// Offices and positions a report gives a person ("a former chairman of the club", "defender Ola
// Berg"): each names who someone is, so one no cited passage gives is a claim of its own, however
// well the rest of the sentence matches. Only specific offices: "official", "leader" or "boss" are
// how a newsroom describes people in other words.
export const OFFICES = new Set([
  "chairman",
  "chairwoman",
  "chairperson",
  "treasurer",
  "secretary",
  "president",
  "vice-president",
  "director",
  "governor",
  "mayor",
  "minister",
  "chancellor",
  "senator",
  "judge",
  "magistrate",
  "prosecutor",
  "coroner",
  "sheriff",
  "captain",
  "coach",
  "manager",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "winger",
  "referee",
  "editor",
  "founder",
  "owner",
  "headteacher",
  "principal",
  "surgeon",
  "nurse",
  "professor",
]);

/**
 * An office the statement gives that no cited passage has ("Alan Finch, a former chairman of the
 * club" where the passages make him its treasurer): flagged as added even when the alignment, which
 * charges it as one invented word, would let it through.
 */
export function compareOffices(context: SupportContext): SupportFault[] {
  // By the word's first letters: "chair" is the "chairman", the one who "managed" the club its "manager".
  const stem = (key: string) => key.slice(0, 5);
  const known = new Set(context.passages.flatMap((passage) => passage.tokens.map((token) => stem(token.key))));
  return context.statement.tokens.flatMap((token, index) =>
    token.pos === "NOUN" &&
    OFFICES.has(token.key) &&
    !known.has(stem(token.key)) &&
    context.alignment.links[index] === null
      ? [{ kind: "role" as const, reason: `calls someone "${token.text}", which no cited passage does` }]
      : [],
  );
}
