/**
 * Words two outlets use for one thing that happened: "hurt" and "injured", "found" and "discovered",
 * "inspectors certified" and "an inspection", "abandoned" and "called off", "three cars" and "four
 * vehicles". Each family is a plain editor's list of common news words (verbs with their nouns), not
 * any story's wording: an outlet telling the same event in its own words uses one of them where the
 * other outlet used another.
 */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  ["hurt", "hurts", "injured", "injure", "injures", "injuring", "injury", "injuries", "wounded", "wounding"],
  ["died", "dies", "die", "dying", "dead", "death", "deaths"],
  ["collapsed", "collapse", "collapses", "collapsing", "caved", "crumbled"],
  ["found", "discovered", "located", "traced", "spotted", "recovered"],
  [
    "inspected",
    "inspect",
    "inspects",
    "inspecting",
    "inspection",
    "inspections",
    "inspector",
    "inspectors",
    "checked",
    "certified",
    "examined",
    "examination",
    "examinations",
  ],
  ["competed", "compete", "competes", "competing", "competitor", "competitors", "entrants", "played"],
  ["contest", "contests", "championship", "championships", "competition", "tournament"],
  ["abandoned", "abandon", "abandonment", "cancelled", "canceled", "cancellation", "scrapped"],
  ["struck", "hit", "collided", "collision", "smashed", "rammed", "ploughed", "plowed"],
  ["car", "cars", "vehicle", "vehicles", "van", "vans", "lorry", "lorries", "truck", "trucks"],
  ["hospital", "hospitals", "infirmary"],
  ["won", "win", "wins", "winner", "winners", "winning", "victory", "champion", "champions", "elected"],
  ["missing", "disappeared", "vanished"],
  ["stolen", "stole", "steal", "theft", "thefts"],
  ["arrested", "arrest", "arrests", "detained"],
  ["evacuated", "evacuate", "evacuation", "evacuations"],
  ["resigned", "resign", "resignation", "quit"],
  ["rescued", "rescue", "rescues"],
  ["fire", "fires", "blaze", "blazes"],
  ["began", "begin", "begins", "started", "start", "starts", "opened", "launched"],
];

/** Phrases of two words that stand for one family's word: "gave way" is "collapsed". */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:gave|give|gives|giving|given)\s+way\b/gi, "collapsed"],
  [/\b(?:called|call|calls|calling)\s+off\b/gi, "abandoned"],
  [/\b(?:took|take|takes|taking|taken)\s+part\b/gi, "competed"],
  [/\b(?:stepped|step|steps|stepping)\s+down\b/gi, "resigned"],
];

/** Writes a family's two-word phrases as its one word, before the text is cut into words. */
export function withPhrasesAsWords(text: string): string {
  let result = text;
  for (const [pattern, word] of PHRASES) result = result.replace(pattern, word);
  return result;
}

/**
 * The family word standing for a stemmed word ("injur" → "hurt"), given the stemming the caller
 * uses (the word itself when it is in no family), and whether a stemmed word is a family's word:
 * what happened, the words two outlets telling one event share once read through the families;
 * and whether a family tells an act (its head is a verb's past form: "injured", "collapsed"), not
 * a thing ("car", "hospital", "fire").
 */
export function synonymFamilies(stem: (word: string) => string): {
  family: (stemmed: string) => string;
  isFamilyWord: (stemmed: string) => boolean;
  isActFamily: (stemmed: string) => boolean;
} {
  const families = new Map<string, string>();
  const acts = new Set<string>();
  for (const words of FAMILIES) {
    const head = stem(words[0]!);
    for (const word of words) families.set(stem(word), head);
    if (/ed$/.test(words[0]!) || IRREGULAR_PAST_HEADS.has(words[0]!)) acts.add(head);
  }
  const heads = new Set(families.values());
  return {
    family: (stemmed) => families.get(stemmed) ?? stemmed,
    isFamilyWord: (stemmed) => heads.has(stemmed),
    isActFamily: (stemmed) => acts.has(stemmed),
  };
}

/** Families headed by a verb's past form not in "-ed": their words tell an act, as "injured" or "the collapse" do. */
const IRREGULAR_PAST_HEADS = new Set(["hurt", "found", "struck", "won", "stolen", "began"]);
