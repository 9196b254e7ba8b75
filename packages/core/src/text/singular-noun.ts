const US_SINGULAR =
  /^((?:mini|trolley|school)?bus|virus|bonus|campus|census|status|stimulus|consensus|fungus|cactus|octopus|walrus|prospectus|apparatus|syllabus|circus|genus|hippopotamus|platypus)(?:es)?$/;

/**
 * Nouns whose singular ends in "as", as few do: most words in "-as" are plurals ("areas", "quotas",
 * "eras"), so these are named.
 */
const AS_SINGULAR = /^(gas|bias|atlas|canvas|alias|pancreas)(?:es)?$/;
/** Plurals in "-us" of nouns ending in "u": any other word in "-us" is singular ("surplus", "focus", "chorus"). */
const US_PLURAL = /^(?:menus|gurus|emus|haikus|tutus|tofus|zebus|snafus)$/;
/** "crises", "analyses": plurals of nouns ending in "-sis". */
const SIS_PLURAL = /^(cri|analy|paraly|diagno|hypothe|the|synop|progno|empha)ses$/;

/**
 * A noun's singular, lower-cased ("lorries" → "lorry", "buses" → "bus", "crises" → "crisis", "people"
 * stays): a noun counted or named in either number reads as one, so two outlets' "lorries" and "a lorry",
 * or a unit's "vehicles" and "vehicle", meet.
 */
export function singularNoun(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "people" || lower === "persons") return "people";
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  // "bus", "viruses", "gas", "gases": nouns whose singular ends in "us" or "as" ("houses" and "causes" do not).
  const own = US_SINGULAR.exec(lower) ?? AS_SINGULAR.exec(lower);
  if (own) return own[1]!;
  const sis = SIS_PLURAL.exec(lower);
  if (sis) return `${sis[1]}sis`;
  if (lower.endsWith("us") && !US_PLURAL.test(lower)) return lower;
  if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("is")) return lower.slice(0, -1);
  return lower;
}
