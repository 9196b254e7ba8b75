import { analyzeTextOnce, type TextToken } from "../../verify/reading/index.js";

/**
 * What a sentence's acts are for, told as "to" and a verb after the act ("voted on Monday to close the
 * library", "agreed to raise fees"): each aim's verb and the things right after it, by root, outside
 * quotes.
 */
function aimsOf(text: string): { verbs: Set<string>; things: Set<string> } {
  const tokens = analyzeTextOnce(text.replace(/[“"][^”"]*(?:[”"]|$)/gu, " ")).tokens;
  const verbs = new Set<string>();
  const things = new Set<string>();
  tokens.forEach((token, index) => {
    const verb = tokens[index + 1];
    if (token.text.toLowerCase() !== "to" || token.pos !== "PART" || verb?.pos !== "VERB") return;
    verbs.add(verb.root);
    // What it is done to, past a preposition ("dispose of the depot") and a name that owns it ("pull 11
    // of Adrian Velasco's papers"), up to the next verb or comma.
    for (const next of tokens.slice(index + 2, index + 10) as TextToken[]) {
      if (next.pos === "VERB" || next.pos === "PUNCT") break;
      if (next.pos === "NOUN" || next.pos === "PROPN") things.add(next.root);
    }
  });
  return { verbs, things };
}

/**
 * Whether two sentences each tell an act done for a purpose and the purposes have nothing in common
 * ("Dunmore council voted on Monday to close the library", "Dunmore council voted on Monday to raise
 * parking fees"): two decisions of one body on one day, never one development, however alike the rest.
 */
export function differentAims(left: string, right: string): boolean {
  const [one, other] = [aimsOf(left), aimsOf(right)];
  if (one.verbs.size === 0 || other.verbs.size === 0) return false;
  if ([...one.verbs].some((verb) => other.verbs.has(verb))) return false;
  return ![...one.things].some((thing) => other.things.has(thing));
}
