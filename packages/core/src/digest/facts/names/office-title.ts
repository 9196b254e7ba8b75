/**
 * Titles of an office or a rank written before a surname ("Cllr Pike", "Supt Cartwright", "Prof
 * Marlow"), each with the words a text introduces its holder by ("Councillor Neil Haskett", "a
 * professor of public finance", "Det Supt …").
 */
const OFFICES: ReadonlyArray<readonly string[]> = [
  ["cllr", "councillor", "councilman", "councilwoman", "alderman"],
  ["prof", "professor"],
  ["supt", "superintendent"],
  ["insp", "inspector"],
  ["sgt", "sergeant"],
  ["capt", "captain"],
  ["rev", "revd", "reverend"],
  ["det", "detective"],
  ["lt", "lieutenant"],
  ["col", "colonel"],
  ["gen", "general"],
  ["judge"],
  ["sen", "senator"],
  ["gov", "governor"],
];

/** The words of the office a title names ("Cllr" → cllr, councillor, …); null for no office title. */
export function officeTitleWords(title: string): readonly string[] | null {
  const word = title.toLowerCase().replace(/\.$/, "");
  return OFFICES.find((words) => words.includes(word)) ?? null;
}

/** Whether a person's description (titles and words around their name, lower case) gives them that office. */
export function holdsOfficeTitle(described: string, words: readonly string[]): boolean {
  return words.some((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "u").test(described));
}
