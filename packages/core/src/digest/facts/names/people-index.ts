import type { Article } from "../../../model/index.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { oncePerTextOf } from "../../../text/once-per-text-of.js";
import { oncePerWord } from "../../../text/once-per-word.js";
import { holdsOfficeTitle, officeTitleWords } from "./office-title.js";

/** A person named in full in an article, with the roles the text gives them. */
interface PersonMention {
  articleId: string;
  /** "Maria Okafor": the name without titles. */
  name: string;
  /** Role words in lower case ("president", "minister", "chief executive"). */
  roles: string[];
  /** The nouns of the descriptions the text gives them ("a political scientist at …" → "scientist"). */
  heads: string[];
  /** The lower-case words around the name that describe them ("university president", "the student body president"). */
  described: string;
  /** Offset of the mention in the article's cleaned text. */
  start: number;
  /** Written where a place or an employer goes ("in Sutton Coldfield", "economists at Morgan Stanley"). */
  placeOrFirm?: boolean;
}

/** Resolves what an attribution gives ("Okafor", "Mr. Naim", "the minister") to a full name named earlier. */
export interface PeopleIndex {
  people: readonly PersonMention[];
  /**
   * The mentions of one article, in the order of `people`: what a reading of that article searches,
   * without going through every article's (a story of 200 articles has thousands).
   */
  inArticle(articleId: string): readonly PersonMention[];
  /** The full name a reference stands for, searched before `position` in the article, then in the whole story; null when none fits. */
  resolve(reference: string, articleId: string, position: number): string | null;
  /** The last person named in full in the article before `position`. */
  lastBefore(articleId: string, position: number): PersonMention | null;
  /**
   * The one person of the story whose first name this is ("Carys" → "Carys Lloyd"), when no one has it
   * as a surname; with an article and a position, only among those that article named before it.
   */
  resolveGivenName(name: string, articleId?: string, position?: number): string | null;
  /** "Kip said" in a story naming "Kip and Mona Lisa Harding" in another article: Kip Harding, when no one else of the story has that given name. */
  resolveCoupleMember(name: string): string | null;
  /** "the elder Keller", "the younger Keller": of two people of one surname, the older or the younger one. */
  resolveElder(surname: string, elder: boolean): string | null;
  /**
   * "Carver Power's chief executive": the one person of the story given that office with that
   * organisation named beside them in the same sentence ("said Carver Power's chief executive, Michelle
   * Tran"), not a former holder; null when none or several.
   */
  resolveOfficeOf(organisation: string, office: string): string | null;
  /** Whether the texts show a person to be a man or a woman (a kinship noun, an honorific, "said she"); null when they do not, or disagree. */
  genderOf(name: string): Gender | null;
}

/** What "he" and "she", "Mr" and "Ms" tell about a person. */
type Gender = "male" | "female";

/** Capitalised words that are titles or descriptions, never part of a name ("Labour Minister Helen Strand"). */
export const TITLE_WORDS = new Set(
  (
    "president vice prime minister secretary state spokesman spokeswoman spokesperson chief executive director general " +
    "senator sen rep gov governor mayor judge justice chairman chairwoman chair leader commissioner ambassador officer " +
    "mr mrs ms dr prof professor sir dame lord lady king queen prince princess pope rev father sheikh emir " +
    "labour labor foreign defence defense health finance interior home trade economy education justice transport " +
    "union party house senate congress council parliament ministry department agency authority police army " +
    "deputy acting former interim special rapporteur envoy adviser advisor negotiator mediator commander colonel " +
    "captain lieutenant sergeant major admiral founder head chancellor premier ceo cfo coo attorney lawyer " +
    "un us u.s. uk eu nato official officials according mp mep sgt liberal conservative democrat republican " +
    "democratic guitarist singer actor actress rapper coach resident residents volunteer coordinator witness " +
    "firefighter nurse student teacher farmer driver owner neighbour neighbor analyst legal speaker capt col lt gen maj cmdr adm " +
    "prosecutor barrister solicitor magistrate detective inspector superintendent constable councillor cllr councilman " +
    // British police ranks as papers shorten them ("Insp Karen Walsh", "Det Supt …", "Ch Insp …", "PC …").
    "insp supt det ch pc dci " +
    "councilwoman alderman challenger incumbent candidate nominee supervisor sheriff coroner marshal treasurer " +
    // Judicial and official offices written before a name ("Recorder Paul Whitfield", "Lord Advocate …").
    "recorder registrar advocate ombudsman comptroller auditor prefect consul archbishop cardinal rector provost " +
    // Ranks written before a name ("Group Manager Idris Pellow" of a fire service, "Station Manager …").
    "manager " +
    // State troopers and soldiers' ranks ("Trooper Mike Dunbar", "Cpl Ana Ruiz").
    "trooper corporal cpl pte"
  ).split(" "),
);

/**
 * Occupations and the kin words families call someone by ("Baker Sunita Rao", "Gran Maureen Tate")
 * written before a name like a title; many are surnames or given names too, so only dropped from a longer run.
 */
const OCCUPATION =
  /^(?:librarian|curator|archivist|caretaker|janitor|technician|physician|representative|congressman|congresswoman|assemblyman|assemblywoman|lawmaker|legislator|passenger|reader|customer|shopper|commuter|traveller|traveler|spectator|fan|supporter|voter|patient|visitor|baker|butcher|shopkeeper|grocer|fisherman|fisher|farmer|builder|plumber|electrician|mechanic|carpenter|painter|cook|chef|waiter|waitress|cleaner|porter|miner|engineer|pilot|sailor|soldier|officer|constable|detective|inspector|doctor|surgeon|nurse|paramedic|pharmacist|vet|teacher|headteacher|principal|pastor|priest|imam|rabbi|vicar|bishop|farmworker|dockworker|shopworker|worker|landlord|tenant|owner|homeowner|shopowner|publican|councillor|councilman|councilwoman|alderman|trustee|author|writer|novelist|poet|artist|photographer|musician|composer|producer|director|designer|architect|economist|historian|scientist|researcher|activist|campaigner|organiser|organizer|survivor|victim|veteran|retiree|pensioner|mother|father|grandmother|grandfather|widow|gran|granny|grannie|grandma|grandad|granddad|grandpa|nan|nana|nanna|auntie|aunty|aunt|uncle|mum|mam|mom|dad|neighbour|neighbor|striker|midfielder|defender|goalkeeper|keeper|winger|forward|quarterback|pitcher|batsman|bowler|jockey|cyclist|sprinter|swimmer|boxer|golfer|skipper|manager|newsagent|hairdresser|barber|bartender|barman|barmaid|gardener|jeweller|jeweler|tailor|optician|solicitor|accountant|lecturer|tutor|driver|cabbie|postman|postwoman|courier|ranger|warden|lifeguard|landlady|vendor|trader|dealer|auctioneer|undertaker|locksmith|blacksmith|roofer|bricklayer|glazier|decorator|stylist)$/i;

/** The kinds of storm a weather service names: what follows is a storm's name, not a person's. */
const STORM =
  /^(?:(?:Tropical|Post-Tropical|Subtropical|Winter)\s+Storm|(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone)|Tropical\s+Depression)\s/;

/** Members of a party in the plural: "Republicans", "Tories". */
const PARTY_MEMBERS =
  /^(?:Republicans|Democrats|Conservatives|Liberals|Tories|Socialists|Nationalists|Unionists|Greens|Libertarians|Progressives)$/;

/** "on Christmas Eve", "by Boxing Day": days of the calendar written like a given name and a surname. */
const HOLIDAY =
  /^(?:Christmas|Easter|Boxing|Memorial|Labou?r|Independence|Thanksgiving|Veterans|Presidents|Mother['’]s|Father['’]s|Valentine['’]s|New\s+Year['’]s|Ash|Good|Palm|Remembrance|Armistice|Halloween|Midsummer|May)\s+(?:Eve|Day|Sunday|Monday|Friday|Wednesday|Weekend)$/;

/** Built once: a \p{…} literal in a function is rebuilt each call where the build lowers it (esbuild for Node 20). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** "Farmers", "Nurses": an occupation in the plural, never a given name. */
function isOccupationPlural(token: string): boolean {
  return CAPITALISED_PLURAL.test(token) && OCCUPATION.test(token.slice(0, -1));
}

/** A noun of someone who does a thing, built on another word: "Holidaymaker", "Beachcomber", "Theatregoer", "Birdwatcher". */
const COMPOUND_DOER =
  /^\p{Lu}\p{Ll}{2,}(?:maker|comber|goer|walker|watcher|spotter|seeker|keeper|holder|dweller|rider|runner|worker|owner|lover|hunter|gatherer|trader|grower|breeder|fighter|minder|sitter|picker|diver|swimmer|boarder|skier|climber)$/u;

/** Nouns that name a role: "the minister said" stands for the person earlier called minister. */
const ROLE =
  "(?:president|minister|secretary|spokes(?:man|woman|person)|chief executive|executive|chief|director|senator|governor|mayor|judge|chair(?:man|woman)?|leader|commissioner|ambassador|officer|official|mediator|negotiator|envoy|adviser|advisor|diplomat|economist|analyst|professor|founder|head|chancellor|premier|commander|general|lawyer|attorney|prosecutor|manager|organi[sz]er|representative|rapporteur|ceo|coroner|superintendent|moderator|captain|skipper|provost|rector|constable|sheriff|headteacher|supervisor)";
/** Words that make a capitalised run an organisation or a place, not a person ("Loud Records", "Queensbridge Houses"). */
const ORGANISATION_WORD =
  /^(?:AI|Securities|Capital|Rail|Railways?|Airways|Insurance|Investments|Consulting|Analytics|Logistics|Pharmaceuticals|Chemicals|Industries|Materials|Polymers|Plastics|Petroleum|Biologics|Therapeutics|Biosciences|Manufacturing|Shipping|Mining|Tribunal|Inc|Corp|Co|Ltd|LLC|News|Records|Houses?|Times|Post|Group|University|College|School|Party|Council|Committee|Company|Bank|Association|Foundation|Institute|Agency|Department|Ministry|Police|Court|Network|Radio|TV|Television|Street|Road|Avenue|Park|Tomatoes|Hospital|Airport|Station|Center|Centre|Club|Church|Museum|Awards?|Festival|Service|Services|Media|Press|Magazine|Journal|Herald|Tribune|Daily|Channel|Studios?|Pictures|Entertainment|Technologies|Systems|Labs?|Partners|Holdings|Airlines|Motors|Energy|Fund|Trust|Federation|League|Team|FC|Reserve|Bureau|Office|Commission|Board|Authority|Terminals|Port|Chamber|Commerce|Realty|States|Kingdom|Republic|City|County|Valley|Islands?|Mountains?|River|Lake|Sea|Ocean|Gulf|Bay|Beach|Coast|Square|Hall|Tower|Building|Bridge|Gazette|Ledger|Wire|Online|LLP|PLC|Command|Corps|Diversity|Coalition|Alliance|Initiative|Project|Society|Union|Facebook|Google|Twitter|Instagram|YouTube|Netflix|Amazon|Apple|Microsoft)$/;
/** Nouns of kinship: a person described so shares a surname with the one the story is about. */
const KIN_NOUN =
  /^(?:mother|father|wife|husband|sister|brother|son|daughter|widow|widower|grandmother|grandfather|granddaughter|grandson|aunt|uncle|cousin|niece|nephew|stepmother|stepfather|stepson|stepdaughter)$/;
/** Nouns of people who hold no office, whom a title of office before their surname is not about. */
const PRIVATE_PERSON =
  /^(?:volunteer|resident|neighbou?r|parent|pupil|student|passenger|customer|patient|visitor|shopper|commuter|tenant|pensioner|retiree|relation|relative)$/;
/** Words of places that are common surnames too ("Linda Park", "Joe Hall"). */
const SURNAME_TOO = /^(?:Park|Hall|Church|Street)$/;
/** Whether a capitalised word makes a run an organisation's or a place's name ("Bank", "Airlines", "Court"). */
export function isOrganisationWord(token: string): boolean {
  return ORGANISATION_WORD.test(token);
}
/** Words that make an office someone's past one ("former chief executive", "the then-chairman"). */
const FORMER = /(?<![\p{L}])(?:former|ex|then|outgoing|previous|late|onetime|one-time)(?![\p{L}])/u;
const GENERIC_ROLE = /^(?:official|officer|source|diplomat|analyst|representative|head)$/;

/** Roles anyone unnamed can hold ("the official", "the source"): a later "the official" is too often someone else. */
export function isGenericRole(noun: string): boolean {
  return GENERIC_ROLE.test(noun.toLowerCase());
}
/** "vice chairman", "deputy leader": a second office under the first, read with its qualifier. */
const DEPUTY = "(?:vice|deputy|assistant|associate)";
const ROLE_PATTERN = new RegExp(`\\b(?:${DEPUTY}[\\s-]+)?${ROLE}\\b`, "gi");
const DEPUTY_ROLE = new RegExp(`^${DEPUTY}[\\s-]`);
/**
 * Whether an office given holds the role a reference names: a chief executive is an executive, but a
 * vice chairman or a deputy leader is not "the chairman" or "the leader".
 */
function holdsRole(given: string, role: string): boolean {
  return given === role || (given.endsWith(` ${role}`) && !DEPUTY_ROLE.test(given));
}
/**
 * Lower-case particles inside names ("Pieter van der Linde", "Karim bin Rashid", "Ingrid de la
 * Cruz"): part of the surname, which a later reference gives with them ("van der Linde said").
 */
export const NAME_PARTICLE =
  "(?:bin|binti|bint|ibn|ben|al|el|de|del|della|der|den|des|van|von|da|das|dos|di|du|le|la|ter|ten|zu)";
const PARTICLE = new RegExp(`^${NAME_PARTICLE}$`);
/** Particles that open a surname written with a capital ("Mac Suibhne", "Van Rompuy", "Le Pen", "Ó Briain", "Di Maio"). */
const CAPITALISED_PARTICLE =
  /^(?:Mac|Mc|Nic|Ní|Ó|Ua|Van|Von|Vander|De|Del|Della|Di|Da|Dos|Das|Du|Le|La|Ter|Ten|Bin|Ibn|Abu|St\.?)$/u;
/** A surname alone, with its particles: "Okafor", "van der Linde", "Van der Linde", "bin Rashid". */
const SURNAME_ONLY = new RegExp(`^(?:${NAME_PARTICLE}\\s+)*(?:${NAME_PARTICLE}-)?\\p{Lu}[\\p{L}’'-]+$`, "u");

/** Particles only surnames open with, capitalised at a sentence's start ("De Boer", "Van der Linde"). */
const SENTENCE_CAPITALISED_PARTICLE = /^(?:De|Van|Von|Le|La|Du|Di|Del|Della|Der|Den|Ter|Ten)$/;

/** Whether a reference is a surname alone (with any particles), not a full name ("Al Michaels" is one). */
export function isSurnameOnly(reference: string): boolean {
  const tokens = reference.trim().split(/\s+/);
  // "Van der Linde" opening a sentence: a capitalised particle before a lower-case one.
  if (tokens.length > 2 && PARTICLE.test(tokens[0]!.toLowerCase()) && PARTICLE.test(tokens[1]!))
    tokens[0] = tokens[0]!.toLowerCase();
  // "De Boer said" opening a sentence: "Marit de Boer"'s surname with its particle capitalised (never
  // a particle that is also a given name: "Al Michaels", "Ben Smith" are full names).
  if (tokens.length === 2 && SENTENCE_CAPITALISED_PARTICLE.test(tokens[0]!)) tokens[0] = tokens[0]!.toLowerCase();
  return SURNAME_ONLY.test(tokens.join(" "));
}
const NAME_TOKEN = `(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|St|Capt|Col|Lt|Gen|Maj|Cmdr|Adm|Sgt|Rev)\\.|[A-Z]\\.|[A-Z][\\p{L}’'-]+|${NAME_PARTICLE}-[A-Z][\\p{L}’'-]+|${NAME_PARTICLE}(?![\\p{L}-]))`;
/**
 * Two to six capitalised tokens (particles allowed inside): a candidate name with titles in front.
 * Never over a line break: "Photograph: AP¶¶Allen, who …" and a caption's "Stringer¶¶L. Lin Wood";
 * never from inside a word, whose end may be a particle ("minister Karen Lyle" is no "ter Karen Lyle").
 */
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}’'-])${NAME_TOKEN}(?:[^\\S\\n]+${NAME_TOKEN}){1,7}`, "gu");
/**
 * Honours, offices and degrees written after a name: "KC", "MSP", "OBE". Not "Jr" or "Sr": they tell
 * a father from his son of the same name ("DeOrr Kunz Sr." and "DeOrr Kunz Jr.").
 */
export const POST_NOMINALS = /(?:[^\S\n]+(?:KC|QC|SC|MP|MSP|MEP|OBE|MBE|CBE|PhD))+$/u;
/**
 * Words opening a sentence before a name: "Even Anastasio is giddy" names Anastasio; so does a
 * participle ("Having Jackman host the show", "Asked whether …": a list, not a rule on "-ing", as
 * Sterling, Channing and Irving are first names), or a question's verb ("Could Obama …"; not "Will",
 * a first name).
 */
const NOT_A_NAME =
  /^(?:Having|Being|Getting|Letting|Making|Seeing|Taking|Giving|Keeping|Putting|Bringing|Hearing|Watching|Following|Asking|Asked|Adding|Calling|Noting|Saying|Speaking|Citing|Describing|Responding|Referring|Praising|Thanking|Welcoming|Blaming|Accusing|Joining|Replacing|Naming|Choosing|Hiring|Signing|Beating|Facing|Meeting|Visiting|Leaving|Sending|Backing|Defending|Quoting|Unlike|Like|Despite|Could|Would|Should|Can|Did|Does|Is|Are|Was|Were|Why|How|What|Where|Which|Whether|Though|Although|Because|Unless|Until|Perhaps|Maybe|The|A|An|This|That|These|Those|It|He|She|They|We|I|In|On|At|But|And|Or|If|When|While|After|Before|Since|As|For|From|With|By|Of|To|Even|Also|Still|Yet|Now|Then|So|Only|Just|Meanwhile|However|Indeed|Instead|Today|Yesterday|Here|There|Both|Not|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Title words that are common surnames too: "Jeff King", "Ruth Bishop", "Paul Major". */
export const SURNAME_TITLE = /^(?:King|Bishop|Judge|Major|Dean|Marshal|Marshall|Prior|Sheriff|Abbott|Pope|Knight)$/;
/** Words that make the title after them an office: "Deputy Judge", "Field Marshal", "Prince Bishop". */
const OFFICE_QUALIFIER =
  /^(?:Deputy|Vice|Acting|Former|Chief|High|Lord|Grand|Field|Auxiliary|Assistant|Prince|Sergeant|Drum|Provost|Air|Fire|Town|County|Circuit|District|Federal|Appeals|Supreme|Senior|Junior|Burger|Lion|Sun|Tiger|Snow)$/;

/** Whether a token is a title word: every name run asks it of each of its words, and a story repeats its names. */
const isTitle = oncePerWord(isTitleWord);

function isTitleWord(token: string): boolean {
  return token
    .toLowerCase()
    .replace(/\.$/, "")
    .split("-")
    .some((part) => TITLE_WORDS.has(part));
}

/**
 * Splits "Labour Minister Helen Strand" into the name ("Helen Strand") and its title words. A name
 * is the capitalised tokens after the last title word, and needs two tokens (a single one is a
 * surname or an organisation).
 */
export function splitTitledName(run: string, describedAsPerson = false): { name: string; title: string } | null {
  let all = run.replace(/['’]s$/, "").split(/\s+/);
  let lastOf = all.lastIndexOf("of");
  // "Melodye Shore of Laguna Niguel": a name, then where the person is from.
  if (lastOf > 0 && !all.slice(0, lastOf).every(isTitle)) {
    all = all.slice(0, lastOf);
    lastOf = all.lastIndexOf("of");
  }
  // "Mayor of London Sadiq Khan", "Secretary of State Antony Blinken": what follows "of" up to the name is the office.
  const tokens = lastOf >= 0 ? all.slice(lastOf + 2) : all;

  // "Jeff King", "Anna Bishop": a title word that is also a common surname ends a name after a given
  // name (never after an office's own word: "Deputy Judge", "Prince Bishop").
  const surnameTitle =
    tokens.length >= 2 &&
    SURNAME_TITLE.test(tokens[tokens.length - 1]!) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[tokens.length - 2]!) &&
    !isTitle(tokens[tokens.length - 2]!) &&
    !NOT_A_NAME.test(tokens[tokens.length - 2]!) &&
    !OFFICE_QUALIFIER.test(tokens[tokens.length - 2]!);
  let first = surnameTitle ? tokens.length - 1 : tokens.length;
  // "Reunion Pictures' Matthew O'Connor": a possessive owner before the name is no part of it.
  while (
    first > 0 &&
    !isTitle(tokens[first - 1]!) &&
    !NOT_A_NAME.test(tokens[first - 1]!) &&
    !/(?:['’]s|s['’])$/.test(tokens[first - 1]!)
  )
    first -= 1;
  const nameTokens = tokens.slice(first);
  // "Arizona Republicans McCain and Jeff Flake", "Labour MPs …": the members of a party or a trade, in
  // the plural, describe the name after them and are never inside one.
  const plural = nameTokens.findLastIndex(
    (token, index) => index < nameTokens.length - 1 && (PARTY_MEMBERS.test(token) || isOccupationPlural(token)),
  );
  if (plural >= 0) nameTokens.splice(0, plural + 1);
  // A capitalised particle before a lower-case one opens a sentence ("Van der Linde said"): a surname.
  if (nameTokens.length > 1 && PARTICLE.test(nameTokens[0]!.toLowerCase()) && PARTICLE.test(nameTokens[1]!))
    nameTokens.shift();
  while (nameTokens.length > 0 && PARTICLE.test(nameTokens[0]!)) nameTokens.shift();
  while (nameTokens.length > 0 && PARTICLE.test(nameTokens[nameTokens.length - 1]!)) nameTokens.pop();
  // "Baker Sunita Rao", "Fisherman Tom Hale": an occupation opening a run of three is a description,
  // not a first name (two tokens stay a name: "James Baker", "Baker Mayfield").
  // So does a noun of a trade in "-ist" ("Volcanologist Marc Tusell", "Economist …"), and a compound of
  // a doer ("Holidaymaker Gemma Price", "Beachcomber Tom Reyes", "Dogwalker …"): no given name ends so.
  while (
    nameTokens.length >= 3 &&
    (OCCUPATION.test(nameTokens[0]!) ||
      isOccupationPlural(nameTokens[0]!) ||
      /^\p{Lu}\p{Ll}{3,}ists?$/u.test(nameTokens[0]!) ||
      COMPOUND_DOER.test(nameTokens[0]!))
  )
    nameTokens.shift();
  // "Farmers Kip and Mona Lisa Harding", "Owners Kip and …": an occupation in the plural is never a
  // given name, even before a single word.
  if (nameTokens.length === 2 && isOccupationPlural(nameTokens[0]!)) nameTokens.shift();
  if (nameTokens.length < 2 || nameTokens.length > 6) return null;
  // "Supervisor Linda Park", "Councillor Joe Hall", "finance director Ruth Hall": after a title or a
  // person's role, a last word that names places is also a common surname.
  const titled = (first > 0 && isTitle(tokens[first - 1]!)) || describedAsPerson;
  if (
    nameTokens.some(
      (token, index) =>
        (ORGANISATION_WORD.test(token) && !(titled && index === nameTokens.length - 1 && SURNAME_TOO.test(token))) ||
        /['’](?:re|ll|ve|d|m)$|n['’]t$/i.test(token),
    )
  )
    return null;
  if (nameTokens.some((token) => /^[A-Z]{2,}$/.test(token) && token.length > 3)) return null; // "NATO", "IDF"
  return {
    name: nameTokens.join(" "),
    title: [...all.slice(0, lastOf >= 0 ? lastOf + 2 : 0), ...tokens.slice(0, first)].join(" "),
  };
}

/**
 * The noun a lower-case description ends on before what qualifies it ("a political scientist at
 * Bramford University" → "scientist"), so that "the political scientist" later finds that person
 * even when the noun is no role word known in advance.
 */
function headOf(description: string): string[] {
  // "the union's Clyde organiser and Mick Doran's nephew": two descriptions joined, each with its noun.
  return description.split(/\s+and\s+(?=(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s)/u).flatMap((part) => {
    const core = part.split(/\s+(?:at|of|for|in|with|from|who|which|that|on|to|and|since)\s/)[0]!.trim();
    const head = /([a-z][a-z-]+)$/.exec(core)?.[1];
    return head && head.length > 2 && !/(?:ly|ing|ed)$/.test(head) ? [head] : [];
  });
}

/**
 * Where no person is written: after "in", "near", "outside", the name ending its phrase (a place: "the
 * footbridge in Sutton Coldfield, which", "… in Ashby Parva collapsed"; not "the judge in Amanda Knox retrial"), after "at"
 * following someone's job ("an economist at Morgan Stanley") or after "audited by" (a firm).
 */
const PLACE_BEFORE = /\b(?:in|near|outside|across|throughout)\s+(?:the\s+)?$/i;
const PLACE_PHRASE_ENDS =
  /^(?:\s*(?:[,.;:)—–]|$)|\s+(?:on|in|at|and|or|to|for|from|with|by|was|were|is|are|has|had|which|where|who|that|after|before|since|last|this|earlier|when|while|but|\p{Ll}+ed)\b)/u;
const FIRM_BEFORE =
  /\b(?:(?:economists?|analysts?|strategists?|bankers?|traders?|partners?|accountants?|auditors?|staff|employees|workers)\s+at|(?:audited|advised|underwritten)\s+by)\s+(?:the\s+)?$/i;

/** The office a name's clause takes or leaves: "…, steps down as chairman", "was named as its new manager", "became chief executive". */
const OFFICE_TAKEN = new RegExp(
  `^[^\\p{Lu}.;:“”"\\n]{0,100}?\\b(?:as|became|becomes|become)\\s+(?:(?:the|its|their|his|her)\\s+)?((?:[a-z-]+\\s+){0,2}?${ROLE})\\b`,
  "u",
);

function rolesIn(text: string): string[] {
  return [...text.matchAll(ROLE_PATTERN)].map((match) => match[0].toLowerCase());
}

/**
 * The name runs of one line (see NAME_RUN), offsets in the line. A run never crosses a line break and
 * its lookarounds read one character either side, so a line's runs are the same wherever it stands:
 * each line is scanned once a digest, and rewrites and syndicated copies repeat paragraphs. The owner
 * is the digest's list of articles (see oncePerTextOf).
 */
const nameRunsOf = oncePerTextOf((line: string) =>
  [...line.matchAll(NAME_RUN)].map((match) => [match.index, match[0]] as const),
);

/** A text's name runs with their offsets in it, read line by line (see nameRunsOf). */
function* nameRuns(
  text: string,
  runsIn: (line: string) => ReadonlyArray<readonly [number, string]>,
): Generator<{ index: number; 0: string }> {
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const [at, run] of runsIn(line)) yield { index: lineStart + at, 0: run };
    lineStart += line.length + 1;
  }
}

function peopleOf(
  article: Article,
  runsIn: (line: string) => ReadonlyArray<readonly [number, string]>,
): PersonMention[] {
  const found: PersonMention[] = [];
  const text = article.text;
  for (const match of nameRuns(text, runsIn)) {
    // "Center for Biological Diversity": two capitalised words ending an organisation's name, not a
    // person ("Secretary of State Antony J. Blinken" is longer, and keeps its name).
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (/\p{Lu}[\p{L}.-]*\s+(?:for|of)\s+$/u.test(before) && match[0].split(/\s+/).length === 2) continue;
    // "Hurricane Sandy", "Tropical Storm Ana", "Typhoon Haiyan": a storm is given a person's name, but is
    // no person ("Storm" alone is a given name too: Storm Reid); nor is a holiday ("Christmas Eve").
    if (STORM.test(match[0]) || HOLIDAY.test(match[0])) continue;
    // "Fiona Baird KC", "Sam Reid MSP", "Ann Cole OBE": letters after a name are no part of it, and
    // the later "Baird said" is the surname's.
    const run = match[0].replace(POST_NOMINALS, "");
    // Roles: the title words before the name, a lower-case title just before it ("union president
    // Maria Okafor"), and an appositive after it ("Daniel Price, chief executive of …,").
    // Not a role followed by a preposition: "A lawyer for Callum Ashdown", "the former manager of
    // Callum Ashdown" are someone else.
    const leading = /\b(?:for|of|to|with|by|against|from)\s+$/.test(before)
      ? ""
      : // "Deputy leader Anna Hale": a deputy's office opening a sentence is still a deputy's.
        (/((?:(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate)[\s-]+)?(?:[a-z-]+\s+){0,2})$/.exec(before)?.[1] ?? "");
    // "according to a county supervisor, Ellen Park": a role set off before the name describes a person too.
    const setOffRole =
      /,\s*$/.test(before) &&
      rolesIn(
        before
          .slice(-30)
          .split(/[.;:“”"]/)
          .pop()!,
      ).length > 0;
    const split = splitTitledName(run, rolesIn(leading).length > 0 || setOffRole);
    if (!split) continue;
    const start = match.index + run.length - split.name.length;
    const appositive = /^,\s+((?:the|a|an)\s+)?([^,.;:“"]{2,60})[,.]/.exec(text.slice(match.index + match[0].length));
    // A description before the name, set off by a comma: "The county's fire chief, Dana Reyes, said",
    // "Ashgrove's chief executive, Robert Kinane, said".
    // (Asked only when the words before end on a comma, as every match does: the pattern is tried at
    // each position of the words before, and most names have none.)
    const described = before.trimEnd().endsWith(",")
      ? /(?:^|[.\n]\s*|\b)(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+([^,.;:“”"\n]{2,60}),\s*$/iu.exec(before)
      : null;
    // "Secretary of State Laura Brennan": a title joined by "of" or "for" is read from its first word.
    const titleHead = split.title ? /(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+$/u.exec(before)?.[1] : undefined;
    const roles = [
      ...rolesIn(titleHead ? `${titleHead} ${split.title}` : split.title),
      ...rolesIn(leading),
      ...(described ? rolesIn(described[1]!) : []),
      // "Robert Kinane, Ashgrove's chief executive, said": a lower-case role, after a possessive or not,
      // of a name of several words too ("Michelle Tran, Carver Power's chief executive,").
      // Not a clause on a source ("at Western Lakes, according to the provost's office,").
      ...(appositive &&
      /^(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+)?[a-z]/u.test(appositive[2]!) &&
      !/^(?:according|as|in|on|at|for|to|from|with|by|after|before|said|says)\b/.test(appositive[2]!)
        ? rolesIn(appositive[2]!)
        : []),
      // "Colin Ashdown, who has owned the club since 2011, steps down as chairman": an office the
      // name's own clause gives them, with no one else named between.
      ...rolesIn(
        OFFICE_TAKEN.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 140))?.[1] ?? "",
      ),
    ];
    // Only a noun phrase is a description ("Elena Marsh, a political scientist at …"), not a clause
    // ("…, recently published a paper,").
    const heads = [...(described ? headOf(described[1]!) : []), ...(appositive?.[1] ? headOf(appositive[2]!) : [])];
    const words = `${split.title} ${leading} ${described?.[1] ?? ""} ${appositive?.[2] ?? ""}`.toLowerCase();
    const after = text.slice(match.index + run.length, match.index + run.length + 20);
    const placeOrFirm =
      start === match.index &&
      ((PLACE_BEFORE.test(before) && PLACE_PHRASE_ENDS.test(after)) ||
        // "at Morgan Stanley's offices" is still the firm; "in Joe Biden's view" is a person's.
        (FIRM_BEFORE.test(before) && !/^['’]s\b/.test(after)));
    found.push({ articleId: article.id, name: split.name, roles, heads, described: words, start, placeOrFirm });
  }
  // "Ruth Calder and her husband, Iain, …", "Marta Ruiz, her son, Leo, …": a relative given a first name
  // alone carries the surname of the person just named, whose spouse or child they are.
  for (const match of KIN_NOUN_SET_OFF.test(text) ? text.matchAll(KIN_GIVEN_NAME) : []) {
    const start = match.index + match[0].length - match[2]!.length;
    const sentenceStart = Math.max(text.lastIndexOf(". ", match.index), text.lastIndexOf("\n", match.index));
    // Whose relative it is: a person named before it in the sentence, not a thing's name after "the"
    // ("Harriet Pellew, who runs the Pellew Estate with her brother, Ned": Ned Pellew).
    const named = found
      .filter(
        (person) =>
          person.start < match.index &&
          person.start > sentenceStart &&
          !/(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, person.start - 5), person.start)),
      )
      .pop();
    const surname =
      named && !named.placeOrFirm && named.name.split(/\s+/).length >= 2
        ? named.name.split(/\s+/).pop()!
        : kinSurname(text, match.index, sentenceStart, found);
    if (!surname) continue;
    const name = `${match[2]} ${surname}`;
    found.push({ articleId: article.id, name, roles: [], heads: [match[1]!], described: match[1]!, start });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The surname of the person whose relative is named by a first name alone, when no one is named in full
 * before it in its sentence: "Pugh's wife, Brenda," (a word the article uses as a surname, after a first
 * name or an honorific: "Gary's wife" tells no surname); "Gary Munro … Munro was flown off.¶His wife,
 * Karen, said" (the possessive opens the sentence, and every person the sentence before names, in full
 * or by surname, has that one surname). Undefined when the texts leave it unsure.
 */
function kinSurname(text: string, at: number, sentenceStart: number, found: PersonMention[]): string | undefined {
  const people = found.filter((person) => person.start < at && !person.placeOrFirm);
  const surnames = new Set(people.map((person) => person.name.split(/\s+/).pop()!));
  const owner = /(\p{Lu}[\p{L}’'-]+)['’]s\s+$/u.exec(text.slice(Math.max(0, at - 40), at + 3))?.[1];
  if (owner) {
    const usedAsSurname = new RegExp(
      `(?:\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?|\\p{Lu}\\p{Ll}+)\\s+${owner}(?![\\p{L}’'-])`,
      "u",
    );
    return surnames.has(owner) || usedAsSurname.test(text) ? owner : undefined;
  }
  if (!/^[\s.]*$/.test(text.slice(sentenceStart + 1, at))) return undefined;
  const previousEnd = text.slice(0, sentenceStart).trimEnd().length;
  const previousStart = Math.max(text.lastIndexOf(". ", previousEnd - 1), text.lastIndexOf("\n", previousEnd - 1));
  const previous = text.slice(previousStart + 1, previousEnd);
  const named = new Set(
    [...previous.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].map((word) => word[0]).filter((word) => surnames.has(word)),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "her husband, Iain,", "their son, Callum,", "Dmitri Sokolov's father, Pavel,": a relative named by a
 * first name alone, set off by commas.
 */
const KIN_GIVEN_NAME =
  /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?<=\p{L})['’]s)\s+(husband|wife|son|daughter|brother|sister|father|mother),\s+(\p{Lu}\p{Ll}+)(?=,|\s+(?!\p{Lu})|\.)/gu;
/**
 * What every KIN_GIVEN_NAME match holds, without its lookbehind and Unicode classes: most texts have
 * no such phrase, and this scan is about fifteen times cheaper than the full pattern's.
 */
const KIN_NOUN_SET_OFF =
  /(?:[Hh]is|[Hh]er|[Tt]heir|['’]s)\s+(?:husband|wife|son|daughter|brother|sister|father|mother),/;

/** Last word of a name, lower-cased, with the particles before it: what a later short reference uses ("Okafor", "Mr. Naim", "van der Linde"). */
function surnameOf(name: string): string {
  const tokens = name.split(/\s+/);
  let first = tokens.length - 1;
  while (first > 1 && PARTICLE.test(tokens[first - 1]!)) first -= 1;
  return tokens.slice(first).join(" ").toLowerCase();
}

/** "Ludwig van Beethoven" is also "Beethoven". */
function lastWordOf(name: string): string {
  return name.split(/\s+/).pop()!.toLowerCase();
}

/** "Mr Chen", "Ms. Chen", "Mrs Okafor": an honorific that says which of two people of one surname is meant. */
const HONORIFIC_SURNAME = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}’'-]+)/gu;

function honorificGender(honorific: string): Gender {
  return /^Mr\.?$/.test(honorific) ? "male" : "female";
}

/** Nouns that say a person's sex: kinship ("her husband, Iain", "their daughter, Meera Shah") and offices ("spokeswoman"). */
const MALE_NOUN =
  /^(?:husband|son|brother|father|dad|uncle|nephew|grandson|grandfather|grandad|granddad|widower|stepson|stepfather|boyfriend|spokesman|chairman|businessman|congressman|councilman)$/;
const FEMALE_NOUN =
  /^(?:wife|daughter|sister|mother|mum|mom|aunt|niece|granddaughter|grandmother|gran|widow|stepdaughter|stepmother|girlfriend|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman)$/;
export const genderOfNoun = (noun: string): Gender | null =>
  MALE_NOUN.test(noun) ? "male" : FEMALE_NOUN.test(noun) ? "female" : null;
/** "Ruth Calder, 44, and her husband": the possessive after a name is that person's. */
const POSSESSIVE_AFTER = /^(?:,\s+\d{1,3},)?\s+and\s+(his|her)\s/;
/** "Sean Doran, who lives in Lamlash, said he …": the pronoun of the clause a name opens. */
const PRONOUN_AFTER =
  /^(?:,[^,.;“”"\n]{1,80},)?\s+(?:said|says|told\s+[\p{L}’'-]+|added)\s+(?:that\s+|(?:as|when|after|before|while)\s+)?(he|she)\b/u;
/** The age a text gives right after a name ("Callum Calder, 14,"), or before it ("14-year-old Callum Calder"). */
const AGE_AFTER = /^,\s+(\d{1,3})[,.]/;
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$/;

/** The people named in full across a story's articles, to resolve surnames and titles in attributions. */
/**
 * Words that open a sentence before a name without being part of it: prepositions, conjunctions and
 * adverbs ("Under Bannon, the site grew"), a verb of saying put first ("Adds Weir: “…”"), words made from verbs or with a hyphen ("Long-time Putin
 * ally …", "Neighboring Ukraine"), and nouns of standing written before a name ("Host Chris Wallace").
 */
const OPENING_WORD =
  /^(?:adds|added|says|said|writes|wrote|recalls|recalled|explains|explained|under|over|yet|with|without|since|until|despite|among|amid|like|unlike|via|per|behind|beyond|near|toward|towards|through|throughout|upon|within|against|about|above|below|beside|besides|between|during|except|host|senior|junior|veteran|rookie|freshman|sophomore|\p{Ll}+-\p{Ll}[\p{L}-]*)$/u;
/** A word made from a verb or an adverb ("Neighboring", "Reportedly"): a name too at times ("Sterling"), unless the story writes it in lower case. */
const DERIVED_OPENING_WORD = /^\p{Ll}{3,}(?:ing|ed|ly)$/u;

/**
 * Whether the story's texts write a word of lower-case letters as a word of its own (no letter, mark
 * or hyphen before it, no lower-case letter or hyphen after), to tell a common word from a name. Only
 * a name opening on a word such as "Neighboring" asks, each word once: its own search finds it far
 * sooner than a list of every lower-case word of the story is made.
 */
function writesInLowerCase(articles: readonly Article[]): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      const alone = new RegExp(`(?<![\\p{L}’'-])${escapeRegExp(word)}(?![\\p{Ll}-])`, "u");
      // The pattern holds the word as written: a text without it is passed over unread.
      answer = articles.some((article) => article.text.includes(word) && alone.test(article.text));
      answers.set(word, answer);
    }
    return answer;
  };
}

/**
 * "Under Bannon, …", "Host Chris Wallace asked": a common word capitalised only because it opens the
 * sentence is no part of the name after it. Without it a name
 * of one word is a surname alone, no full name.
 */
function withoutOpeningWord(
  person: PersonMention,
  articles: readonly Article[],
  inLowerCase: (word: string) => boolean,
): PersonMention[] {
  const tokens = person.name.split(/\s+/);
  const first = tokens[0]!.toLowerCase();
  if (tokens.length < 2 || !(OPENING_WORD.test(first) || (DERIVED_OPENING_WORD.test(first) && inLowerCase(first))))
    return [person];
  const text = articles.find((article) => article.id === person.articleId)?.text ?? "";
  // The mention's offset may lag its words by a character or two (a possessive taken off): read where the name is.
  const found = text.indexOf(person.name, Math.max(0, person.start - 8));
  const at = found >= 0 && found <= person.start + 8 ? found : person.start;
  if (!/(?:^|[.!?]["”’']?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) return [person];
  if (tokens.length === 2) return [];
  const rest = tokens.slice(1).join(" ");
  return [{ ...person, name: rest, start: person.start + person.name.length - rest.length }];
}

export function buildPeopleIndex(articles: readonly Article[]): PeopleIndex {
  const runsIn = nameRunsOf(articles);
  const mentioned = articles.flatMap((article) => peopleOf(article, runsIn));
  // "the footbridge in Sutton Coldfield", "economists at Morgan Stanley": a name the story writes
  // where a place or an employer goes, and never gives a person's role or description, is no one's.
  const described = new Set(
    mentioned.filter((person) => person.roles.length > 0 || person.heads.length > 0).map((person) => person.name),
  );
  const notPeople = new Set(
    mentioned.filter((person) => person.placeOrFirm && !described.has(person.name)).map((person) => person.name),
  );
  const inLowerCase = writesInLowerCase(articles);
  const found = mentioned
    .filter((person) => !notPeople.has(person.name))
    .flatMap((person) => withoutOpeningWord(person, articles, inLowerCase));
  // "Challenger Ana Lindqvist" where the story also says "Ana Lindqvist": the first word describes
  // her (a word no list of titles can foresee), so the name is the one given alone.
  // But not "Niamh Mac Suibhne" with "Mac Suibhne" alone: a capitalised particle opens a surname
  // ("Mac Suibhne", "Van Rompuy", "Le Pen"), and the first word is her first name.
  const alone = new Set(found.map((person) => person.name));
  const shortened = found.map((person) => {
    const tokens = person.name.split(/\s+/);
    if (tokens.length < 3 || CAPITALISED_PARTICLE.test(tokens[1]!)) return person;
    const tail = tokens.slice(1).join(" ");
    return alone.has(tail) ? { ...person, name: tail, start: person.start + person.name.length - tail.length } : person;
  });
  // "Mac Suibhne" alone is a surname: the one person of the story whose full name ends so.
  const fullNames = [...new Set(shortened.map((person) => person.name))];
  const people = shortened.map((person) => {
    if (!CAPITALISED_PARTICLE.test(person.name.split(/\s+/)[0]!)) return person;
    const fuller = fullNames.filter((name) => name.endsWith(` ${person.name}`));
    return fuller.length === 1 ? { ...person, name: fuller[0]! } : person;
  });
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const byArticle = new Map<string, PersonMention[]>();
  const bySurname = new Map<string, PersonMention[]>();
  // Each person's surname and last word, read once: every reference resolved tests them against
  // the people named before it. A story names the same people again and again: each name is split once.
  const surnamesOf = new Map<PersonMention, readonly [surname: string, lastWord: string]>();
  const surnamesByName = new Map<string, readonly [surname: string, lastWord: string]>();
  const namesOf = (person: PersonMention) =>
    surnamesOf.get(person) ?? ([surnameOf(person.name), lastWordOf(person.name)] as const);
  const listUnder = (map: Map<string, PersonMention[]>, key: string, person: PersonMention) => {
    const list = map.get(key);
    if (list) list.push(person);
    else map.set(key, [person]);
  };
  for (const person of people) {
    let names = surnamesByName.get(person.name);
    if (!names) {
      names = [surnameOf(person.name), lastWordOf(person.name)];
      surnamesByName.set(person.name, names);
    }
    surnamesOf.set(person, names);
    listUnder(byArticle, person.articleId, person);
    listUnder(bySurname, names[0], person);
    if (names[1] !== names[0]) listUnder(bySurname, names[1], person);
  }

  // "Mr Chen" in an article that names only Michael Chen: he is a Mr, so a "Ms Chen" elsewhere in the
  // story is another Chen. Honorifics the text itself gives each person, never guessed from names.
  const honorifics = new Map<string, Set<Gender>>();
  const give = (name: string, honorific: string) =>
    honorifics.set(name, new Set([...(honorifics.get(name) ?? []), honorificGender(honorific)]));
  // What the texts themselves show of each person's sex and age: a kinship noun or a gendered office
  // ("her husband, Iain", "their son, Callum Calder", "spokeswoman"), a possessive ("Ruth Calder and
  // her husband"), the pronoun of their own clause ("Sean Doran … said he"), an age under 18 (no "Mr").
  const shown = new Map<string, Set<Gender>>();
  const show = (name: string, gender: Gender | null) => {
    if (gender) shown.set(name, new Set([...(shown.get(name) ?? []), gender]));
  };
  const children = new Set<string>();
  for (const person of people) {
    const text = texts.get(person.articleId) ?? "";
    const before = text.slice(Math.max(0, person.start - 60), person.start);
    const after = text.slice(person.start + person.name.length, person.start + person.name.length + 160);
    const noun = /\b([a-z]+),?\s+$/.exec(before)?.[1];
    show(person.name, noun ? genderOfNoun(noun) : null);
    for (const role of person.roles) show(person.name, genderOfNoun(role.split(" ").pop()!));
    const possessive = POSSESSIVE_AFTER.exec(after)?.[1];
    if (possessive) show(person.name, possessive === "his" ? "male" : "female");
    const pronoun = PRONOUN_AFTER.exec(after)?.[1];
    if (pronoun) show(person.name, pronoun === "he" ? "male" : "female");
    const age = AGE_AFTER.exec(after)?.[1] ?? AGE_BEFORE.exec(before)?.[1];
    if (age && Number(age) < 18) children.add(person.name);
  }
  const shownGender = (name: string): Gender | null => {
    const genders = shown.get(name);
    return genders?.size === 1 ? [...genders][0]! : null;
  };
  /** Whether "Mr", "Mrs" or "Ms" can be this person: an adult whom nothing shows to be of the other sex. */
  const honorificFits = (name: string, gender: Gender) =>
    !children.has(name) && (shownGender(name) ?? gender) === gender;
  // An article that names two people of the surname before the honorific ("Housing Minister Grace
  // Okafor …; Daniel Okafor, 34, …; Mr Okafor said"): read after those that name one, it means the
  // last one named whom the story does not call by the other honorific.
  const ambiguous: Array<{ honorific: string; named: string[] }> = [];
  for (const article of articles) {
    for (const match of article.text.matchAll(HONORIFIC_SURNAME)) {
      const surname = match[2]!.toLowerCase();
      const named = [
        ...new Set(
          (byArticle.get(article.id) ?? [])
            .filter((person) => person.start < match.index && lastWordOf(person.name) === surname)
            .map((person) => person.name),
        ),
      ];
      if (named.length === 1) give(named[0]!, match[1]!);
      else if (named.length > 1) ambiguous.push({ honorific: match[1]!, named });
      else {
        // "said Ms Mayhew" in an article that names her nowhere in full: the one person of the story of
        // that surname whom the honorific fits.
        const story = [...new Set((bySurname.get(surname) ?? []).map((person) => person.name))];
        const fitting = story.filter((name) => honorificFits(name, honorificGender(match[1]!)));
        if (story.length === 1 && fitting.length === 1) give(fitting[0]!, match[1]!);
      }
    }
  }
  for (const { honorific, named } of ambiguous) {
    const other = honorificGender(honorific) === "male" ? "female" : "male";
    const fitting = named.filter(
      (name) => !honorifics.get(name)?.has(other) && honorificFits(name, honorificGender(honorific)),
    );
    const last = fitting[fitting.length - 1];
    if (last) give(last, honorific);
  }
  /** Those of `candidates` an honorific fits: none the story calls by the other one, and only those it calls by this one when some are. */
  const fitHonorific = (candidates: PersonMention[], reference: string): PersonMention[] => {
    const wanted = /^(Mr|Mrs|Ms|Miss)\b/.exec(reference.trim())?.[1];
    if (!wanted) return candidates;
    const gender = honorificGender(wanted);
    const fitting = candidates.filter(
      (person) =>
        !honorifics.get(person.name)?.has(gender === "male" ? "female" : "male") && honorificFits(person.name, gender),
    );
    const given = fitting.filter((person) => honorifics.get(person.name)?.has(gender));
    const kept = given.length > 0 ? given : fitting;
    return kept.length > 0 ? kept : candidates;
  };
  // "the manager said" in a story of two managers: the one this article has been writing about,
  // i.e. named last before, in full or by surname.
  // Where each surname stands in each article, found once: quotes ask about the same few names often.
  const surnameAt = new Map<string, number[]>();
  const positionsOf = (articleId: string, surname: string): number[] => {
    const key = `${articleId}\u0000${surname}`;
    let positions = surnameAt.get(key);
    if (!positions) {
      const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "gu");
      positions = [...(texts.get(articleId) ?? "").matchAll(pattern)].map((match) => match.index);
      surnameAt.set(key, positions);
    }
    return positions;
  };
  const lastNamedIn = (articleId: string, position: number, candidates: PersonMention[]): string | null => {
    let best: { name: string; at: number } | null = null;
    for (const name of new Set(candidates.map((person) => person.name))) {
      const surname = name.split(/\s+/).pop()!;
      // The last mention that ends before the position, as a search of the text before it finds.
      const at = positionsOf(articleId, surname).findLast((index) => index + surname.length <= position);
      if (at === undefined) continue;
      if (best && best.at === at) return null;
      if (!best || at > best.at) best = { name, at };
    }
    return best?.name ?? null;
  };
  // "Eklund, who became chief executive in 2022, said" in an article that names neither Lars nor Tom
  // Eklund in full: the one the story gives the role this article gives the surname.
  // The roles each article gives each surname, read once.
  const rolesGiven = new Map<string, string[]>();
  const describedIn = (articleId: string, reference: string, candidates: PersonMention[]): string | null => {
    const surname = reference.trim().split(/\s+/).pop()!;
    if (!/^\p{Lu}/u.test(surname)) return null;
    const key = `${articleId}\u0000${surname}`;
    let roles = rolesGiven.get(key);
    if (!roles) {
      const pattern = new RegExp(
        `((?:[a-z-]+\\s+){0,2})(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])(?:,\\s+([^,.;:“”"\\n]{2,60})[,.])?`,
        "gu",
      );
      roles = [...(texts.get(articleId) ?? "").matchAll(pattern)].flatMap((match) => [
        ...rolesIn(match[1] ?? ""),
        ...rolesIn(match[2] ?? ""),
      ]);
      rolesGiven.set(key, roles);
    }
    if (roles.length === 0) return null;
    const fits = (given: string) => roles.some((role) => holdsRole(given, role) || holdsRole(role, given));
    const names = new Set(candidates.filter((person) => person.roles.some(fits)).map((person) => person.name));
    return names.size === 1 ? [...names][0]! : null;
  };
  const pick = (candidates: PersonMention[], reference: string): string | null => {
    // Drop whoever the story calls by the other honorific.
    candidates = fitHonorific(candidates, reference);
    const names = new Set(candidates.map((person) => person.name));
    if (names.size === 1) return candidates[0]!.name;
    // "William Taylor III" and "William W. Taylor III" are one person: the fullest form stands for all.
    const fullest = [...names].sort((a, b) => b.length - a.length)[0];
    if (fullest === undefined) return null;
    const fullestTokens = new Set(fullest.split(/\s+/));
    if ([...names].every((name) => name.split(/\s+/).every((token) => fullestTokens.has(token)))) return fullest;
    // Several people fit: the one named last (the nearest antecedent), when searching one article.
    return null;
  };
  // "Ashdown himself took the stand" in a story of Callum Ashdown and "the singer's mother, Fiona
  // Ashdown": a bare surname is the one person of it no text describes as someone's relative.
  const notRelative = (candidates: PersonMention[], reference: string): string | null => {
    if (!/^\p{Lu}[\p{L}’'-]+$/u.test(reference.trim())) return null;
    const relatives = new Set(
      candidates.filter((person) => person.heads.some((head) => KIN_NOUN.test(head))).map((person) => person.name),
    );
    if (relatives.size === 0) return null;
    const others = new Set(candidates.map((person) => person.name).filter((name) => !relatives.has(name)));
    return others.size === 1 ? [...others][0]! : null;
  };
  const matches = (
    reference: string,
  ): {
    test: (person: PersonMention) => boolean;
    pool: PersonMention[];
    sameArticleOnly?: boolean;
    /** Among several who fit, those described with the reference's own words ("the university's president"). */
    prefer?: (person: PersonMention) => boolean;
  } | null => {
    const cleaned = reference
      .replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov)\.?\s+/i, "")
      // "Cllr Haskett", "Supt Cartwright": an office's title before a surname (fitOffice reads it).
      .replace(/^(\p{L}+)\.?\s+(?=\p{Lu})/u, (title) => (officeTitleWords(title.trim()) ? "" : title))
      .replace(/^(?:the|a|an)\s+/i, "")
      .trim();
    if (cleaned.includes(" ") && isSurnameOnly(cleaned)) {
      // "van der Linde", "Van der Linde", "bin Rashid": the surname with its particles.
      const surname = cleaned.toLowerCase();
      // "Van Damme" is also the end of "Pieter Van Damme", whose capitalised particle no surname key holds.
      const test = (person: PersonMention) =>
        namesOf(person)[0] === surname || person.name.toLowerCase().endsWith(` ${surname}`);
      return { test, pool: bySurname.get(surname) ?? people.filter(test) };
    }
    const tokens = cleaned.split(/\s+/);
    // "Mac Suibhne", "Van Rompuy": a surname opening with a capitalised particle, the end of a full name.
    if (tokens.length > 1 && CAPITALISED_PARTICLE.test(tokens[0]!) && tokens.every((token) => /^\p{Lu}/u.test(token)))
      return { test: (person) => person.name.endsWith(` ${cleaned}`), pool: people };
    // "al-Harthy", "el-Sayed": a surname opening with a particle, not a description in lower case.
    const described = /^(?:the|a|an)\s/i.test(reference.trim()) || (/^[a-z]/.test(cleaned) && !isSurnameOnly(cleaned));
    const roles = rolesIn(cleaned.toLowerCase());
    // "the political scientist": no role word, but the noun of a description given in this article
    // before (never another article's: "the actress" there may be anyone).
    const head = roles.length === 0 && described ? headOf(cleaned.toLowerCase())[0] : undefined;
    if (head) return { test: (person) => person.heads.includes(head), pool: [], sameArticleOnly: true };
    if (roles.length > 0 && described) {
      // "the minister", "the union leader": the person last given that role. Roles anyone
      // unnamed can hold ("the official", "the source") are too often someone else.
      const role = roles[roles.length - 1]!;
      if (GENERIC_ROLE.test(role)) return null;
      // "the university's president", "the club chairman": the words before the role say whose.
      const qualifiers = cleaned
        .toLowerCase()
        .slice(0, cleaned.toLowerCase().lastIndexOf(role))
        .split(/\s+/)
        .map((word) => word.replace(/['’]s?$/, ""))
        .filter((word) => word.length > 2);
      return {
        test: (person) => person.roles.some((given) => holdsRole(given, role)),
        pool: people,
        prefer:
          qualifiers.length > 0
            ? (person) => qualifiers.every((word) => new RegExp(`\\b${word}\\b`).test(person.described))
            : undefined,
      };
    }
    if (tokens.length === 1 && (/^[A-Z]/.test(cleaned) || isSurnameOnly(cleaned))) {
      const word = cleaned.toLowerCase();
      return {
        test: (person) => namesOf(person)[0] === word || namesOf(person)[1] === word,
        pool: bySurname.get(word) ?? [],
      };
    }
    return null;
  };

  /**
   * "Cllr Haskett" of a councillor and a day centre's manager who share the surname: the one the story
   * gives that office, in any article; when it gives it no one, not one it describes as a private
   * person ("a volunteer at Eastgate library", someone's wife). Null when the title tells no one apart.
   */
  const fitOffice = (reference: string, test: (person: PersonMention) => boolean): Set<string> | null => {
    // "Cllr Haskett": the title before the surname.
    const words = officeTitleWords(/^(\p{L}+\.?)\s+\p{Lu}/u.exec(reference.trim())?.[1] ?? "");
    if (!words) return null;
    const named = people.filter(test);
    const names = new Set(named.map((person) => person.name));
    const holders = new Set(
      named.filter((person) => holdsOfficeTitle(person.described, words)).map((person) => person.name),
    );
    if (holders.size > 0) return holders;
    const privatePeople = new Set(
      named
        .filter((person) => person.heads.some((head) => PRIVATE_PERSON.test(head) || KIN_NOUN.test(head)))
        .map((person) => person.name),
    );
    const others = new Set([...names].filter((name) => !privatePeople.has(name)));
    return others.size > 0 && others.size < names.size ? others : null;
  };

  /**
   * "Kip and Mona Lisa Harding": a couple named with one surname after both given names; the first
   * given name carries the surname of the full name after "and" (never one after a name: "Barack
   * Obama and Hillary Clinton", "President Obama and …" are no couple; "Farmers Kip and …" is one).
   */
  const couplesOf = (name: string, pool: readonly PersonMention[]): Set<string> => {
    const names = new Set<string>();
    const couple = new RegExp(`(?:^|\\s)(?:(\\S+)\\s+)?${escapeRegExp(name)}\\s+and\\s+$`, "u");
    for (const person of pool) {
      const tokens = person.name.split(/\s+/);
      if (tokens.length < 2 || tokens.length > 4) continue;
      const text = texts.get(person.articleId) ?? "";
      const found = couple.exec(text.slice(Math.max(0, person.start - name.length - 40), person.start));
      const word = found?.[1];
      if (!found || (word && /^\p{Lu}/u.test(word) && !isOccupationPlural(word) && !NOT_A_NAME.test(word))) continue;
      names.add(`${name} ${tokens.slice(-surnameOf(person.name).split(" ").length).join(" ")}`);
    }
    return names;
  };

  // Quotes and sayings ask about the same few references again and again ("Okafor", "the minister"):
  // what a reference matches, and whom it picks among the whole story's mentions, are read once each
  // (a surname's pool is every mention of it, thousands in a story of 200 articles).
  interface Reading {
    match: NonNullable<ReturnType<typeof matches>>;
    office: Set<string> | null | undefined;
    test: (person: PersonMention) => boolean;
    story?: { candidates: PersonMention[]; picked: string | null };
  }
  const readings = new Map<string, Reading | null>();
  const readingOf = (reference: string): Reading | null => {
    let reading = readings.get(reference);
    if (reading !== undefined) return reading;
    reading = null;
    // "the King", "the Judge": an office held, never the person of that surname ("Jeff King").
    const office = /^the\s+\S+$/i.test(reference.trim()) && SURNAME_TITLE.test(reference.trim().split(/\s+/)[1]!);
    const match = office ? null : matches(reference);
    if (match) {
      const titled = officeTitleWords(/^(\p{L}+\.?)\s+\p{Lu}/u.exec(reference.trim())?.[1] ?? "") !== null;
      const holders = titled ? fitOffice(reference, match.test) : undefined;
      const test = holders ? (person: PersonMention) => match.test(person) && holders.has(person.name) : match.test;
      reading = { match, office: holders, test };
    }
    readings.set(reference, reading);
    return reading;
  };
  const storyReadingOf = (reading: Reading, reference: string) => {
    let candidates = reading.match.pool.filter(reading.test);
    const preferred = reading.match.prefer ? candidates.filter(reading.match.prefer) : [];
    if (preferred.length > 0) candidates = preferred;
    return { candidates, picked: candidates.length > 0 ? pick(candidates, reference) : null };
  };

  return {
    people,
    resolve(reference, articleId, position) {
      const reading = readingOf(reference);
      if (!reading) return null;
      const { match, office, test } = reading;
      // "Amina Farouk hugged her husband, Omar Farouk. … Mrs Farouk, 46, said": the last named whom the honorific fits.
      const earlier = fitHonorific(
        (byArticle.get(articleId) ?? []).filter((person) => person.start < position && test(person)),
        reference,
      );
      const last = earlier[earlier.length - 1];
      if (last) {
        // The role word used again for someone else after that person was named breaks the link
        // (the reference itself is one use; an appositive right after the name is not counted).
        // (Not a title before a surname: "Professor Varoufakis" names whom it means.)
        const role = office === undefined ? rolesIn(reference.toLowerCase()).pop() : undefined;
        const between = (texts.get(articleId) ?? "").slice(last.start + last.name.length + 60, position);
        const uses = role ? (between.match(new RegExp(`\\b${role}\\b`, "gi"))?.length ?? 0) : 0;
        if (uses <= 1) return last.name;
        return null;
      }
      if (match.sameArticleOnly) return null;
      reading.story ??= storyReadingOf(reading, reference);
      const { candidates, picked } = reading.story;
      // No one of that name ("Hamas said"): nothing to pick among, and no text worth searching.
      if (candidates.length === 0) return null;
      return (
        picked ??
        lastNamedIn(articleId, position, candidates) ??
        describedIn(articleId, reference, candidates) ??
        notRelative(candidates, reference)
      );
    },
    resolveGivenName(name, articleId, position) {
      if (bySurname.has(name.toLowerCase())) return null;
      const pool =
        articleId === undefined
          ? people
          : (byArticle.get(articleId) ?? []).filter((person) => person.start < (position ?? Number.POSITIVE_INFINITY));
      const names = new Set(pool.filter((person) => person.name.split(/\s+/)[0] === name).map((person) => person.name));
      for (const couple of couplesOf(name, pool)) names.add(couple);
      return names.size === 1 ? [...names][0]! : null;
    },
    resolveCoupleMember(name) {
      if (bySurname.has(name.toLowerCase())) return null;
      const couples = couplesOf(name, people);
      if (couples.size === 0) return null;
      // Anyone else of that given name makes it ambiguous ("Kip Harding" named in full is the same man).
      const names = new Set([
        ...couples,
        ...people.filter((person) => person.name.split(/\s+/)[0] === name).map((person) => person.name),
      ]);
      return names.size === 1 ? [...names][0]! : null;
    },
    resolveElder(surname, elder) {
      const names = [...new Set((bySurname.get(surname.toLowerCase()) ?? []).map((person) => person.name))];
      if (names.length !== 2) return null;
      // Their ages as the texts give them ("Tyler Keller, 31,"; "Keller, 58," after "Brandon Keller"
      // is named, and before the other is); else a child as described ("His son, Tyler Keller").
      const ages = new Map<string, number>();
      const child = new Set<string>();
      for (const [articleId, text] of texts) {
        const named = (byArticle.get(articleId) ?? []).filter((person) => names.includes(person.name));
        const ageAfter = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)},\\s+(\\d{1,3}),`, "gu");
        for (const match of text.matchAll(ageAfter)) {
          const end = match.index + surname.length;
          const before = new Set(named.filter((person) => person.start < match.index).map((person) => person.name));
          const whose =
            named.find((person) => person.start + person.name.length === end)?.name ??
            (before.size === 1 ? [...before][0] : undefined);
          if (whose) ages.set(whose, Number(match[1]));
        }
        for (const name of names)
          if (new RegExp(`\\b(?:son|daughter),\\s+${escapeRegExp(name)}\\b`, "i").test(text)) child.add(name);
      }
      const [first, second] = names as [string, string];
      const [a, b] = [ages.get(first), ages.get(second)];
      if (a !== undefined && b !== undefined && a !== b) return a > b === elder ? first : second;
      if (child.size === 1) {
        const younger = [...child][0]!;
        return elder ? names.find((name) => name !== younger)! : younger;
      }
      return null;
    },
    resolveOfficeOf(organisation, office) {
      const role = rolesIn(office).pop();
      if (!role || GENERIC_ROLE.test(role)) return null;
      const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(organisation)}(?![\\p{L}])`, "u");
      const holders = new Set<string>();
      for (const person of people) {
        if (!person.roles.some((given) => holdsRole(given, role))) continue;
        // A former holder is not who holds it now ("former chief executive Alan Pryce").
        if (FORMER.test(person.described)) continue;
        const text = texts.get(person.articleId) ?? "";
        const end = person.start + person.name.length;
        const before = text.slice(Math.max(0, person.start - 100), person.start);
        const after = text.slice(end, end + 100);
        // The sentence around the name: from the last sentence end before it to the first after it.
        const sentenceBefore = before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0));
        const sentenceAfter = after.slice(0, (after.search(/[.!?](?:\s|$)|\n/u) + 1 || after.length + 1) - 1);
        if (named.test(sentenceBefore) || named.test(sentenceAfter)) holders.add(person.name);
      }
      return holders.size === 1 ? [...holders][0]! : null;
    },
    genderOf(name) {
      const genders = new Set([...(shown.get(name) ?? []), ...(honorifics.get(name) ?? [])]);
      return genders.size === 1 ? [...genders][0]! : null;
    },
    inArticle(articleId) {
      return byArticle.get(articleId) ?? [];
    },
    lastBefore(articleId, position) {
      const earlier = (byArticle.get(articleId) ?? []).filter((person) => person.start < position);
      return earlier[earlier.length - 1] ?? null;
    },
  };
}
