import { isOrganisationWord } from "../names/index.js";

/**
 * The words that make a name one of a kind of body, for the nouns a text calls it by once named
 * ("Kaito Lines … the company said", "UNFPA … the agency said"). A name whose last such word is
 * another kind's ("Harwick Rail Authority" for "the company") is not it.
 */
const COMPANY =
  "Inc|Corp|Corporation|Co|Ltd|LLC|PLC|LLP|Company|Group|Holdings|Airlines|Airways|Air|Motors|Energy|Technologies|Systems|Industries|Pharmaceuticals|Shipping|Logistics|Lines?|Capital|Securities|Insurance|Investments|Consulting|Analytics|Chemicals|Materials|Polymers|Plastics|Petroleum|Biologics|Therapeutics|Biosciences|Manufacturing|Mining|Partners|Studios?|Pictures|Entertainment|Media|Labs?|Realty|Rail|Railways?|Bank|Services|Foods|Brands|Terminals|Ferries|Grid|Electric|Electricity|Utilities|Water|Gas|Telecoms?|Networks|Facebook|Google|Twitter|Instagram|YouTube|Netflix|Amazon|Apple|Microsoft";
const KIND_WORDS: Record<string, RegExp> = {
  company: new RegExp(`^(?:${COMPANY})$`),
  firm: new RegExp(`^(?:${COMPANY})$`),
  carrier:
    /^(?:Airlines|Airways|Air|Lines?|Shipping|Ferries|Rail|Railways?|Group|Holdings|Inc|Corp|Co|Ltd|PLC|Company)$/,
  agency:
    /^(?:Agency|Administration|Service|Bureau|Commission|Authority|Office|Fund|Organi[sz]ation|Programme|Program|Board|Institute|Department)$/,
  group:
    /^(?:Group|Coalition|Alliance|Network|Society|Union|Association|Foundation|Initiative|Project|Committee|Council|Campaign|Trust|Federation|Observatory|Watch)$/,
  charity: /^(?:Trust|Foundation|Fund|Society|Charity|Appeal|Association)$/,
  club: /^(?:Club|FC|AFC|United|City|Athletic|Rovers|Wanderers|Albion|Town)$/,
  pollster: /^(?:Research|Polling|Polls?|Surveys?|Insights?|Institute|Group|Company|Inc|Ltd|LLC|PLC)$/,
  broadcaster: /^(?:Television|TV|Radio|Broadcasting|Broadcasters?|Channel|News|Media|Network|Corporation|Company)$/,
};

/** Words that open a sentence without naming anyone ("In", "Some", "Officials", "Monday"). */
const NOT_A_NAME =
  /^(?:The|A|An|All|Both|Every|Each|Some|Many|Most|Few|Other|Others|Officials|People|Residents|In|At|By|From|With|But|And|Or|So|Yet|As|After|Before|When|While|If|On|For|Of|To|Its|Their|His|Her|Our|It|This|That|These|Those|There|Here|He|She|They|We|I|You|What|Who|Why|How|Where|Meanwhile|However|Earlier|Later|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NAME =
  "(?:(?:[A-Z]\\.){2,}\\s+)?\\p{Lu}[\\p{L}’'&-]*(?:\\s+(?:(?:of|for|and|&)\\s+)?(?:\\p{Lu}[\\p{L}’'&-]*|(?:[A-Z]\\.){2,}))*";
/** Not a verb after a name: the run goes on ("Kaito of Osaka") or a clause is subordinate. */
const NOT_A_VERB = "(?!(?:of|and|or|for|in|at|on|to|with|from|by|who|which|that|whose|the|a|an)\\b)";
/** Words set off before a sentence's subject: "However,", "In a statement,", "On Monday,". */
const OPENER = "(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}(?:\\s+\\p{Lu}\\p{Ll}+)?,\\s+)?";
/**
 * A sentence's subject as a name: "Crayola responded …", "The U.N. Population Fund, known as UNFPA,
 * said …"; or a description with the name set off ("The ship's Japanese owner, Kaito Lines, apologised").
 */
const NAMED_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n\\s*)${OPENER}(?:[Tt]he\\s+)?(${NAME})(?:,\\s+[^,;.“”"]{1,80},)?\\s+${NOT_A_VERB}\\p{Ll}`,
  "gu",
);
const DESCRIBED_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n\\s*)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+[^,;.“”"\\n]{0,60}?\\p{Ll},\\s+(${NAME}),\\s+${NOT_A_VERB}\\p{Ll}`,
  "gu",
);

/**
 * "The ship's Japanese owner, Kaito Lines, apologised. “…,” the company said": the one body of that
 * kind the paragraph before the quote, or its own, makes the subject of a sentence. Two such subjects ("The Rogers Family Company sells filters. Keurig changed
 * its brewer.") leave it open: better no speaker than the wrong one.
 */
export function organisationSubjectBefore(
  noun: string,
  text: string,
  position: number,
  names: ReadonlySet<string>,
  isPerson: (name: string) => boolean,
): string | null {
  const kind = KIND_WORDS[noun.toLowerCase()];
  if (!kind) return null;
  const paragraphStart = text.lastIndexOf("\n", position - 1) + 1;
  const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
  const windowStart = previousEnd > 0 ? text.lastIndexOf("\n", previousEnd - 1) + 1 : paragraphStart;
  const window = text.slice(windowStart, position);
  const found = new Set<string>();
  for (const pattern of [NAMED_SUBJECT, DESCRIBED_SUBJECT])
    for (const match of window.matchAll(pattern)) {
      const tokens = match[1]!.split(/\s+/);
      while (tokens.length > 0 && NOT_A_NAME.test(tokens[0]!)) tokens.shift();
      if (tokens.length === 0) continue;
      const name = tokens.join(" ").replace(/['’]s$/, "");
      const bodyWords = tokens.filter(
        (token) => isOrganisationWord(token) || Object.values(KIND_WORDS).some((words) => words.test(token)),
      );
      // The last such word is the name's head: "Harwick Rail Authority" is an authority, no company.
      const head = bodyWords[bodyWords.length - 1];
      if (head && !kind.test(head)) continue;
      // Without such a word, a person described as one ("Chief executive Tom Hale", who spoke) or
      // one word of a person's name is no body; any other name may be one ("Pelham Dairies").
      if (!head && tokens.length > 1 && isPerson(name)) continue;
      if (
        !head &&
        tokens.length === 1 &&
        [...names].some((known) => known.endsWith(` ${name}`) || known.startsWith(`${name} `))
      )
        continue;
      // One word opening a sentence may be a common noun ("Inspectors visited …"): a name when the
      // article also writes it capitalised inside a sentence ("However, Crayola …") or in capitals,
      // or sets it off ("The firm's owner, Brightwell,"); else it only leaves the choice open
      // ("Keurig changed its brewer"), unless a plural's "s" ends it.
      if (
        !head &&
        tokens.length === 1 &&
        pattern === NAMED_SUBJECT &&
        !/^\p{Lu}{2,}$/u.test(name) &&
        !new RegExp(`\\p{Ll}[,;:]?\\s+${name}(?![\\p{L}’'-])`, "u").test(text)
      ) {
        if (!/[^s]s$/.test(name)) found.add(`?${name}`);
        continue;
      }
      found.add(name);
    }
  const only = found.size === 1 ? [...found][0]! : null;
  return only?.startsWith("?") ? null : only;
}

/** A capitalised run: the name an article gives a body ("Ashby Vale Zoo", "the Royal Opera House"). */
const NAME_RUN = new RegExp(NAME, "gu");

/**
 * "the zoo said" after "Ashby Vale Zoo": the one name in the article before the quote whose last
 * word is the noun (its head); none when the article names two, or names none so. For nouns no
 * person holds and no kind above reads (a role, "the company", are read elsewhere).
 */
export function organisationByHeadNoun(noun: string, text: string, position: number): string | null {
  if (KIND_WORDS[noun.toLowerCase()]) return null;
  const head = `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  const found = new Set<string>();
  for (const match of text.slice(0, position).matchAll(NAME_RUN)) {
    const tokens = match[0].split(/\s+/);
    while (tokens.length > 0 && NOT_A_NAME.test(tokens[0]!)) tokens.shift();
    if (tokens.length >= 2 && tokens[tokens.length - 1] === head) found.add(tokens.join(" "));
  }
  return found.size === 1 ? [...found][0]! : null;
}
