import type { TextToken } from "../reading/index.js";
import { passageSlice, type SupportContext, type SupportFault, statementSlice } from "./support-fault.js";

// Days and months are tagged as names; they name no one.
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The name a sentence's main clause is about: the name right before its first verb, past adverbs
 * and an aside ("On Thursday, Trinity | was sitting", "Dana Miller, 24, | was arrested"), or null
 * where a noun heads the subject ("Tory leader | set out", "Thousands of people | have").
 */
function subjectName(tokens: readonly TextToken[], from: number, sentence: number): TextToken | null {
  let verb = from;
  while (verb < tokens.length && tokens[verb]!.sentence === sentence && !["VERB", "AUX"].includes(tokens[verb]!.pos))
    verb += 1;
  if (verb >= tokens.length || tokens[verb]!.sentence !== sentence) return null;
  let index = verb - 1;
  while (index >= from && tokens[index]!.pos === "ADV") index -= 1;
  if (index >= from && tokens[index]!.text === ",") {
    index -= 1;
    while (index >= from && tokens[index]!.text !== ",") index -= 1;
    index -= 1;
  }
  const name = index >= from ? tokens[index]! : null;
  return name?.pos === "PROPN" && !CALENDAR.test(name.key) ? name : null;
}

const RELATIVE = new Set(["who", "whose", "whom"]);

/** The name a relative pronoun at `index` hangs from ("Tom Baines, | who"), or null. */
function nameBefore(tokens: readonly TextToken[], index: number): TextToken | null {
  let at = index - 1;
  if (tokens[at]?.text === ",") at -= 1;
  const token = tokens[at];
  return token && token.sentence === tokens[index]!.sentence && token.pos === "PROPN" && !CALENDAR.test(token.key)
    ? token
    : null;
}

/**
 * Details fetched from a sentence about someone else: the statement is about one named person or
 * body ("Miller was booked into jail on Thursday after…") and continues, in the middle of a clause,
 * with words from a passage sentence about another, whom it never names ("Trinity was sitting in
 * the road after an argument with her mother when she was killed"). The passage says them of
 * Trinity, not of Miller. So does a relative clause fetched onto another name ("Ruth Okafor, who
 * had collected 2,000 signatures" where Tom Baines had).
 */
export function compareStitchedDetails(context: SupportContext): SupportFault[] {
  const { statement, passages, alignment } = context;
  const named = new Set(statement.tokens.map((token) => token.key));
  const ours = subjectName(statement.tokens, 0, 0);
  const faults: SupportFault[] = [];
  for (const step of alignment.steps) {
    if (step.kind !== "jump") continue;
    const link = alignment.links[step.to]!;
    const tokens = passages[link.passage]!.tokens;
    const landing = tokens[link.token]!;
    const before = tokens[link.token - 1];
    // "Ruth Okafor, | who had collected 2,000 signatures" from "Tom Baines, who had collected…":
    // a relative clause says what it says of the name before it.
    if (RELATIVE.has(landing.key)) {
      const theirs = nameBefore(tokens, link.token);
      const own = nameBefore(statement.tokens, step.to);
      if (theirs && own && theirs.key !== own.key && !named.has(theirs.key))
        faults.push({
          kind: "added",
          reason: `says "${statementSlice(context, step.to, Math.min(statement.tokens.length - 1, step.to + 3))}…" of ${own.text}; the passage says it of ${theirs.text}`,
        });
      continue;
    }
    // Mid-clause: a clause of its own (after a mark, a conjunction, "when") may be joined to another.
    if (!before || before.sentence !== landing.sentence || ["PUNCT", "CCONJ", "SCONJ"].includes(before.pos)) continue;
    if (!ours || landing.pos === "VERB" || landing.pos === "AUX") continue;
    let start = link.token;
    while (start > 0 && tokens[start - 1]!.sentence === landing.sentence) start -= 1;
    const theirs = subjectName(tokens, start, landing.sentence);
    if (!theirs || theirs.key === ours.key || named.has(theirs.key)) continue;
    let end = link.token;
    while (
      end + 1 < tokens.length &&
      tokens[end + 1]!.sentence === landing.sentence &&
      alignment.links.some((other) => other?.passage === link.passage && other.token === end + 1)
    )
      end += 1;
    faults.push({
      kind: "added",
      reason: `says "${statementSlice(context, step.to, Math.min(statement.tokens.length - 1, step.to + 3))}…" of ${ours.text}; the passage says "${passageSlice(passages[link.passage]!, link.token, end)}" of ${theirs.text}`,
    });
  }
  return faults;
}
