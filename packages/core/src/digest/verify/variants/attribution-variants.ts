import { type AnalyzedText, analyzeText, isContentToken, SAYING_VERBS } from "../reading/index.js";

// Words that start a clause in capitals only because they start the sentence; a name keeps its capital.
const SENTENCE_OPENERS =
  /^(?:The|A|An|All|Some|Most|Many|Several|No|Its|Their|His|Her|He|She|It|They|We|This|These|Those|There|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|More|About|Nearly|Almost|Over|Only)\b/;
const lowerFirst = (text: string) =>
  SENTENCE_OPENERS.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The statement with its attribution in the form news copy gives it: "According to the coastguard,
 * all … were taken off" and "…, according to the coastguard." read as "The coastguard said all …"
 * and "…, the coastguard said."; "X told reporters (that) …" as "X said …". Who said it is kept; only
 * the wording of the attribution changes, so a claim given to another party is still caught.
 */
export function attributionVariants(statement: string, passages: readonly AnalyzedText[]): string[] {
  const text = statement.trim();
  const variants: string[] = [];
  const speakers = speakerWords(passages);
  // Only a party the passages quote: "according to" a party they merely mention is left as written
  // (the speaker check passes a named party that says nothing in them as a description of the speaker).
  const quoted = (source: string) =>
    analyzeText(source)
      .tokens.filter((token) => isContentToken(token) && (token.pos === "NOUN" || token.pos === "PROPN"))
      .some((token) => speakers.has(token.key));
  // The source may carry a name in apposition: "according to Northwater's operations director, Kurt Lemaire,".
  const apposition = "(?:,\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*(?=,))?";
  const front = text.match(new RegExp(`^According to ([^,]{2,80}?${apposition}),\\s+(.+?)([.!?]?)$`, "u"));
  const back = text.match(/^(.+?),\s+according to ([^,]{2,80}?(?:,\s*[^,]{2,60}?)?)([.!?]?)$/u);
  if (front && quoted(front[1]!)) {
    const [, source, clause, stop] = front;
    // "Northwater's operations director, Kurt Lemaire, said": an apposition closes with a comma.
    const speaker = source!.includes(",") ? `${source},` : source!;
    variants.push(`${upperFirst(speaker)} said ${lowerFirst(clause!)}${stop || "."}`);
    variants.push(`${upperFirst(clause!)}, ${speaker} said${stop || "."}`);
  } else if (back && quoted(back[2]!)) {
    const [, clause, source, stop] = back;
    const speaker = source!.includes(",") ? `${source},` : source!;
    variants.push(`${clause}, ${speaker} said${stop || "."}`);
    variants.push(`${upperFirst(speaker)} said ${lowerFirst(clause!)}${stop || "."}`);
  }
  const told = text.replace(
    /\b(told|tells)\s+(?:reporters|journalists|the press|a news conference|a press conference)(?:\s+that)?\b/u,
    (_, verb: string) => (verb === "told" ? "said" : "says"),
  );
  if (told !== text) variants.push(told);
  return variants;
}

const SPEECH = new Set([...SAYING_VERBS, "accord", "confirm"]);

/** The nouns and names near the passages' verbs of saying: who they quote. */
function speakerWords(passages: readonly AnalyzedText[]): Set<string> {
  const words = new Set<string>();
  for (const passage of passages)
    passage.tokens.forEach((token, index) => {
      if (!SPEECH.has(token.key)) return;
      // Before the verb, or after it when it is inverted ("…, said the mayor").
      let after = index + 1;
      while (["DET", "ADJ", "NOUN", "PROPN", "PART"].includes(passage.tokens[after]?.pos ?? "")) after += 1;
      const closes = !passage.tokens[after] || /^[.!?]$/.test(passage.tokens[after]!.text);
      const last = after > index + 1 && closes ? after - 1 : index;
      for (let near = Math.max(0, index - 8); near <= last && near < passage.tokens.length; near += 1) {
        const word = passage.tokens[near]!;
        if (word.sentence === token.sentence && (word.pos === "NOUN" || word.pos === "PROPN")) words.add(word.key);
      }
    });
  return words;
}
