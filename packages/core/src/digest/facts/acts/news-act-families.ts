/**
 * Acts and things outlets tell in other words: "hurt" and "injured", "derailed" and "left the track",
 * "approved" and "voted to back", "a pile-up" and "crashed". The one list of them, read at two levels:
 *
 * - strict (`verbs`, `nouns`, `phrases`): forms that tell the act and nothing else in news, so two
 *   outlets' sentences of one day that both tell it, about the same thing, are one timeline entry
 *   (see sameAct);
 * - loose (all those, with `loose` and `loosePhrases`): words that tell it in a claim but name other
 *   things too ("fire", "hit", "found", "car"), for corroboration, which asks more of a passage than
 *   the act (see corroborate's tellsSameEvent).
 *
 * Each family is a plain editor's list of common news words, not any story's wording. A word stands
 * in one family only: an act is either this one or another.
 */
interface ActFamily {
  /** Verb forms that tell the act wherever they stand ("derailed", "apologised"). */
  verbs?: readonly string[];
  /**
   * Nouns of the act ("derailment", "vote"): told where a sentence reports it ("A pile-up of 41 cars
   * brought the M7 to a standstill"), not where it points back to one told elsewhere ("reopened 14
   * hours after the pile-up", "injured in Saturday's strike": see pointsBack).
   */
  nouns?: readonly string[];
  /** Phrases of several words that tell it ("said sorry", "left the track"): regular expression sources. */
  phrases?: readonly string[];
  /** Words that tell it in a claim but name other things too: the loose reading only. */
  loose?: readonly string[];
  /** Phrases the loose reading only takes. */
  loosePhrases?: readonly string[];
  /**
   * Read by the timeline only. Corroboration takes a shared family word for the event itself and asks
   * little else of a passage (see corroborate's tellsSameEvent), so a family joins its loose reading
   * only once claims are shown no worse with it: "walked out" read as a walkout made a walkout at
   * another hospital carry the claim, "flooded" made "the first flooded homes" retell a flood.
   */
  strictOnly?: true;
}

const FAMILIES: readonly ActFamily[] = [
  {
    verbs: ["hurt", "hurts", "injured", "injure", "injures", "injuring", "wounded", "wounding"],
    nouns: ["injury", "injuries"],
  },
  { verbs: ["died", "dies", "die", "dying", "dead"], nouns: ["death", "deaths"] },
  {
    verbs: ["collapsed", "collapses", "collapsing", "caved", "crumbled"],
    nouns: ["collapse"],
    phrases: [String.raw`(?:gave|give|gives|giving|given)\s+way`],
  },
  { loose: ["found", "discovered", "located", "traced", "spotted", "recovered"] },
  {
    loose: [
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
  },
  {
    loose: ["competed", "compete", "competes", "competing", "competitor", "competitors", "entrants", "played"],
    loosePhrases: [String.raw`(?:took|take|takes|taking|taken)\s+part`],
  },
  { loose: ["contest", "contests", "championship", "championships", "competition", "tournament"] },
  {
    verbs: ["abandoned", "abandon", "cancelled", "canceled", "scrapped"],
    nouns: ["abandonment", "cancellation"],
    phrases: [String.raw`(?:called|call|calls|calling)\s+off`],
  },
  {
    verbs: ["collided", "smashed", "rammed", "ploughed", "plowed", "crashed", "jackknifed", "jack-knifed"],
    nouns: ["collision", "crash", "pile-up", "pileup", "pile-ups", "pileups"],
    // A fall told as where it ended ("Some 25 riders hit the tarmac"), as a racing or road report tells a crash.
    phrases: [String.raw`(?:hit|hits|hitting)\s+the\s+(?:tarmac|deck)`],
    loose: ["struck", "hit"],
    loosePhrases: [String.raw`pile-?ups?`],
  },
  {
    verbs: ["derailed", "derails", "derailing"],
    nouns: ["derailment", "derailments"],
    phrases: [
      String.raw`(?:left|leaves|leaving|came|comes|coming|went|jumped|jumps)\s+(?:off\s+)?(?:the|its)\s+(?:tracks?|rails?)`,
    ],
    strictOnly: true,
  },
  { loose: ["car", "cars", "vehicle", "vehicles", "van", "vans", "lorry", "lorries", "truck", "trucks"] },
  { loose: ["hospital", "hospitals", "infirmary"] },
  {
    verbs: ["won"],
    nouns: ["victory"],
    loose: ["win", "wins", "winner", "winners", "winning", "champion", "champions", "elected"],
  },
  { loose: ["missing", "disappeared", "vanished"] },
  // A burglary is told as the theft it was ("Burglars broke into … and stole", "The break-in at …").
  {
    verbs: ["stolen", "stole", "steal", "burgled", "burglarized", "burglarised"],
    nouns: ["theft", "thefts", "burglary", "burglaries", "break-in", "break-ins"],
    phrases: [String.raw`(?:broke|broken|breaking)\s+into`],
  },
  { verbs: ["arrested", "detained"], nouns: ["arrest", "arrests"] },
  // The step after an arrest, another act of the same agent ("Police arrested a man", "Police charged a man").
  { verbs: ["charged"], strictOnly: true },
  {
    verbs: ["evacuated", "evacuate", "displaced"],
    nouns: ["evacuation", "evacuations"],
    phrases: [String.raw`forced\s+(?:from|out\s+of)`, String.raw`moved\s+out\s+of`],
  },
  {
    verbs: ["resigned", "resign", "quit"],
    nouns: ["resignation"],
    phrases: [String.raw`(?:stepped|step|steps|stepping)\s+down`],
  },
  {
    verbs: ["rescued", "airlifted", "winched", "plucked", "ferried"],
    nouns: ["rescue", "rescues"],
    phrases: [
      String.raw`to\s+ferry`,
      String.raw`(?:brought|led|taken|pulled|lifted|carried|helped|guided)\s+(?:\S+\s+){0,3}?to\s+safety`,
    ],
  },
  { loose: ["fire", "fires", "blaze", "blazes"] },
  {
    nouns: ["arson"],
    phrases: [String.raw`set\s+fire`, String.raw`(?:sparked|started)\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:fire|blaze)`],
    strictOnly: true,
  },
  { loose: ["began", "begin", "begins", "started", "start", "starts", "opened", "launched"] },
  {
    verbs: ["apologised", "apologized", "apologises", "apologizes"],
    nouns: ["apology"],
    phrases: ["said\\s+sorry"],
    strictOnly: true,
  },
  {
    phrases: [
      String.raw`struck\s+by\s+lightning`,
      String.raw`lightning\s+(?:struck|strikes?|hit)`,
      String.raw`hit\s+by\s+lightning`,
    ],
  },
  { verbs: ["halted", "stopped", "suspended"], phrases: [String.raw`shut\s+down`], strictOnly: true },
  {
    verbs: ["approved", "approves", "endorsed", "ratified", "backed"],
    nouns: ["approval"],
    phrases: [
      String.raw`voted\s+(?:in\s+favou?r\s+of|for|to\s+(?:back|approve|adopt|pass|accept|endorse|support|ratify))`,
      String.raw`(?:gave|given|give|gives)\s+(?:the|its|their|final)\s+(?:go-ahead|green\s+light|approval|backing)`,
      String.raw`signed\s+off\s+on`,
      String.raw`rubber-?stamped`,
      // "The bill passed", the outcome told by what was passed; not a death, a place gone by or a test.
      String.raw`passed(?!\s+(?:away|through|over|off|out|down|up|along|under|on\s+(?:to|the|its|their|his|her|an?))\b|\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z]+\s+)?(?:inspections?|tests?|checks?|exams?|examinations?|milestones?|marks?|ball|baton|peak)\b)`,
    ],
    strictOnly: true,
  },
  {
    verbs: ["rejected", "vetoed"],
    nouns: ["rejection", "veto"],
    phrases: [
      String.raw`voted\s+(?:against|down|to\s+(?:reject|block|oppose|scrap))`,
      String.raw`(?:threw|thrown)\s+out`,
      String.raw`turned\s+down`,
    ],
    strictOnly: true,
  },
  { verbs: ["voted"], nouns: ["vote", "ballot"], strictOnly: true },
  {
    verbs: ["exploded", "explodes"],
    nouns: ["explosion", "explosions", "blast", "blasts"],
    phrases: [String.raw`blew\s+up`],
    strictOnly: true,
  },
  { verbs: ["sank", "sunk", "capsized", "foundered"], nouns: ["sinking"], strictOnly: true },
  { verbs: ["erupted", "erupts"], nouns: ["eruption"], strictOnly: true },
  {
    verbs: ["escaped"],
    nouns: ["escape"],
    phrases: [String.raw`(?:broke|got|get|gets|getting)\s+out\s+of`],
    strictOnly: true,
  },
  { verbs: ["sentenced", "jailed", "imprisoned"], strictOnly: true },
  {
    verbs: ["convicted"],
    nouns: ["conviction"],
    phrases: [String.raw`found\s+guilty`, String.raw`guilty\s+verdict`],
    strictOnly: true,
  },
  {
    verbs: ["acquitted"],
    nouns: ["acquittal"],
    phrases: [String.raw`found\s+not\s+guilty`, String.raw`cleared\s+of`],
    strictOnly: true,
  },
  {
    nouns: ["walkout", "walkouts", "stoppage"],
    phrases: [
      String.raw`walked\s+out`,
      String.raw`went\s+on\s+strike`,
      String.raw`downed\s+tools`,
      String.raw`staged\s+a\s+strike`,
    ],
    strictOnly: true,
  },
  { nouns: ["earthquake", "quake", "tremor"], strictOnly: true },
  // "The slide", as news shortens a landslide once it has named it.
  {
    nouns: [
      "landslide",
      "landslides",
      "landslip",
      "landslips",
      "mudslide",
      "mudslides",
      "rockfall",
      "rockfalls",
      "slide",
    ],
    strictOnly: true,
  },
  { nouns: ["recount", "recounts"], strictOnly: true },
  {
    verbs: ["unveiled", "unveils", "presented", "published", "outlined"],
    phrases: [String.raw`set\s+out`],
    strictOnly: true,
  },
  { verbs: ["flooded"], nouns: ["flooding"], phrases: [String.raw`burst\s+(?:its|their)\s+banks`], strictOnly: true },
  { nouns: ["landfall"], phrases: [String.raw`came\s+ashore`], strictOnly: true },
  { verbs: ["reopened", "reopens"], nouns: ["reopening"] },
  // A deal reached, told as reached or struck, agreed or sealed, in the active or the passive ("reached a
  // tentative agreement", "The deal was struck"); not its signing, which may come days later.
  {
    phrases: [
      String.raw`(?:reached|struck|agreed|clinched|sealed|hammered\s+out)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:deal|agreement|settlement|accord)`,
      // The passive told from its verb, as a verb is read (its noun would read as a thing described).
      String.raw`(?<=\b(?:deal|agreement|settlement|accord)\s+(?:was|were|had\s+been|has\s+been)\s+)(?:reached|struck|agreed|clinched|sealed|hammered\s+out)`,
    ],
    strictOnly: true,
  },
  // A ship's arrival in port, told as docked or berthed or by how it came in ("limped into Bremerhaven").
  {
    verbs: ["docked", "berthed"],
    phrases: [String.raw`(?:limped|sailed|steamed|was\s+towed|were\s+towed)\s+into`, String.raw`made\s+port`],
    strictOnly: true,
  },
  // A sale at auction, told as its price or its hammer ("sold for £2m at auction", "went under the hammer").
  {
    verbs: ["auctioned", "fetched"],
    phrases: [String.raw`sold\s+(?:\S+\s+){0,6}?at\s+auction`, String.raw`under\s+the\s+hammer`],
    strictOnly: true,
  },
];

/** Escapes a word for a pattern ("go-ahead"). */
function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}

/** Each family's strict forms as one pattern (its nouns apart, to be read as pointing back or not). */
const STRICT = FAMILIES.map((family) => ({
  told:
    family.verbs || family.phrases
      ? new RegExp(`\\b(?:${[...(family.verbs ?? []).map(literal), ...(family.phrases ?? [])].join("|")})\\b`, "gi")
      : null,
  nouns: family.nouns ? new RegExp(`\\b(?:${family.nouns.map(literal).join("|")})\\b`, "gi") : null,
}));

/**
 * Any family's strict forms, tested before the families one by one: most sentences tell none of
 * their acts, and one pass over such a sentence tells so where a pass per pattern did.
 */
const ANY_STRICT = new RegExp(
  STRICT.flatMap(({ told, nouns }) => [told, nouns].flatMap((pattern) => (pattern ? [pattern.source] : []))).join("|"),
  "i",
);

/**
 * A noun that points back to an act told elsewhere: after a definite determiner ("the", "its",
 * "Saturday's") that does not open the sentence, as in "14 hours after the pile-up", "injured in
 * Saturday's strike", "caused the Timber Rattler derailment". "The derailment happened at 3pm" and
 * "A pile-up of 41 cars" tell it.
 */
const POINTING_BACK = /\b(?:the|this|that|its|their|his|her|[\p{L}-]+['’]s)(?:\s+[\p{L}\d'’-]+){0,3}\s+$/iu;

/**
 * A noun the act's noun names a part of, not the act ("the evacuation zone", "the crash site", "the
 * death toll", "rescue teams"): what follows is another matter than the act.
 */
const MODIFIED =
  /^[\s-]+(?:zones?|areas?|sites?|scenes?|teams?|crews?|services?|centres?|centers?|orders?|notices?|plans?|routes?|victims?|tolls?|figures?|inquiry|inquiries|investigations?|investigators?|reports?|warnings?|alerts?|risks?|fears?|claims?|cases?|rules?|laws?|bills?|policy|policies|officials?|workers?)\b/i;

function pointsBack(before: string): boolean {
  const match = POINTING_BACK.exec(before);
  // Nothing but a dateline ("MILLBROOK, Tenn. (AN) —") before the determiner: the sentence's subject.
  return match !== null && /\p{Ll}/u.test(before.slice(0, match.index).replace(/\([^)]*\)/g, ""));
}

/** A capitalised word inside a sentence names a body or a place ("Mountain Rescue", "Quake Lane"), no act. */
function namesSomething(text: string, index: number): boolean {
  return index > 0 && /\p{Lu}/u.test(text[index] ?? "") && /\p{Ll}/u.test(text.slice(0, index));
}

/** An act still to come: "would evacuate", "will be approved", "plans to resign", "is due to reopen". */
const PROSPECT =
  /\b(?:will|would|shall|could|might|may|should|(?:plans?|planned|intends?|intended|hopes?|hoped|expects?|expected|aims?|aimed|promised|pledged|vowed|threatened|wants?|wanted|(?:is|are|was|were)\s+due)\s+to)\s+(?:(?:also|then|now|not|soon|formally)\s+)?(?:be\s+)?$/i;

/**
 * A participle written as an adjective, after an article or a preposition ("from flooded homes", "the
 * injured riders", "a derailed car"): it describes a thing, the act is told elsewhere.
 */
const DESCRIBING =
  /\b(?:the|a|an|its|their|from|of|into|in|on|at|for|with)\s+(?:(?:first|other|two|three|several|many|some)\s+)?$/i;

/**
 * The families of the acts a sentence tells (indexes into the list), at the strict level: its verbs
 * and phrases, not those of a prospect ("said it would evacuate 300 homes" tells no evacuation) nor a
 * participle describing a thing ("the first flooded homes"), and its nouns where they report the act
 * rather than point back to it.
 */
export function actsTold(text: string): Set<number> {
  const told = new Set<number>();
  if (!ANY_STRICT.test(text)) return told;
  STRICT.forEach((family, index) => {
    for (const match of family.told ? text.matchAll(family.told) : [])
      if (
        !namesSomething(text, match.index) &&
        !PROSPECT.test(text.slice(0, match.index)) &&
        !DESCRIBING.test(text.slice(0, match.index))
      )
        told.add(index);
    for (const match of family.nouns ? text.matchAll(family.nouns) : [])
      if (
        !namesSomething(text, match.index) &&
        !pointsBack(text.slice(0, match.index)) &&
        !MODIFIED.test(text.slice(match.index + match[0].length))
      )
        told.add(index);
  });
  return told;
}

/** The words of a sentence that tell any family's act, strict or pointing back: not what it befell. */
export function actWordsIn(text: string): string[] {
  return STRICT.flatMap((family) =>
    [family.told, family.nouns].flatMap((pattern) => (pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : [])),
  );
}

/** Each family's phrases as its first word, for the loose reading: "gave way" is "collapsed". */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = FAMILIES.flatMap((family) => {
  if (family.strictOnly) return [];
  const word = [...(family.verbs ?? []), ...(family.nouns ?? []), ...(family.loose ?? [])][0];
  if (!word) return [];
  return [...(family.phrases ?? []), ...(family.loosePhrases ?? [])].map(
    (phrase) => [new RegExp(`\\b(?:${phrase})\\b`, "gi"), word] as const,
  );
});

/** Any of PHRASES: a text holding none is given back as it is, without a pass per phrase. */
const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => pattern.source).join("|"), "i");

/** Writes a family's phrases as its one word, before the text is cut into words (the loose reading). */
export function withPhrasesAsWords(text: string): string {
  if (!ANY_PHRASE.test(text)) return text;
  let result = text;
  for (const [pattern, word] of PHRASES) result = result.replace(pattern, word);
  return result;
}

/**
 * The family word standing for a stemmed word ("injur" → "hurt"), given the stemming the caller
 * uses (the word itself when it is in no family), and whether a stemmed word is a family's word:
 * what happened, the words two outlets telling one event share once read through the families (the
 * loose reading); and whether a family tells an act (it has verbs, or its head is a verb's past form:
 * "injured", "found"), not a thing ("car", "hospital", "fire").
 */
export function synonymFamilies(stem: (word: string) => string): {
  family: (stemmed: string) => string;
  isFamilyWord: (stemmed: string) => boolean;
  isActFamily: (stemmed: string) => boolean;
} {
  const families = new Map<string, string>();
  const acts = new Set<string>();
  for (const family of FAMILIES) {
    if (family.strictOnly) continue;
    const words = [...(family.verbs ?? []), ...(family.nouns ?? []), ...(family.loose ?? [])];
    const head = stem(words[0] ?? "");
    for (const word of words) if (!families.has(stem(word))) families.set(stem(word), head);
    if (family.verbs || /ed$/.test(words[0] ?? "") || IRREGULAR_PAST_HEADS.has(words[0] ?? "")) acts.add(head);
  }
  const heads = new Set(families.values());
  return {
    family: (stemmed) => families.get(stemmed) ?? stemmed,
    isFamilyWord: (stemmed) => heads.has(stemmed),
    isActFamily: (stemmed) => acts.has(stemmed),
  };
}

/** Loose families headed by a verb's past form not in "-ed": their words tell an act, as "injured" or "the collapse" do. */
const IRREGULAR_PAST_HEADS = new Set(["hurt", "found", "struck", "won", "stolen", "began"]);
