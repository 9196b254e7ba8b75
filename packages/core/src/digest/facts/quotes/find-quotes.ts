import type { Citation } from "@roundup/prompts";
import type { Article } from "../../../model/index.js";
import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import { oncePerText } from "../../../text/once-per-text.js";
import {
  buildPeopleIndex,
  genderOfNoun,
  isGenericRole,
  isOrganisationWord,
  isSurnameOnly,
  NAME_PARTICLE,
  officeTitleWords,
  type PeopleIndex,
  POST_NOMINALS,
  SURNAME_TITLE,
  splitTitledName,
  TITLE_WORDS,
} from "../names/index.js";
import { curlyWireMarks } from "./curly-wire-marks.js";
import { isLabelTerm } from "./label-term.js";
import { buildOrganisationIndex, type OrganisationIndex } from "./organisation-index.js";
import { organisationByHeadNoun, organisationSubjectBefore } from "./organisation-subject.js";

/** How the text attributes a quote; `continued` is a quote right after another by the same speaker. */
type AttributionStyle =
  | "quote-name-said"
  | "quote-said-name"
  | "name-said-quote"
  | "according-to"
  | "quote-dash-name"
  | "continued"
  | "none";

/** A direct quotation found in an article, with who said it when the text says so. */
export interface QuoteMention {
  article: Article;
  /** The speaker's full name when the text gives it (here or earlier), else how it describes them ("an Israeli official"). */
  speaker: string | null;
  /** The words inside the quotation marks, verbatim. */
  text: string;
  /** Span of the quoted words in the article's cleaned text. */
  start: number;
  end: number;
  /** The sentences around the quote, inside one chunk. */
  citation: Citation;
  /** A fragment worked into the writer's sentence ("called the offer “an insult”"). */
  partial: boolean;
  style: AttributionStyle;
}

const SPEECH_VERB =
  "(?:said|says|say|told|tells|added|adds|warned|warns|stated|wrote|writes|declared|insisted|insists|explained|argued|argues|asked|replied|noted|continued|urged|vowed|promised|acknowledged|admitted|conceded|claimed|announced|tweeted|posted|recalled|predicted|cautioned|stressed|emphasi[sz]ed|complained|observed|suggested|responded|remarked|conceded|maintained|fumed|raged|sobbed|wept|joked|quipped|sighed|gushed|boasted|pleaded|snapped|exclaimed|confessed)";
/** A verb giving something a name, then at most a few words: "dubbed the gang the", "known as", "nicknamed". */
const NAME_GIVEN =
  /\b(?:dubbed|nicknamed|christened|named|called|calls?|known\s+as|billed\s+as|so-called|branded|labell?ed)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
/**
 * Verbs that work a fragment into the writer's sentence: "called the offer “an insult”"; a judge's or
 * a panel's finding is quoted so too ("Judge Simon Hartley found that the trust dismissed her “…”").
 */
const FRAGMENT_VERB = `(?:${SPEECH_VERB}|(?:found|ruled|concluded)(?=\\s+that\\b)|called|described|dismissed|branded|labell?ed|accused|praised|criticised|criticized|hailed|urged|promising|vowing|calling|describing|saying|warning|adding)`;
const NAME_TOKEN = `(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Capt|Col|Lt|Gen|Maj|Cmdr|Adm|Sgt|Rev)\\.|[A-Z]\\.|[A-Z][\\p{L}’'-]+|${NAME_PARTICLE}-[A-Z][\\p{L}’'-]+|${NAME_PARTICLE}(?![\\p{L}-]))`;
/** "of" and "for" join the words of an organisation's name ("Department for Transport"). */
const NAME = `${NAME_TOKEN}(?:\\s+(?:(?:of|for|&)\\s+)?${NAME_TOKEN}){0,7}`;
/** A lower-case word that can describe someone between an outlet or place and a name ("CNN senior political analyst David Gergen"). */
const DESCRIBING_WORD =
  "(?!(?:of|the|a|an|in|at|on|for|to|and|with|by|from|who|that|which|he|she|they|it|is|was|were|has|had)\\b)[a-z-]+";
/** The name must end there: "writes Nazi war criminal" names no one called Nazi. */
const NAME_ENDS =
  "(?=\\s*(?:[,.;:!?)—–]|$)|\\s+(?:who|of|from|in|at|on|and|as|for|to|after|before|when|while|during|said|says|told|added|wrote)\\b)";
/**
 * "the minister", "an Israeli official with knowledge of the talks", "a spokesman for the union"; never
 * "a week after she had", nor ending on a conjunction ("the committee and called …": another verb's).
 */
const NOT_IN_DESCRIPTION =
  "(?!(?:he|she|they|it|we|i|you|had|has|have|was|were|is|are|after|before|when|while|since|that|which|who)\\b)";
const DESCRIPTION = `(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+(?:(?:${NOT_IN_DESCRIPTION}[A-Za-z’'-]+|\\d{1,3}-year-old)\\s+){0,4}?(?:${NOT_IN_DESCRIPTION}(?!(?:and|or|but|nor)\\b)[a-z]+|\\d{1,3}-year-old)`;
/**
 * "a member of the union's national executive", "a senior member of the cabinet": a member is
 * described by what they belong to, to the end of the phrase.
 */
const MEMBER_OF_DESCRIPTION = `[Aa]n?\\s+(?:[a-z]+\\s+)?member\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+(?=\\s*[,.;:!?—–]|$)`;
/**
 * "a spokeswoman for Harbourline Health", "the spokesman for Stagecraft Structures": who speaks for
 * an organisation named in full (a description ending in a name, which DESCRIPTION does not read).
 */
const SPOKESPERSON_FOR = `(?:[Tt]he|[Aa]n?)\\s+(?:[a-z]+\\s+){0,2}?spokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?${NAME}`;
/** Who speaks for someone, with the one spoken for: "a spokeswoman for Harbourline", "a lawyer for Siobhan Keane". */
const SPEAKS_FOR = "(?:spokes(?:man|woman|person)|lawyer|attorney|solicitor|barrister)";
/**
 * "said a spokesman for the regulator.", "said a spokeswoman for the ambulance service": who speaks for
 * a body called by its noun, to the end of the phrase (DESCRIPTION, read lazily, stops at "for").
 */
const SPOKESPERSON_FOR_BODY = `[Aa]n?\\s+(?:[a-z]+\\s+){0,2}?spokes(?:man|woman|person)\\s+for\\s+the\\s+(?:[a-z]+\\s+){0,2}[a-z]+(?=\\s*[,.;:!?)—–]|$|\\s+(?:said|says|told|added|wrote)\\b)`;
/**
 * "A lawyer for Siobhan Keane, who denies the charge, said": the lawyer speaks, not the client named
 * before the verb (read only on the words before a speaker found so; SPEAKER stays as it is).
 */
const COUNSEL_FOR_BEFORE =
  /(?:^|\s)((?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){0,2}?(?:lawyer|attorney|solicitor|barrister)\s+for\s+)$/;
/** Kin and friends, named after the word ("his sister Carol Evans said", "her husband Tom told the BBC"). */
const KIN =
  "(?:sister|brother|mother|father|wife|husband|son|daughter|partner|widow|widower|fianc[eé]e?|girlfriend|boyfriend|friend|neighbou?r|colleague|aunt|uncle|cousin|niece|nephew|grand(?:mother|father|son|daughter)|step(?:mother|father|son|daughter))";
/**
 * What people do in the news besides holding an office: "Belgian rider Jens Vermeulen said", "pilot Greg
 * Santos said", "chief engineer Sabine Imhof told".
 */
const PEOPLE_AT_WORK =
  "(?:rider|cyclist|pilot|engineer|skipper|climber|player|runner|athlete|sailor|rower|swimmer|diver|jockey|goalkeeper|striker|midfielder|defender|firefighter|paramedic|ranger|warden|vet|keeper|curator|historian|archaeologist|geologist|architect|contractor|builder|mechanic|electrician|fisherman|controller|operator|coordinator|consultant|physician|midwife|pharmacist|headteacher|headmaster|headmistress|principal|lecturer|author|writer|artist|musician|singer|actor|actress|producer|presenter|broadcaster|photographer|editor|chef|landlord|landlady|guard|vicar|priest|pastor|bishop|guide|instructor|trainer|miner|planner|designer|entrepreneur|investor|trader|banker|accountant|caretaker|carer|protester|bystander|onlooker|eyewitness|motorist|hiker|walker|skier|holidaymaker|tourist|diner|guest)";
/**
 * A lower-case role before a name is part of the attribution, not of the name: "spokesman Matthew
 * Miller said"; so is the body the role belongs to ("Astraeon chief executive Ingrid Solberg told
 * reporters", "NTSB board member Lisa Ferraro said"); so are the nouns of people who hold no office ("my
 * fellow passenger Helen Ogundipe said", "longtime customer Ray Odom told").
 */
const ROLE_BEFORE = `(?:(?:${NAME_TOKEN}\\s+){0,3}(?:[a-z]+\\s+){0,2}(?:spokes(?:man|woman|person)|member|president|minister|secretary|official|leader|executive|director|chief|mediator|adviser|advisor|negotiator|envoy|commander|captain|officer|chair(?:man|woman)?|head|manager|coach|governor|mayor|judge|prosecutor|lawyer|attorney|analyst|economist|researcher|scientist|professor|inspector|superintendent|founder|commissioner|ambassador|councillor|detective|sergeant|lieutenant|colonel|general|admiral|expert|strategist|doctor|surgeon|nurse|teacher|witness|resident|survivor|volunteer|owner|worker|passenger|traveller|traveler|commuter|customer|shopper|patient|visitor|tenant|pensioner|parent|pupil|student|fan|spectator|driver|farmer|organi[sz]er|campaigner|activist|lawmaker|senator|congressman|congresswoman|representative|candidate|reporter|correspondent|journalist|columnist|${PEOPLE_AT_WORK}|${KIN})\\s+)?`;
/**
 * Lower-case words before a title are the attribution's too: "state Sen. Gary Holt", "Democratic state
 * Rep. Ana Ruiz", "former Gov. Al Hart", and before a title written out ("university President Helen
 * Marchetti", "state Attorney General Maria Esposito"), which nameFrom takes off the name.
 */
const BEFORE_TITLE = `(?:(?:${NAME_TOKEN}\\s+)?(?:[a-z]+\\s+){1,2}(?=(?:Sen|Rep|Gov|Gen|Adm|Col|Capt|Lt|Maj|Sgt|Dr|Prof|Rev)\\.\\s|(?:President|Chancellor|Provost|Dean|Chief|Attorney|Secretary|Minister|Mayor|Governor|Director|Chair(?:man|woman)?|Commissioner|Superintendent|Judge|Coach|Captain|Senator)\\s+\\p{Lu}))?`;
/**
 * A country's or a body's initials before a title: "U.S. Attorney Laura Brennan", "U.N. Secretary-General
 * …", with a word that qualifies the office before them ("Assistant U.S. Attorney Dana Whitfield").
 */
const INITIALS_BEFORE =
  "(?:(?:(?:Assistant|Deputy|Acting|Former|Interim|Special|Chief|Senior)\\s+)?(?:[A-Z]\\.){2,}\\s+(?=\\p{Lu}))?";
/**
 * "the Department for Transport said": an organisation's name after "the" (resolveSpeaker keeps only
 * those), initials and all ("the U.S. State Department").
 */
/**
 * "Carver Power's chief executive", "the council's housing director": an office of an organisation
 * named, its holder left unnamed (resolveSpeaker finds them where another article names them).
 */
const ORGANISATION_OFFICE =
  "(?:chief executive|executive|president|chair(?:man|woman|person)?|director|founder|manager|head|leader|owner|spokes(?:man|woman|person)|secretary|commissioner|chief)";
const OFFICE_OF_NAMED = `${NAME}['’]s\\s+(?:[a-z]+\\s+){0,2}?${ORGANISATION_OFFICE}(?![\\p{L}-])`;
const OFFICE_OF_NAMED_WHOLE = new RegExp(`^(${NAME})['’]s\\s+((?:[a-z]+\\s+){0,2}?${ORGANISATION_OFFICE})$`, "u");
const SPEAKER = `${ROLE_BEFORE}${BEFORE_TITLE}${INITIALS_BEFORE}(${OFFICE_OF_NAMED}|${NAME}|[Tt]he\\s+(?:(?:[A-Z]\\.){2,}\\s+|(?:elder|younger)\\s+)?${NAME}|${SPOKESPERSON_FOR}|${SPOKESPERSON_FOR_BODY}|${MEMBER_OF_DESCRIPTION}|${DESCRIPTION}|he|she|they)`;
/**
 * An aside set off by commas; a comma between digits is a figure's ("whose mother lost £86,000,"), one
 * before a year a date's ("whose city was hit by a tornado on May 22, 2011,").
 * An age may come first ("Daniel Okafor, 34, who has lived there six years, said", "Donald Reid, now 88,
 * speaking to the BBC, said"). A relative clause can be long ("whose 2021 book 'The Plunder Ledger' traced the works' route from
 * Benin City to Connecticut,").
 */
const APPOSITIVE =
  '(?:,\\s+(?:now\\s+|aged\\s+)?\\d{1,3}(?=,\\s+\\p{Ll}))?(?:,\\s+(?:[^,“”"]|(?<=\\d),(?=\\d|\\s\\d{4}\\b)){1,120},)?';

/**
 * A pattern tried only on text ending as each of its matches does (`ending`: a comma and a verb, "who
 * said", then no quotation mark up to the quote): a test far cheaper than the pattern's backtracking
 * through every name of a sentence before it fails.
 */
function endingIn(ending: string, pattern: RegExp): { exec(text: string): RegExpExecArray | null } {
  const end = new RegExp(`${ending}$`, pattern.flags);
  return { exec: (text) => (end.test(text) ? pattern.exec(text) : null) };
}

/**
 * A pattern tried only on text where `required`, which every match of it holds, matches. A pattern
 * built on SPEAKER takes V8 up to a few hundred milliseconds to compile on its first use in the
 * process, and a story whose words never come near one (no "according to" before any quote) need
 * not pay for it.
 */
function containing(required: RegExp, pattern: RegExp): { exec(text: string): RegExpExecArray | null } {
  return { exec: (text) => (required.test(text) ? pattern.exec(text) : null) };
}
/** What every match of the "according to" patterns holds, in any case. */
const ACCORDING_TO = /according\s+to/iu;

const AFTER_NAME_VERB = new RegExp(`^[,.!?]?\\s*${SPEAKER}${APPOSITIVE}\\s+${SPEECH_VERB}\\b`, "u");
/**
 * The same in a past before the story's ("“…,” Pascoe had told the jury"), right after the quote
 * (auxiliaryAttributionAfter asks for a comma closing it); not when the verb has a clause of its own ("“…,”
 * Meyer has insisted that she …", after an article's title): that is a sentence of its own.
 */
const AFTER_NAME_AUXILIARY_VERB = new RegExp(
  `^\\s*${SPEAKER}${APPOSITIVE}\\s+(?:had|has|have)\\s+(?:(?:also|earlier|previously|repeatedly)\\s+)?${SPEECH_VERB}\\b(?!\\s+that\\b)`,
  "u",
);
/** How a speech verb opens the words after a quote: "“…,” said …". */
const VERB_FIRST = new RegExp(`^[,.!?]?\\s*${SPEECH_VERB}\\s+`, "u");
const AFTER_VERB_NAME = containing(VERB_FIRST, new RegExp(`^[,.!?]?\\s*${SPEECH_VERB}\\s+${SPEAKER}${NAME_ENDS}`, "u"));
/** "“…,” a nurse who asked not to be named said": an unnamed source, a relative clause on them, then the verb. */
const AFTER_DESCRIPTION_WHO_VERB = new RegExp(
  `^[,.!?]?\\s*([Aa]n?\\s+(?:${NOT_IN_DESCRIPTION}[a-z-]+\\s+){0,3}?${NOT_IN_DESCRIPTION}[a-z-]+)\\s+who\\s+[^,.;:“”"\\n]{1,60}?\\s+${SPEECH_VERB}\\b`,
  "u",
);
/**
 * "said Anaheim resident Joe Castaneda", "said CNN senior political analyst David Gergen", "said Year 6
 * pupil Meera Shah", "said the dealer Tobias Grant".
 */
const AFTER_VERB_DESCRIBED_NAME = containing(
  VERB_FIRST,
  new RegExp(
    `^[,.!?]?\\s*${SPEECH_VERB}\\s+(?:${NAME}(?:\\s+\\d{1,4})?\\s+|the\\s+)?(?:${DESCRIBING_WORD}\\s+){1,4}(${NAME})${NAME_ENDS}`,
    "u",
  ),
);
/**
 * "“…,” union steward Carla Fenn said", "“…,” lead investigator Priya Samant told the committee": after
 * a quote, lower-case words before a name and its speech verb describe the speaker, whatever the role
 * (as after a verb: AFTER_VERB_DESCRIBED_NAME); a joining word opens no description ("“…,” but Fenn said").
 */
const AFTER_DESCRIBED_NAME_VERB = new RegExp(
  `^[,.!?]?\\s*(?:${NAME}(?:\\s+\\d{1,4})?\\s+)?(?:(?!(?:but|or|nor|so|yet|as|while|when|if|then|also|not|even|just|only)\\b)${DESCRIBING_WORD}\\s+){1,4}(${NAME})${APPOSITIVE}\\s+${SPEECH_VERB}\\b`,
  "u",
);
/** A description's words, a possessive among them ("the hall's secretary", "the workers' solicitor"). */
const DESCRIPTION_WORD = `${DESCRIBING_WORD}(?:['’]s|(?<=s)['’])?`;
/**
 * What opens a description set off before a name: "the", "our", "Ashgrove's", a name of several
 * words ("Cerro Verde's"), a plural's ("Port Avon Ferries'").
 */
const DESCRIPTION_OPENER = `(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)\\s+|(?:${NAME_TOKEN}\\s+){0,3}${NAME_TOKEN}(?:['’]s|(?<=s)['’])\\s+)`;
/** What an office is of, in lower case: "head of collections", "director of public health". */
const OF_WHAT = "(?:\\s+of\\s+(?:the\\s+)?[a-z-]+(?:\\s+[a-z-]+)?)?";
/**
 * What picks the described person out, in lower case after the description: "who raised the alarm"
 * ("said the night fitter who raised the alarm, Dev Mistry"), "first hit" ("the driver of the first
 * truck hit, Dale Voss").
 */
const WHO_DID = "(?:\\s+(?:who|that)\\s+[a-z’'-]+(?:\\s+[a-z’'-]+){0,4}|\\s+(?:[a-z]+ed|hit|struck))?";
/**
 * "said Nordhavn's chief executive, Karim bin Rashid", "said the hall's secretary, Menna Howells",
 * "says our medical adviser, Dr. Leila Haddad": the name set off after its description.
 */
const AFTER_VERB_DESCRIPTION_COMMA_NAME = new RegExp(
  `^[,.!?]?\\s*${SPEECH_VERB}\\s+${DESCRIPTION_OPENER}(?:${DESCRIPTION_WORD}\\s+){0,4}${DESCRIBING_WORD}${OF_WHAT}${WHO_DID},\\s+(${NAME})${NAME_ENDS}`,
  "u",
);
/** "“…,” Ashgrove's chief executive, Robert Kinane, said", "“…,” the union's leader, Maria Okafor, said". */
const AFTER_DESCRIPTION_COMMA_NAME_VERB = new RegExp(
  `^[,.!?]?\\s*${DESCRIPTION_OPENER}(?:${DESCRIPTION_WORD}\\s+){0,4}${DESCRIBING_WORD}${OF_WHAT},\\s+(${NAME}),\\s+${SPEECH_VERB}\\b`,
  "u",
);
const AFTER_DASH = new RegExp(`^[,.!?]?\\s*[—–]\\s*(${NAME})`, "u");
/** A lower-case word of a role before a name, not one of an aside ("like", "including", "as did"). */
const DASH_ROLE_WORD = `(?!(?:like|unlike|including|as|did|does|said|says|wrote|than|even|just|only|not|also|then|now|especially|notably|namely|such|both|all|or)\\b)${DESCRIBING_WORD}`;
/**
 * "“…” — security guard Tomasz Nowak, who was on duty": a signature may open with the speaker's role in
 * lower case, as an attribution does before a name ("nurse Priya Desai said"); a role noun must end it,
 * so an aside ("— like Francis Collins") stays no attribution; any lower-case words of a role will do
 * when a relative clause follows the name, as a signature's does ("— night porter Tomasz Nowak, who …").
 */
const AFTER_DASH_ROLE_NAME = new RegExp(
  `^[,.!?]?\\s*[—–]\\s*(?:(?=\\p{Ll})${ROLE_BEFORE}(${NAME})${NAME_ENDS}|(?:${DASH_ROLE_WORD}\\s+){1,3}(${NAME}),\\s+(?:who|whose)\\s)`,
  "u",
);
/**
 * "“…” — Green Left leader Tomás Ibarra, speaking…": lower-case words between capitalised runs end a
 * description; a dash followed by a lower-case word ("—like Francis Collins—") is an aside, no attribution.
 */
const AFTER_DASH_DESCRIBED_NAME = new RegExp(
  `^[,.!?]?\\s*[—–]\\s*${NAME}\\s+(?:${DESCRIBING_WORD}\\s+){1,4}(${NAME})${NAME_ENDS}`,
  "u",
);
/**
 * A line that only signs the quote before it: "— Jan Peeters, a retired art-crime detective", "— a
 * police spokesman", "— night porter Tomasz Nowak, who was on duty"; never a credit line ("— With assistance by …").
 */
const SIGNATURE_LINE = new RegExp(
  `^\\n\\s*([—–]\\s*(?:${NAME}|(?=\\p{Ll})${ROLE_BEFORE}${NAME}|(?:[Aa]n?|[Tt]he)\\s+[^\\n,]{2,60})(?=\\s*(?:,|$|\\n))|[—–]\\s*(?:${DASH_ROLE_WORD}\\s+){1,3}${NAME},\\s+(?:who|whose)\\s)`,
  "u",
);
/** "“…” — an EU diplomat involved in the talks": an unnamed source described after the dash. */
const AFTER_DASH_DESCRIPTION = new RegExp(`^[,.!?]?\\s*[—–]\\s*(${DESCRIPTION})`, "u");
/** "the 38-year-old mother of two", "the 71-year-old retired postman": someone described by an age the text gave them. */
const AGE_DESCRIBED =
  "[Tt]he\\s+\\d{1,3}-year-old(?:\\s+(?!(?:said|says|told|added|wrote)\\b)[a-z-]+){1,2}(?:\\s+of\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}))?";
/** "“…,” the 38-year-old mother of two said", "“…,” said the 38-year-old mother of two." */
const AFTER_AGE_DESCRIBED = new RegExp(
  `^[,.!?]?\\s*(?:(${AGE_DESCRIBED})\\s+${SPEECH_VERB}\\b|${SPEECH_VERB}\\s+(${AGE_DESCRIBED})(?=\\s*[,.;:!?]|$))`,
  "u",
);
/**
 * "“…,” according to a statement from Keystone Amusements", "“…,” according to the ministry": the
 * source named after the quote, or the one whose statement, release or post it is, named to its end
 * ("according to the American Academy of Neurology's new position paper" names no one whole). Not
 * when the sentence gives the words to someone before ("Her family described her as “…,” according
 * to a news release from the sheriff's department": the family's words).
 */
function accordingAfter(after: string, sentenceBefore: string): Attribution | null {
  if (WORDS_REPORTED.test(sentenceBefore)) return null;
  const according = AFTER_ACCORDING.exec(after);
  return according ? { speaker: according[1]!, style: "according-to" } : null;
}
const AFTER_ACCORDING = containing(
  ACCORDING_TO,
  new RegExp(
    `^,?\\s*according\\s+to\\s+(?:(?:a|an|the)\\s+(?:[a-z]+\\s+)?(?:statement|release|post|letter|email|message)\\s+(?:from|by|issued\\s+by)\\s+)?${SPEAKER}(?=\\s*(?:[,.;:!?)—–]|$)|\\s+(?:who|which)\\b)`,
    "u",
  ),
);
const BEFORE_ACCORDING = containing(
  ACCORDING_TO,
  new RegExp(`\\baccording to\\s+${SPEAKER}${APPOSITIVE},?\\s*$`, "iu"),
);
/**
 * "According to Nwosu, her party “will not be taken for granted”": the quote finishes the clause X
 * is the source of; not when a verb in between hands it to someone else ("the driver shouted “…”").
 */
const BEFORE_ACCORDING_CLAUSE = containing(
  ACCORDING_TO,
  new RegExp(`(?:^|[.!?]\\s+)according to\\s+${SPEAKER}${APPOSITIVE},\\s+([^“”"]{1,120})$`, "iu"),
);
const HANDING_VERB = new RegExp(
  `\\b(?:${FRAGMENT_VERB}|say|tell|write|post|tweet|ask|reply|declare|shouted|yelled|screamed|read|reads|chanted|sang|texted|quoted|quoting)\\b`,
  "i",
);
/** A relative clause in which the one named speaks: "who said", "who told reporters", "who also warned". */
const WHO_SAID = new RegExp(
  `^who\\s+(?:(?:also|later|then)\\s+)?(?:${SPEECH_VERB})\\b(?:\\s+(?:reporters|journalists)\\b)?`,
  "u",
);
/** "X, who said the men “…”", "attorney X, who told reporters that “…”": a name, then a relative clause in which it speaks. */
const WHO_SAID_BEFORE_QUOTE = `,\\s+who\\s+(?:(?:also|later|then)\\s+)?${SPEECH_VERB}\\b([^“”"]{0,140})`;
const BEFORE_NAME_WHO_SAID = endingIn(
  WHO_SAID_BEFORE_QUOTE,
  new RegExp(`(?:^|[^\\p{L}])${ROLE_BEFORE}(${NAME})${WHO_SAID_BEFORE_QUOTE}$`, "u"),
);
/** "X said: “…”", "X told reporters on Friday: “…”", "X said that “…”", "X called the offer “…”". */
const SAID_BEFORE_QUOTE = `(?:(?:also|later|then|earlier|again|previously|repeatedly)\\s+)?${FRAGMENT_VERB}\\b[^“”"]{0,140}`;
const BEFORE_SPEAKER_VERB = endingIn(
  `\\s${SAID_BEFORE_QUOTE}`,
  new RegExp(`(?:^|[^\\p{L}])${SPEAKER}${APPOSITIVE}\\s+${SAID_BEFORE_QUOTE}$`, "u"),
);
/**
 * "The returning officer, Priya Nandakumar, said that “…”", "Tulley's barrister, Simon Achebe, said
 * his client “…”": the name set off by commas after a description is the speaker; so is one told of
 * by someone else ("Athersby said her neighbour, Pat Orme, had told her that “…”", "her mentor, the late
 * keeper Alan Brisco, told her that “…”": the words are the neighbour's, the mentor's); the name may
 * say where they are from ("Her union representative, Gail Summers of the Royal College of Nursing,
 * said"), and an organisation set off so speaks too ("The block's owner, Linden Homes Trust, said").
 */
const SET_OFF_SAID_BEFORE_QUOTE = `,\\s+(?:(?:had|has)\\s+)?(?:(?:also|later|then|earlier|again|once)\\s+)?${FRAGMENT_VERB}\\b[^“”"]{0,140}`;
const BEFORE_APPOSITIVE_NAME_VERB = endingIn(
  SET_OFF_SAID_BEFORE_QUOTE,
  new RegExp(
    `[^,“”"]{2,80},\\s+(?:(?:the\\s+)?(?:late|former|retired)\\s+(?:[a-z]+\\s+){0,2})?(${NAME})(?:\\s+(?:of|from|at)\\s+(?:the\\s+)?${NAME})?${SET_OFF_SAID_BEFORE_QUOTE}$`,
    "u",
  ),
);
/**
 * "a figure Martin Hale, the authority's chief executive, called “…”": a full name with its
 * description set off after it, then the verb, is the subject nearest the quote, whoever spoke
 * earlier in the sentence ("The union claimed …, a figure …").
 */
const APPOSITIVE_SAID_BEFORE_QUOTE = `,\\s+(?:(?:also|later|then|earlier|again)\\s+)?${FRAGMENT_VERB}\\b[^“”"]{0,140}`;
const BEFORE_NAME_APPOSITIVE_VERB = endingIn(
  APPOSITIVE_SAID_BEFORE_QUOTE,
  new RegExp(`(?:^|[^\\p{L}])(${NAME}),\\s+${DESCRIPTION_OPENER}[^,“”"]{1,80}${APPOSITIVE_SAID_BEFORE_QUOTE}$`, "u"),
);
/** "His wife, Carys, said: “…”": a description ending on a lower-case noun, then one name set off. */
const BEFORE_DESCRIPTION_SINGLE_NAME_VERB = endingIn(
  APPOSITIVE_SAID_BEFORE_QUOTE,
  new RegExp(
    `(?:^|[^\\p{L}])${DESCRIPTION_OPENER}(?:${DESCRIPTION_WORD}\\s+){0,4}${DESCRIBING_WORD},\\s+(\\p{Lu}[\\p{L}’'-]+)${APPOSITIVE_SAID_BEFORE_QUOTE}$`,
    "u",
  ),
);
/**
 * "The judge quoted an email Ms Blythe sent to a colleague: “…”", "a letter the minister had written
 * in March: “…”": a message introduced with its writer.
 */
const WRITTEN_BY_BEFORE = new RegExp(
  `\\b(?:an?|the|his|her|their)\\s+(?:[a-z]+\\s+)?(?:email|e-mail|letter|message|text|note|memo|post|tweet)\\s+(?:that\\s+)?(${NAME}|[Tt]he\\s+[a-z]+)\\s+(?:had\\s+)?(?:sent|wrote|written|posted)\\b[^“”"]{0,100}:\\s*$`,
  "u",
);
/** Where a sentence's next clause may start: ", and", ", but", "while", "whereas", a semicolon. */
const CLAUSE_BOUNDARY = /,\s+(?:and|but)\s|\s(?:while|whereas)\s|;\s/;
/** That clause's own subject and speech verb, reaching the quote (see laterSpeaker). */
const LATER_SPEAKER_CLAUSE = new RegExp(
  `(?:,\\s+(?:and|but)|\\s+(?:while|whereas)|;)\\s+${SPEAKER}${APPOSITIVE}\\s+(?:(?:also|later|then|earlier|again)\\s+)?${SPEECH_VERB}\\b[^“”"]{0,140}$`,
  "u",
);
/**
 * The same after an auxiliary ("she had called the first offer “…”", "He has also said that “…”"),
 * with the quote close after the verb: a perfect tense far from the quote ("Belanger has noted that
 * his change would return the lyrics to …: “…”") often introduces words the speaker only cites.
 */
const AUXILIARY_SAID_BEFORE_QUOTE = `(?:had|has|have|would)\\s+(?:(?:also|later|then|earlier|again|previously|repeatedly|once)\\s+)?${FRAGMENT_VERB}\\b[^“”"]{0,50}`;
const BEFORE_SPEAKER_AUXILIARY_VERB = endingIn(
  `\\s${AUXILIARY_SAID_BEFORE_QUOTE}`,
  new RegExp(`(?:^|[^\\p{L}])${SPEAKER}${APPOSITIVE}\\s+${AUXILIARY_SAID_BEFORE_QUOTE}$`, "u"),
);
/**
 * "Farming minister Tom Ashcroft visited the estate on Friday and said the government would consider
 * losses 'case by case'": a verb joined by "and" to the first verb of a sentence has the sentence's
 * subject (findQuotes keeps it only for a person the story names in full).
 */
const COMPOUND_PREDICATE_SAID = new RegExp(
  `^\\s*(?:\\p{Lu}\\p{Ll}+\\s+)?(?:[a-z]+\\s+){0,2}(${NAME})\\s+(?!(?:said|says|told|and|who|which)\\b)\\p{Ll}+\\b[^“”"]{1,140}?\\s+and\\s+(?:(?:also|then|later)\\s+)?(?:said|told|warned|added|insisted|promised|vowed|stressed)\\b[^“”"]{0,140}$`,
  "u",
);
/** A verb in the past, of any kind: "thanked", "had", "was", "gave", "put", "shot back", "hit back". */
const CLAUSE_VERB =
  "(?:\\p{Ll}{2,}ed|was|had|gave|told|wrote|spoke|made|took|put|sent|struck|kept|left|drew|began|brought|went|came|set|held|summed|shot|hit|bit|fought|threw|swung)";
/**
 * "Chief Superintendent Anna Pryce thanked residents for their patience: “…”": a colon closing a
 * clause whose subject opens the sentence introduces that subject's words, whatever the verb (a
 * speech verb is read before). findQuotes keeps it only for a person the story names in full.
 */
const BEFORE_SUBJECT_CLAUSE_COLON = new RegExp(
  `^\\s*(?:[^,“”"]{1,60},\\s+)?${SPEAKER}${APPOSITIVE}\\s+(?:(?:also|later|then|again|has|had)\\s+)?${CLAUSE_VERB}\\b([^“”"]{0,140}):\\s*$`,
  "u",
);
/** Participles of saying that join words said to a sentence's main clause: ", saying", ", telling the court". */
const SPEECH_PARTICIPLE =
  "(?:saying|adding|telling|insisting|arguing|warning|explaining|noting|stressing|declaring|calling|describing|promising|vowing|urging|claiming|admitting|conceding|accusing)";
/** How such a speech is joined to the main clause: a participle after a comma, or a verb after "and". */
const JOINED_SPEECH = `(?:,\\s+${SPEECH_PARTICIPLE}|,?\\s+and\\s+(?:(?:also|then|later)\\s+)?${FRAGMENT_VERB})\\b([^“”"]{0,140})$`;
/**
 * "Sgt Rhys Talbot objected to bail, telling the court the men were a 'serious flight risk'", "Marta
 * Oyelaran apologised at the meeting, saying, “…”", "Peter Otieno, 58, apologised to the committee and
 * called the failure “…”": words joined to the main clause by a participle of saying, or by "and" and a
 * speech verb, are the sentence's subject's, whatever its main verb. findQuotes keeps it only for a
 * person the story names in full.
 */
const BEFORE_SUBJECT_CLAUSE_JOINED_SPEECH = containing(
  new RegExp(JOINED_SPEECH, "u"),
  new RegExp(
    `^\\s*(?:[^,“”"]{1,60},\\s+)?${SPEAKER}${APPOSITIVE}\\s+(?:(?:also|later|then|again|has|had)\\s+)?${CLAUSE_VERB}\\b([^“”"]{0,160}?)${JOINED_SPEECH}`,
    "u",
  ),
);
/**
 * What makes the words after such a colon someone else's or no one's: the subject is told or
 * asked (a passive), or reads, hears or cites them, or they are written on a thing ("held up a
 * sign: “…”", "received a letter from …: “…”").
 */
const NOT_OWN_WORDS =
  /\b(?:(?:was|were|been|being)\s+(?:\p{Ll}+ed|told|given|shown|sent|read)|read|reads|received|got|heard|saw|watched|quoted|cited|recited|sang|chanted|from|by|signs?|banners?|placards?|notes?|captions?|headlines?|inscriptions?|slogans?|motto|posters?|lyrics?|songs?|verse|passage)\b/u;
const ROLE_WORD =
  /\b(?:president|minister|secretary|spokes(?:man|woman|person)|executive|chief|director|senator|governor|mayor|judge|chair(?:man|woman)?|leader|commissioner|ambassador|officer|official|mediator|negotiator|envoy|adviser|advisor|diplomat|economist|analyst|professor|founder|head|chancellor|premier|commander|general|lawyer|attorney|prosecutor|manager|representative|rapporteur|solicitor|barrister|source|sources|officials|spokesperson|statement|office|ministry|agency|group|union|company|police|army|government|reporter|correspondent|journalist)\b/i;

/** What follows a quote to its paragraph's end when only its attribution does: "”, Okafor told a press briefing.¶". */
const QUOTE_THEN_ATTRIBUTION_ONLY = /^[”"’']?[,.!?]?[”"’']?[^.!?\n“”"‘]{0,100}[.!?]?\s*\n\s*$/u;

/**
 * What stands between the two parts of a split quotation: an attribution set off by commas, in one
 * sentence, with a clause on what the speaker did at most ("Menon said, pointing to a collapse in 2015,").
 */
const SPLIT_BY_ATTRIBUTION = new RegExp(
  `^\\s*(?:${SPEECH_VERB}\\s+[^“”"\\n.!?;:,]{2,80}|[^“”"\\n.!?;:,]{2,80}\\s+${SPEECH_VERB}(?:\\s+[^“”"\\n.!?;:,]{0,40})?)(?:,\\s+\\p{Ll}+ing\\s[^“”"\\n.!?;:,]{2,80})?,\\s*$`,
  "u",
);

interface Span {
  open: number;
  /** The closing mark, or the end of the paragraph of a quote that goes on in the next one. */
  close: number;
  /** A quote left open at its paragraph's end because the next paragraph goes on with it (news style). */
  unclosed?: boolean;
  /** A part of a quotation cut at a chunk boundary, which the next part goes on with (no attribution follows it). */
  cut?: boolean;
}

/** Quotation spans: curly and straight, double and single; a span inside another is the inner quote of it, not one of its own. */
function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  // The patterns open on a lookbehind, which is tried at every position: a text without their
  // opening mark is not searched.
  const add = (pattern: RegExp, mark?: string) => {
    if (mark !== undefined && !text.includes(mark)) return;
    for (const match of text.matchAll(pattern)) {
      const open = match.index;
      spans.push({ open, close: open + match[0].length - 1 });
    }
  };
  add(/“[^“”]{2,1200}”/g);
  // A quote running over paragraphs: its paragraph ends with no closing mark, and the next one
  // opens with an opening mark (the quotation goes on there).
  // Text whose closing marks were mangled ("provocative,�?") is not read so.
  // The same with curly single marks (British style: ‘…¶‘…’), whose apostrophes lie between
  // letters; not with straight double ones, which older wire copy closes with two apostrophes.
  const unclosed: ReadonlyArray<readonly [RegExp, string]> = [
    [/“[^“”\n�]{2,1200}(?=\n\s*“)/g, "“"],
    [/(?<=^|[\s(—–])‘(?=\S)(?:[^‘’\n]|(?<=\p{L})’(?=\p{L})){2,1200}(?=\n\s*‘)/gu, "‘"],
  ];
  for (const [pattern, mark] of unclosed)
    for (const match of text.includes(mark) ? text.matchAll(pattern) : []) {
      spans.push({ open: match.index, close: match.index + match[0].trimEnd().length, unclosed: true });
    }
  add(/"[^"\n]{2,800}"/g);
  // Single marks double as apostrophes: an opening mark follows a space or a bracket, a closing one is not followed by a letter.
  // A mark between two letters inside is an apostrophe ("‘We’re going…’", "'It's over'"), never the close;
  // so is a plural's possessive before a lower-case word when the quote closes later in its paragraph
  // with no mark opening between ("'…since the miners' strike.'").
  add(
    /(?<=^|[\s(—–“"])‘(?=\S)(?:[^‘’\n]|(?<=\p{L})’(?=\p{L})|(?<=s)’(?=\s\p{Ll}(?:[^‘’\n]|(?<=\p{L})’(?=\p{L})){0,200}?(?<=\S)’(?![\p{L}\p{N}]))){2,600}?(?<=\S)’(?![\p{L}\p{N}])(?!(?<=s’)\s\p{Ll}(?:[^‘’\n]|(?<=\p{L})’(?=\p{L})){0,200}?(?<=\S)’(?![\p{L}\p{N}]))/gu,
    "‘",
  );
  add(
    /(?<=^|[\s(—–“"])'(?=[\p{L}\p{N}])(?:[^'\n]|(?<=\p{L})'(?=\p{L})|(?<=s)'(?=\s\p{Ll}(?:[^'\n]|(?<=\p{L})'(?=\p{L})){0,200}?(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}]))){2,600}?(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])(?!(?<=s')\s\p{Ll}(?:[^'\n]|(?<=\p{L})'(?=\p{L})){0,200}?(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}]))/gu,
    "'",
  );
  spans.sort((a, b) => a.open - b.open || b.close - a.close);
  const outer: Span[] = [];
  for (const span of spans) {
    const last = outer[outer.length - 1];
    if (last && span.open < last.close) continue;
    outer.push(span);
  }
  return outer;
}

/**
 * A quotation running over a chunk boundary, as one part per chunk (a citation is one passage): each
 * part but the last is left open at its chunk's end, as a quote going on in the next paragraph is,
 * and each part after the first opens where its chunk does, so it goes on with the same speaker.
 */
function splitAtChunks(span: Span, article: Article): Span[] {
  const stop = span.unclosed ? span.close : span.close + 1;
  if (article.chunks.some((chunk) => chunk.start <= span.open && stop <= chunk.end)) return [span];
  const crossed = article.chunks.filter((chunk) => chunk.end > span.open && chunk.start < stop);
  if (crossed.length < 2) return [span];
  return crossed.map((chunk, index) => {
    const last = index === crossed.length - 1;
    return {
      open: index === 0 ? span.open : chunk.start - 1,
      close: last ? span.close : chunk.end,
      unclosed: last ? span.unclosed : true,
      ...(last ? {} : { cut: true }),
    };
  });
}

function isPronoun(speaker: string): boolean {
  return /^(?:he|she|they)$/i.test(speaker);
}

/** A description counts only when it names a role ("the minister", "an official"), not "the talks". */
function isDescription(speaker: string): boolean {
  return (
    (/^(?:the|a|an)\s/i.test(speaker) &&
      (ROLE_WORD.test(speaker) || /^an?\s+(?:[a-z]+\s+)?member\s+of\s/i.test(speaker))) ||
    ONE_OF_THE_PUBLIC.test(speaker)
  );
}

/**
 * "one furious customer", "a stranded passenger", "an angry parent": someone of the public a story
 * quotes without a name, by what they are to it (a tabloid's signature after a dash).
 */
const ONE_OF_THE_PUBLIC =
  /^(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}(?:customer|passenger|shopper|parent|mother|father|mum|dad|driver|fan|investor|neighbou?r|onlooker|bystander|survivor|victim|worker|employee|student|pupil|teacher|farmer|fisherman|owner|holidaymaker|travell?er|commuter|voter|patient|relative|local|villager|motorist|spectator|resident|witness|tenant|depositor|saver|user|client|member|supporter|protester)$/i;

/** A dash signature that closes its sentence: "“…” — one furious customer." */
const DASH_SIGNATURE_OF_THE_PUBLIC =
  /^[,.!?]?\s*[—–]\s*((?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,3}[a-z-]+)\s*[.!]?\s*(?=\n|$)/u;

/** "Hamas spokesman Osama Hamdan" → "Osama Hamdan"; a lone capitalised word stays (a surname, an organisation). */
function nameFrom(speaker: string): string | null {
  // "Hayes's attorney said": the speaker is the attorney, not Hayes.
  if (/['’]s$/.test(speaker.trim())) return null;
  const tokens = speaker
    .trim()
    .split(/\s+/)
    .filter(
      (token, index) => index > 0 || !/^(?:But|And|So|Then|Now|Yet|Still|Also|However|Outgoing|Incoming)$/.test(token),
    );
  if (tokens.length === 0 || /^(?:We|They|You|I|He|She|It)['’]/.test(tokens[0]!)) return null;
  if (/^(?:When|If|As|While|After|Before|Asked|Once|Where|Why|How|What|Who)$/.test(tokens[0]!)) return null;
  // "Phish's Trey Anastasio": what precedes a possessive is not the name.
  const possessive = tokens.findLastIndex(
    (token, index) => index < tokens.length - 2 && /(?:['’]s|s['’])$/.test(token),
  );
  if (possessive >= 0) tokens.splice(0, possessive + 1);
  // "“…,” King said": a title word alone that is a common surname too is a surname, for the story's
  // people to resolve ("Jeff King").
  const surname = tokens.length === 1 && SURNAME_TITLE.test(tokens[0]!);
  if (!surname && tokens.every((token) => TITLE_WORDS.has(token.toLowerCase().replace(/\.$/, "")))) return null;
  const split = splitTitledName(tokens.join(" "));
  if (split) return split.name;
  const last = tokens[tokens.length - 1]!;
  if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|It|This|That|There|But|And)$/.test(last))
    return null;
  return tokens.length === 1
    ? last
    : tokens.slice(tokens.findIndex((token) => !TITLE_WORDS.has(token.toLowerCase().replace(/\.$/, "")))).join(" ") ||
        null;
}

interface Attribution {
  speaker: string;
  style: AttributionStyle;
  /** The name is set off by commas after a description of a person ("His wife, Carys, said"). */
  setOff?: boolean;
  /** Kept only when it names a person of the story (an attribution read from no speech verb). */
  person?: boolean;
}

/**
 * The attribution in the words after a quote. One ending on a colon ("The Met Office said the storm
 * was 'highly localised'. Its spokesman, Graham Hurst, said: ‘…’") introduces the quote after it,
 * not the one before.
 */
function attributionAfter(after: string): Attribution | null {
  const found = attributionAfterMatch(after);
  if (!found) return null;
  const [attribution, match] = found;
  return /^\s*:/.test(after.slice(match.index + match[0].length)) ? null : attribution;
}

function attributionAfterMatch(after: string): [Attribution, RegExpExecArray] | null {
  const dash = AFTER_DASH_DESCRIBED_NAME.exec(after) ?? AFTER_DASH.exec(after) ?? AFTER_DASH_ROLE_NAME.exec(after);
  if (dash) return [{ speaker: (dash[1] ?? dash[2])!, style: "quote-dash-name" }, dash];
  // "— a sentiment reflected in…" is the writer's aside; "— an EU diplomat" names a source.
  const signature = DASH_SIGNATURE_OF_THE_PUBLIC.exec(after);
  if (signature && ONE_OF_THE_PUBLIC.test(signature[1]!))
    return [{ speaker: signature[1]!, style: "quote-dash-name" }, signature];
  const described = AFTER_DASH_DESCRIPTION.exec(after);
  if (described && isDescription(described[1]!))
    return [{ speaker: described[1]!, style: "quote-dash-name" }, described];
  const body = AFTER_DASH_BODY.exec(after);
  if (body) return [{ speaker: body[1]!, style: "quote-dash-name" }, body];
  // The name set off after a description is the speaker, before the description is read as one.
  const setOff = AFTER_VERB_DESCRIPTION_COMMA_NAME.exec(after);
  if (setOff) return [{ speaker: setOff[1]!, style: "quote-said-name", setOff: true }, setOff];
  const verbFirst = AFTER_VERB_NAME.exec(after) ?? AFTER_VERB_DESCRIBED_NAME.exec(after);
  if (verbFirst) return [{ speaker: verbFirst[1]!, style: "quote-said-name" }, verbFirst];
  const describedFirst = AFTER_DESCRIPTION_COMMA_NAME_VERB.exec(after);
  if (describedFirst) return [{ speaker: describedFirst[1]!, style: "quote-name-said", setOff: true }, describedFirst];
  const nameFirst = AFTER_NAME_VERB.exec(after);
  // “…,” he said; a capitalised "He said…" after a quote starts the next sentence, about something else.
  if (nameFirst && /^(?:He|She|They)$/.test(nameFirst[1]!)) return null;
  if (nameFirst) return [{ speaker: nameFirst[1]!, style: "quote-name-said" }, nameFirst];
  const describedName = AFTER_DESCRIBED_NAME_VERB.exec(after);
  if (describedName) return [{ speaker: describedName[1]!, style: "quote-name-said" }, describedName];
  const describedWho = AFTER_DESCRIPTION_WHO_VERB.exec(after);
  if (describedWho) return [{ speaker: describedWho[1]!, style: "quote-name-said" }, describedWho];
  const verdict = AFTER_VERDICT_OF.exec(after);
  if (verdict && !/^(?:he|she|they)$/i.test(verdict[1]!))
    return [{ speaker: verdict[1]!, style: "quote-said-name" }, verdict];
  const aged = AFTER_AGE_DESCRIBED.exec(after);
  if (aged) return [{ speaker: (aged[1] ?? aged[2])!, style: aged[1] ? "quote-name-said" : "quote-said-name" }, aged];
  return null;
}

/**
 * "Those were the first words Hannah Loxley sent home", "That was the verdict of Dr Ruth Ade": what the
 * words were, then whose; with no "of", a verb of sending or saying them follows the name (SENT_WORDS).
 */
const WORDS_OF =
  "Th(?:ose|ese|at|is)\\s+(?:was|were|is|are)\\s+(?:the|their|his|her)\\s+(?:(?:first|last|only|final|parting|own)\\s+)?(?:words|message|verdict|reaction|response|reply|answer|view|assessment)(?:\\s+of)?";
const SENT_WORDS = "(?=\\s+(?:sent|spoke|wrote|said|uttered|posted|texted|gave)\\b)";
/**
 * "“It was textbook,” was the verdict of Captain Anil Desai", "“…,” came the reply from a police
 * spokesman": the words named as someone's verdict or reply, their speaker after "of" or "from".
 */
const AFTER_VERDICT_OF = new RegExp(
  `^[,.!?]?\\s*(?:was|came)\\s+the\\s+(?:[a-z]+\\s+)?(?:verdict|view|reply|response|reaction|answer|assessment|message|words)\\s+(?:of|from)\\s+${SPEAKER}${NAME_ENDS}`,
  "u",
);
/**
 * "“Nobody wins in a week like this.” The words came from Nigel Ashworth, …", "‘…’ So says Ruth Amadi,
 * who …": a quote standing as a sentence of its own, whose speaker the next sentence names as the one
 * the words are from.
 */
const NEXT_SENTENCE_OPENING = `^\\s+(?:So\\s+(?:says|said)|Thus\\s+spoke|Th(?:ose|ese)\\s+(?:were|are)\\s+the\\s+words\\s+of|The\\s+words\\s+(?:came|come)\\s+from|The\\s+words\\s+(?:were|are)\\s+th(?:ose|at)\\s+of|${WORDS_OF})\\s+`;
const NEXT_SENTENCE_SPEAKER = containing(
  new RegExp(NEXT_SENTENCE_OPENING, "u"),
  new RegExp(`${NEXT_SENTENCE_OPENING}${SPEAKER}(?:${NAME_ENDS}|${SENT_WORDS})`, "u"),
);

function nextSentenceAttribution(after: string, inner: string): Attribution | null {
  if (!/[.!?…]$/.test(inner.trim())) return null;
  const match = NEXT_SENTENCE_SPEAKER.exec(after);
  return match && !/^(?:he|she|they)$/i.test(match[1]!) ? { speaker: match[1]!, style: "quote-said-name" } : null;
}

/** A name set off before a party and a state: "Rep. Michael McCaul, R-Texas". */
const PARTY_LABEL_AFTER_NAME = new RegExp(`(${NAME}),\\s+$`, "u");
/** The first words of a name joined by "and" to the speaker read: "Northshire Fire and ". */
const JOINED_BY_AND = /(?:\p{Lu}[\p{L}’'-]*\s+){1,3}and\s+$/u;
/** A name right before "of (the)": "Kassie Siegel of the …", or set off before it ("Dr Helen Strachan, of the …"). */
const MEMBER_OF = new RegExp(`(${NAME}),?\\s+of\\s+(?:the\\s+)?$`, "u");

/** "“…,” Pascoe had told the jury": only after a quote closing on a comma, whose attribution follows. */
function auxiliaryAttributionAfter(after: string, inner: string): Attribution | null {
  const nameFirst = /,\s*$/.test(inner) ? AFTER_NAME_AUXILIARY_VERB.exec(after) : null;
  if (!nameFirst || /^(?:He|She|They)$/.test(nameFirst[1]!)) return null;
  return { speaker: nameFirst[1]!, style: "quote-name-said" };
}

/**
 * "Mayor Lisa Grant praised the crews, and fire chief Dan Moore said: “…”": the patterns take the
 * first subject whose verb reaches the quote; a later clause with its own subject and verb speaks.
 */
function laterSpeaker(tail: string): Attribution | null {
  const later = CLAUSE_BOUNDARY.test(tail) ? LATER_SPEAKER_CLAUSE.exec(tail) : null;
  return later ? { speaker: later[1]!, style: "name-said-quote" } : null;
}

function attributionBefore(sentenceBefore: string, inner: string): Attribution | null {
  // The patterns end at the quote: only the last words before it matter (and the regexes stay linear).
  const before = sentenceBefore.slice(-240);
  // Whoever quotes it, a message's words are its writer's.
  const written = WRITTEN_BY_BEFORE.exec(before);
  if (written) return { speaker: written[1]!, style: "name-said-quote" };
  const according = BEFORE_ACCORDING.exec(before);
  // "According to Salon, Peinovich took to the forum to write, “…”": the comma-set clause hands the
  // quote to someone else.
  const handedOn = according && HANDING_VERB.test(according[0].slice(according[0].indexOf(according[1]!)));
  if (according && !handedOn) {
    // "According to Varley’s father, Michael Varley, “…”": the name set off after a description is who speaks.
    // (The pattern, read without case, may leave only the description's last word: "the association's chief executive".)
    const setOff = /(?:^|\s)\p{Ll}+$/u.test(according[1]!)
      ? /^,\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),/u.exec(
          according[0].slice(according[0].indexOf(according[1]!) + according[1]!.length),
        )
      : null;
    return { speaker: setOff?.[1] ?? according[1]!, style: "according-to" };
  }
  const accordingClause = BEFORE_ACCORDING_CLAUSE.exec(before);
  // A capitalised title in quotes inside the clause ("the “Games” sequel") is a name, not words said.
  const title = /^(?:\p{Lu}[\p{L}’'-]*[\s,.:]*)+$/u.test(inner.trim());
  // "According to Bailey, who said the men “…”": a clause on the source who says them hands them to no one else.
  const clause = accordingClause?.[2]?.replace(WHO_SAID, "");
  if (accordingClause && !title && !HANDING_VERB.test(clause!))
    return { speaker: accordingClause[1]!, style: "according-to" };
  // "… attorney Dana Whitfield, who said they would seek “…”": the name a relative clause makes speak,
  // unless the clause tells of someone else's words ("who said police had told her that “…”").
  const whoSaid = BEFORE_NAME_WHO_SAID.exec(before);
  if (whoSaid && !HANDING_VERB.test(whoSaid[2]!)) return { speaker: whoSaid[1]!, style: "name-said-quote" };
  const appositive = BEFORE_APPOSITIVE_NAME_VERB.exec(before);
  if (appositive && (splitTitledName(appositive[1]!) || appositive[1]!.split(/\s+/).some(isOrganisationWord)))
    return (
      relativeClauseSubject(before, before.indexOf(appositive[1]!, appositive.index)) ?? {
        speaker: appositive[1]!,
        style: "name-said-quote",
      }
    );
  // Not the object of a preposition ("A spokesman for Stagecraft Structures, the company that …,
  // said"), and only a person the story names (a company's name reads like one).
  const nameFirst = BEFORE_NAME_APPOSITIVE_VERB.exec(before);
  const nameAt = nameFirst ? nameFirst.index + nameFirst[0].indexOf(nameFirst[1]!) : 0;
  if (
    nameFirst &&
    splitTitledName(nameFirst[1]!) &&
    !/\b(?:for|of|at|from|with|by|in|on|to|about|against)\s+(?:the\s+)?$/i.test(before.slice(0, nameAt))
  )
    return (
      laterSpeaker(before.slice(nameAt + nameFirst[1]!.length)) ?? {
        speaker: nameFirst[1]!,
        style: "name-said-quote",
        person: true,
      }
    );
  // "His wife, Carys, said: “…”", "Her lawyer, Brandt, said that “…”": one name set off after a
  // description of a person (a lower-case noun before the comma) is the speaker, to be resolved.
  const single = BEFORE_DESCRIPTION_SINGLE_NAME_VERB.exec(before);
  if (single)
    return (
      relativeClauseSubject(before, single.index) ?? { speaker: single[1]!, style: "name-said-quote", setOff: true }
    );
  const compound = COMPOUND_PREDICATE_SAID.exec(before);
  // Only titles before the name ("Farming minister"): "He was representing X …", "Asked if X …" open
  // on someone else.
  const lead = compound?.[0].slice(0, compound[0].indexOf(compound[1]!)).trim().split(/\s+/) ?? [];
  if (
    compound &&
    lead.every(
      (word, index) =>
        word === "" ||
        (index === 0 && /^\p{Lu}/u.test(word) && !NOT_DESCRIBING.test(word.toLowerCase())) ||
        TITLE_WORDS.has(word),
    )
  )
    return { speaker: compound[1]!, style: "name-said-quote", person: true };
  const said = BEFORE_SPEAKER_VERB.exec(before) ?? BEFORE_SPEAKER_AUXILIARY_VERB.exec(before);
  if (!said) {
    // Not when what the subject did makes the words someone else's ("was told by …, saying"), nor
    // when the words after the participle hand them on ("saying police had told her that “…”"); nor
    // a pronoun, whom a clause this long often leaves far from the one it stands for.
    const joined = BEFORE_SUBJECT_CLAUSE_JOINED_SPEECH.exec(before);
    if (joined && !title && !isPronoun(joined[1]!) && !NOT_OWN_WORDS.test(joined[2]!) && !HANDING_VERB.test(joined[3]!))
      return { speaker: joined[1]!, style: "name-said-quote", person: true };
    const clause = /:\s*$/.test(before) ? BEFORE_SUBJECT_CLAUSE_COLON.exec(before) : null;
    // A sentence quoted, not a fragment nor a name in Title Case; "they" may be anyone (a crowd chanting).
    if (!clause || title || !/^\p{Lu}/u.test(inner.trim()) || /^they$/i.test(clause[1]!)) return null;
    if (NOT_OWN_WORDS.test(clause[0].slice(clause[0].indexOf(clause[1]!) + clause[1]!.length))) return null;
    return { speaker: clause[1]!, style: "name-said-quote", person: true };
  }
  // "The minister did not say whether a 'hardship fund' was …": words no one is said to have said.
  // (A description reads on to the verb: "The minister did not" is the speaker read.)
  if (NEGATED_BEFORE_VERB.test(said[1]!)) return null;
  // "the Center for Biological Diversity, which …, said that “…”": the end of an organisation's name, no one's.
  const speakerAt = said.index + said[0].indexOf(said[1]!);
  const later = laterSpeaker(before.slice(speakerAt + said[1]!.length));
  if (later) return later;
  // "Rep. Michael McCaul, R-Texas, the chairman of …, said": a party and a state set off after a
  // name are no one; the name before them speaks.
  if (/^[RDI]-\p{Lu}/u.test(said[1]!)) {
    const named = PARTY_LABEL_AFTER_NAME.exec(before.slice(0, speakerAt))?.[1];
    return named ? { speaker: named, style: "name-said-quote" } : null;
  }
  // "Kassie Siegel of the Center for Biological Diversity, who …, said that “…”": the person of the organisation.
  // "Idris Pellow of Northshire Fire and Rescue Service said": the speaker read is the end of a
  // name joined by "and"; the person of the organisation speaks.
  const joined = /^\p{Lu}/u.test(said[1]!) ? JOINED_BY_AND.exec(before.slice(0, speakerAt)) : null;
  const member = MEMBER_OF.exec(before.slice(0, joined ? speakerAt - joined[0].length : speakerAt))?.[1];
  if (member && splitTitledName(member) && said[1]!.split(/\s+/).some(isOrganisationWord))
    return { speaker: member, style: "name-said-quote" };
  const counsel = /\sfor\s+$/.test(before.slice(0, speakerAt))
    ? COUNSEL_FOR_BEFORE.exec(before.slice(0, speakerAt))
    : null;
  if (counsel) return { speaker: `${counsel[1]}${said[1]}`, style: "name-said-quote" };
  const ofOrganisation = /\p{Lu}[\p{L}.-]*\s+(?:for|of)\s+$/u.test(before.slice(0, speakerAt));
  if (ofOrganisation && /^\p{Lu}\S*\s+\p{Lu}\S*$/u.test(said[1]!)) return null;
  // "The family of a Yorkshire man missing in the French Alps said": a place after a preposition is
  // not who speaks; better no speaker than the wrong one.
  if (
    /\b(?:in|at|near|from|across|outside|inside|into|on|over|under|around|throughout|within)\s+(?:the\s+)?$/i.test(
      before.slice(0, speakerAt),
    )
  )
    return null;
  return { speaker: said[1]!, style: "name-said-quote" };
}

/**
 * A name, then a relative clause still open: "Harriet Pellew, who runs the estate with ", "Colin
 * Pryce, who opened the gala with a tribute to the festival's founder, the late " (a noun the clause
 * names may be set off by a comma before the name that describes it).
 */
const OPEN_RELATIVE_CLAUSE = new RegExp(
  `(?:^|[^\\p{L}])(${NAME}),\\s+who\\s+[^,;:.!?“”"]{1,100}(?:,\\s+[^,;:.!?“”"]{1,40})?$`,
  "u",
);

/**
 * "Harriet Pellew, who runs the estate with her brother, Ned, said …": a name set off inside a
 * relative clause is the clause's object; the verb after the clause is its subject's, the name the
 * clause is about.
 */
function relativeClauseSubject(before: string, setOffAt: number): Attribution | null {
  const subject = OPEN_RELATIVE_CLAUSE.exec(before.slice(0, setOffAt))?.[1];
  return subject && splitTitledName(subject) ? { speaker: subject, style: "name-said-quote" } : null;
}

/**
 * Who a raw attribution means: a full name as given; a surname, "Mr. Naim" or a role ("the
 * minister") as the person named so earlier (in the article, else uniquely in the story); a
 * pronoun as the speaker of the quote before, else the person last named; an anonymous source as
 * the text describes it.
 */
function resolveSpeaker(
  raw: string,
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
  setOff = false,
): string | null {
  const { organisations } = context;
  // "the U.S. State Department": the body under its own name.
  // A name never runs over a paragraph break ("Photograph: AP¶¶Allen, who …, said").
  const speaker = raw
    .slice(raw.lastIndexOf("\n") + 1)
    .trim()
    .replace(/[,.]$/, "")
    .replace(/^([Tt]he\s+)(?:[A-Z]\.){2,}\s+(?=\p{Lu})/u, "$1")
    // "Counsel to the inquiry, Naomi Fairbairn KC, said": letters after a name are no part of it.
    .replace(POST_NOMINALS, "");
  if (isPronoun(speaker)) {
    // "Her husband, a joiner, said he would …. ‘…,’ he said.": the relative speaking, or no one.
    const relative = relativeSubjectBefore(speaker, article, position, people, context);
    if (relative !== undefined) return relative;
    return fitPronounGender(
      speaker,
      pronounAntecedent(speaker, article, position, people, context),
      article,
      position,
      people,
      context,
    );
  }
  // "the elder Keller said", "the younger Mr. Kowalczyk said": of a father and son, or two of one
  // surname, the older one or the younger.
  const generation = /^[Tt]he\s+(elder|younger)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}’'-]+)$/u.exec(speaker);
  if (generation) return people.resolveElder(generation[2]!, generation[1] === "elder");
  // "the 52-year-old said": the person the article gave that age ("Pryce, 52," or "52-year-old Pryce").
  // "the statement said" after "Northgate Rail issued a statement", "The Starrett Corporation, which
  // owns the building, issued a statement saying: “…”", "Vineyards of Britain, the growers'
  // association, said in a statement that …": whoever issued it speaks.
  const document = /^(?:the|a|an)\s+(statement|letter|release|press release)$/i.exec(speaker)?.[1];
  if (document) {
    const before = article.text.slice(Math.max(0, position - 600), position);
    const issued = [
      ...before.matchAll(
        new RegExp(
          `(?:^|[^\\p{L}])((?:[Tt]he\\s+)?${NAME})(?:,\\s+(?:which\\s+|who\\s+|the\\s+|an?\\s+)[^,;“”"]{1,80},)?\\s+(?:issued|released|put out|published|sent|said\\s+in)\\s+(?:a|an)\\s+(?:[a-z]+\\s+)?${document}\\b`,
          "gu",
        ),
      ),
    ].pop();
    return issued ? resolveSpeaker(issued[1]!, article, position, people, context, setOff) : null;
  }
  // "the 38-year-old mother of two said": the same, unless the noun says the other sex.
  const aged = /^the\s+(\d{1,3})-year-old(?:\s+(?:[a-z-]+\s+)?([a-z-]+)(?:\s+of\s+[a-z\d]+)?)?$/i.exec(speaker);
  if (aged) {
    const noun = aged[2]?.replace(/-of-.*$/, "");
    const said = noun ? genderOfNoun(noun) : null;
    const person =
      personOfAge(aged[1]!, article.text.slice(0, position), article, people) ??
      // "The 51-year-old professor said" where no one was given that age: the one person the story
      // gives that role, as "the professor" would be.
      (noun ? soleHolderOf(noun, people, context) : null) ??
      // "“…,” said the 29-year-old dad.": with no age nor role to tell, the description stands for the
      // person the text is about, as "he" would (when the noun says which sex; else as both "he" and
      // "she" would, when they agree), and no other age is theirs.
      (said
        ? agedAntecedent(said === "male" ? "he" : "she", aged[1]!, article, position, people, context)
        : bothAgree(
            agedAntecedent("he", aged[1]!, article, position, people, context),
            agedAntecedent("she", aged[1]!, article, position, people, context),
          ));
    const shown = person ? people.genderOf(person) : null;
    return said && shown && said !== shown ? null : person;
  }
  // "the Marsh family said": the family, under the name the text gives it.
  const namedFamily = /^[Tt]he\s+(\p{Lu}[\p{L}’'-]+)\s+family$/u.exec(speaker)?.[1];
  if (namedFamily) return `the ${namedFamily} family`;
  // "the Mercers said", "the family said": a family speaks, as the article named it before.
  const family = FAMILY_REFERENCE.exec(speaker);
  if (family) {
    const named = familyBefore(article.text, position, family[1] ?? null);
    if (named) return named;
    // "the Mercers" with only "Ruth Mercer" named: her family ("the Times" names no one, and goes on below).
    const surname = family[1];
    if (surname && [...context.names].some((known) => known.endsWith(` ${surname}`))) return `the ${surname} family`;
  }
  if (/^(?:the|a|an)\s/i.test(speaker)) {
    // "the Mercers said": the family of the story's Tom Mercer.
    const plural = /^[Tt]he\s+(\p{Lu}[\p{L}’'-]+?)(e?s)$/u.exec(speaker);
    if (plural) {
      const surnames = [plural[1]!, ...(plural[2] === "es" ? [`${plural[1]}e`] : [])];
      const family = surnames.find((surname) => people.people.some((person) => person.name.endsWith(` ${surname}`)));
      if (family) return `the ${family} family`;
    }
    // "The Rev. Robert Wright Lee IV": a title and a name after the article.
    const titled = /^[Tt]he\s+((?:\p{Lu}[\p{L}.’'-]*\s*)+)$/u.exec(speaker);
    const split = titled ? splitTitledName(titled[1]!) : null;
    if (split && split.title !== "") return split.name;
    // "the Department for Transport said": an organisation speaks, under its own name.
    const named = /^[Tt]he\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}’'-]*)*)$/u.exec(speaker)?.[1];
    if (named) {
      // "the Department said": the department named before, when the story names one.
      if (isOrganisationWord(named))
        return organisations.resolveNoun(named.toLowerCase(), article.id, position) ?? named;
      if (named.split(/\s+/).some(isOrganisationWord)) return named;
      // "the Foxes said": the team the story names in full ("the Riverton Foxes"), never a person.
      const team = /^\p{Lu}[\p{L}’'-]*s$/u.test(named) ? organisations.resolveNickname(named) : null;
      if (team) return team;
      // "the FBI", "the New York Times’ Manohla Dargis": the name without its article; not "the
      // German" (a nationality) nor "the Kentucky Republican" (a description of someone named before).
      const tokens = named.split(/\s+/);
      if (
        /^\p{Lu}{2,}$/u.test(named) ||
        (tokens.length > 1 && !tokens.some((token) => TITLE_WORDS.has(token.toLowerCase().replace(/['’]s?$/, ""))))
      )
        return resolveSpeaker(named, article, position, people, context, setOff);
    }
    // "the court said in a statement": the organisation named so before ("Court of Arbitration for Sport").
    const noun = /^[Tt]he\s+(\p{Ll}+)$/u.exec(speaker)?.[1];
    const organisation = noun
      ? (organisations.resolveNoun(noun, article.id, position) ??
        organisationSubjectBefore(noun, article.text, position, context.names, context.isPerson) ??
        (ROLE_WORD.test(noun) || PERSON_NOUN.test(noun) || TITLE_WORDS.has(noun)
          ? null
          : organisationByHeadNoun(noun, article.text, position)))
      : null;
    if (organisation) return organisation;
    // "the political scientist": the person the text described so, whatever the noun.
    if (/^the\s/i.test(speaker) && !isDescription(speaker))
      return (
        people.resolve(speaker, article.id, position) ??
        namedRightAfter(speaker, article.text, position) ??
        // "the island's community council": a body of a place, one of its kind, named so.
        (WHOSE_BODY.test(speaker) ? speaker.replace(/^The\b/, "the") : null)
      );
    if (!isDescription(speaker)) return null;
    // "the minister": the person named so before; an unresolved "the official" could be anyone.
    if (/^the\s/i.test(speaker))
      return (
        people.resolve(speaker, article.id, position) ??
        unnamedBefore(speaker, article.text, position) ??
        namedRightAfter(speaker, article.text, position) ??
        // "the governor said": an office one person holds tells the reader who spoke, named or not;
        // so does "the Prime Minister's official spokesman", who speaks for someone named.
        (SINGLE_HOLDER_OFFICE.test(speaker) || NAMED_SPOKESPERSON.test(speaker) || BODY_HEAD.test(speaker)
          ? speaker.replace(/^The\b/, "the")
          : null)
      );
    // "a spokeswoman for the council": the council named before, as "the council said" would be.
    const forBody = SPOKESPERSON_FOR_THE_NOUN.exec(speaker);
    if (forBody) {
      const [, who, modifiers, noun] = forBody as unknown as [string, string, string, string];
      const body = organisations.resolveNoun(noun, article.id, position);
      // "the ambulance service" is "South Western Ambulance Service", not any service the story names.
      const fits =
        body !== null && modifiers.split(/\s+/).every((word) => word === "" || body.toLowerCase().includes(word));
      if (fits) return `${briefly(who)} for ${body}`;
      // "a spokesman for the regulator", "a spokeswoman for the trustees": whom the source speaks for,
      // unnamed, is still the reader's only way to tell who spoke.
      return `${briefly(who)} for the ${modifiers}${noun}`;
    }
    // "issued a statement saying: “…”": a document is no one's description.
    if (/^an?\s+(?:[a-z]+\s+)?(?:statement|letter|release|post|tweet)$/i.test(briefly(speaker))) return null;
    return briefly(speaker);
  }
  // "Carver Power's chief executive told a hearing": the one person the story names as holding that
  // office of that organisation ("said Carver Power's chief executive, Michelle Tran").
  // (Only a possessive can be one: the pattern's names backtrack long over a speaker without one.)
  const office = /['’]s/.test(speaker) ? OFFICE_OF_NAMED_WHOLE.exec(speaker) : null;
  if (office) {
    // Unresolved, the office is no one's name ("operations director").
    return people.resolveOfficeOf(office[1]!, office[2]!.toLowerCase());
  }
  const name = nameFrom(speaker);
  if (!name) return null;
  // "Okafor", "Mr. Naim", "van der Linde": the full name given earlier; "Sheikh Mohammed" stays as written when none fits.
  if (!name.includes(" ") || isSurnameOnly(name)) {
    // "Ms Chen": the honorific goes with the surname, to tell two Chens apart.
    const honorific = /\b(Mr|Mrs|Ms|Miss)\.?\s+\S+$/.exec(speaker)?.[1];
    // "Cllr Haskett", "Supt Cartwright": the title of an office goes with the surname too, to tell
    // the councillor from the day centre's manager of the same surname.
    const office = /(?:^|\s)(\p{L}+\.?)\s+\S+$/u.exec(speaker)?.[1];
    const titled = honorific ?? (office && officeTitleWords(office) ? office : undefined);
    return (
      people.resolve(titled ? `${titled} ${name}` : name, article.id, position) ??
      // "His wife, Carys, said": a name set off after a description of a person may be a first name;
      // so is one after a knight's or a dame's title ("Dame Josephine said", "Sir Keir").
      ((setOff || /^(?:Sir|Dame)\s/.test(speaker)) && !name.includes(" ") ? people.resolveGivenName(name) : null) ??
      // "Callum said" after "Their son, Callum Calder, 14," in the same article: a first name alone
      // (a child's, a family member's) stands for the one person the article named so in full before.
      (speaker === name && !name.includes(" ") ? people.resolveGivenName(name, article.id, position) : null) ??
      // "Kip said" where another article named "Kip and Mona Lisa Harding": the couple's partner.
      (speaker === name && !name.includes(" ") ? people.resolveCoupleMember(name) : null) ??
      // "Norvia said": the organisation the story names in full ("Norvia Airlines").
      (speaker === name && ![...context.names].some((known) => known.endsWith(` ${name}`))
        ? organisations.resolveShortName(name)
        : null) ??
      (speaker.includes(" ") ? speaker : name)
    );
  }
  // "Pacific Crest said" after "Pacific Crest Energy": the one organisation the story names so in
  // full, when no one of that name is described as a person.
  if (speaker === name) {
    const organisation = organisations.resolveShortName(name);
    // The words the full name adds make it an organisation's ("Energy"), not a name run on ("… O’Neal O’Neal").
    const added = organisation?.slice(name.length).trim().split(/\s+/) ?? [];
    if (
      organisation &&
      added.some(isOrganisationWord) &&
      !people.people.some((mention) => mention.name === name && (mention.roles.length > 0 || mention.heads.length > 0))
    )
      return organisation;
  }
  // "Mac Suibhne said" after "Niamh Mac Suibhne": a surname of two words, the end of one full name.
  if (!context.names.has(name)) {
    const full = people.resolve(name, article.id, position);
    if (full) return full;
  }
  // "Mona Lisa said" after "Kip and Mona Lisa Haldane": two given names, the opening of the one full
  // name of the story that is them and a surname (not "Mobb Deep" in a headline's "Mobb Deep Songs Remixed").
  if (speaker === name) {
    const fuller = [...context.names].filter(
      (known) => known.startsWith(`${name} `) && !known.slice(name.length + 1).includes(" "),
    );
    if (fuller.length === 1) return fuller[0]!;
  }
  // "Al Jazeera Hillary Clinton" (two sentences run together in the source): the name the story
  // gives on its own elsewhere, when the run ends with one.
  const tokens = name.split(" ");
  for (let first = 1; first <= tokens.length - 2; first += 1) {
    const shorter = tokens.slice(first).join(" ");
    if (context.names.has(shorter)) return shorter;
  }
  return name;
}

/** "who gave his name only as Tomasz", "who gave her first name as Maria": the name a source gave, alone. */
const GAVE_NAME =
  "who\\s+gave\\s+(?:his|her|their|only\\s+(?:his|her|their))\\s+(?:first\\s+)?name\\s+(?:only\\s+)?as\\s+(\\p{Lu}[\\p{L}’'-]+)";
/** "who asked not to be named", "who did not want to be identified": a source the writer leaves unnamed. */
const NOT_NAMED =
  "who\\s+(?:asked|wished|wanted|preferred|declined|refused|did\\s+not\\s+want|didn[’']t\\s+want)\\s+(?:not\\s+)?to\\s+be\\s+(?:named|identified)";
/** Someone described, with no name: "a parent", "one mother", "a rescue team member". */
const SOME_ONE = "((?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+)";
const NAMED_ONLY_BEFORE = new RegExp(`${GAVE_NAME},?\\s+${SPEECH_VERB}\\b[^.!?“”"]{0,60}$`, "u");
const NAMED_ONLY_AFTER = new RegExp(`^[,.!?]?\\s*${SPEECH_VERB}\\s+[^.!?“”"\\n]{0,80}?\\b${GAVE_NAME}`, "u");
const NOT_NAMED_BEFORE = new RegExp(
  `(?:^|[,;]\\s+)${SOME_ONE},?\\s+${NOT_NAMED},?\\s+${SPEECH_VERB}\\b[^.!?“”"]{0,60}$`,
  "u",
);
const DESCRIBED_WHO_BEFORE = new RegExp(
  `^((?:[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)\\s+who\\s+[^,;:“”"]{1,100}?\\s+${SPEECH_VERB}\\b[^.!?“”"]{0,60}$`,
  "u",
);
// Compiled once: unnamedSubjectBefore asks them of every unnamed subject it reads.
const GAVE_NAME_PATTERN = new RegExp(GAVE_NAME, "u");
const NOT_NAMED_PATTERN = new RegExp(NOT_NAMED, "u");
const NOT_NAMED_AFTER = new RegExp(`^[,.!?]?\\s*${SPEECH_VERB}\\s+${SOME_ONE},?\\s+${NOT_NAMED}`, "u");

/**
 * A source the text names only as they asked: by the first name they gave ("who gave his name only
 * as Ahmed"), or by the description of someone who asked not to be named ("an islander who asked
 * not to be named said"), in the attribution right before or after a quote.
 */
function sourceNamedOnlyAs(sentenceBefore: string, after: string): { speaker: string; style: AttributionStyle } | null {
  const gaveBefore = NAMED_ONLY_BEFORE.exec(sentenceBefore);
  if (gaveBefore) return { speaker: gaveBefore[1]!, style: "name-said-quote" };
  const gaveAfter = NAMED_ONLY_AFTER.exec(after);
  if (gaveAfter) return { speaker: gaveAfter[1]!, style: "quote-said-name" };
  // "A climber who watched the slide from the ridge said it was “…”": the relative clause is theirs,
  // and no name in it speaks.
  const who = DESCRIBED_WHO_BEFORE.exec(sentenceBefore.trimStart());
  if (who && UNNAMED_PERSON.test(who[1]!))
    return { speaker: who[1]!.replace(/^An?\b/, (word) => word.toLowerCase()), style: "name-said-quote" };
  const describedBefore = NOT_NAMED_BEFORE.exec(sentenceBefore.trimStart());
  const described = describedBefore?.[1] ?? NOT_NAMED_AFTER.exec(after)?.[1];
  if (!described) return null;
  return {
    speaker: described.replace(/^(?:An?|[Oo]ne)\b/, (word) => (/^[Oo]ne$/.test(word) ? "a" : word.toLowerCase())),
    style: describedBefore ? "name-said-quote" : "quote-said-name",
  };
}

/** A sentence opening on someone unnamed who speaks: "A passenger stranded at Oban said she …". */
const UNNAMED_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+)(${SOME_ONE}(?:,?\\s+${GAVE_NAME},?|,?\\s+${NOT_NAMED},?)?[^.!?“”"\\n]{0,80}?)\\s+${SPEECH_VERB}\\s+(?:that\\s+)?(he|she|they|it\\s+was|[^.!?“”"\\n]{0,3})`,
  "gu",
);

/**
 * "A passenger stranded at Oban said she had slept in her car. “…,” she said.": a pronoun after a
 * sentence that opens on someone unnamed speaking (described by what they do, or by the first name
 * they gave), with no one named or quoted since, stands for that person.
 */
function unnamedSubjectBefore(
  pronoun: string,
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
): string | null {
  const text = article.text;
  const paragraphStart = text.lastIndexOf("\n", position - 1) + 1;
  // "A spokesman for the council said ….¶‘The levels …¶‘It is now for the HSE …,’ he said.": the
  // paragraphs of a quote left open before the pronoun's go on with it.
  let previousStart = text.lastIndexOf("\n", text.slice(0, paragraphStart).trimEnd().length - 1) + 1;
  while (previousStart > 0 && withoutOpenQuoteParagraphs(text.slice(previousStart, paragraphStart)).trim() === "")
    previousStart = text.lastIndexOf("\n", text.slice(0, previousStart).trimEnd().length - 1) + 1;
  const speaking = context.speakers.filter((entry) => entry.at < position).pop();
  const from = Math.max(previousStart, speaking ? speaking.at + 1 : 0);
  let found: { speaker: string; at: number } | null = null;
  for (const match of text.slice(from, position).matchAll(UNNAMED_SUBJECT)) {
    const at = from + match.index + match[0].indexOf(match[1]!);
    if (context.inQuote(at)) continue;
    const gaveName = GAVE_NAME_PATTERN.exec(match[1]!);
    const possessive = /\bgave\s+(?:only\s+)?(his|her)\b/.exec(match[1]!)?.[1];
    if (possessive && (possessive === "his") !== /^he$/i.test(pronoun)) continue;
    const description = match[2]!.replace(/^(?:An?|[Oo]ne)\b/, (word) =>
      /^[Oo]ne$/.test(word) ? "a" : word.toLowerCase(),
    );
    // "A spokesman for the council": the whole subject, the body it speaks for with it.
    const subject = match[1]!.trim().replace(/^(?:An?)\b/, (word) => word.toLowerCase());
    if (gaveName) found = { speaker: gaveName[1]!, at };
    else if (spokespersonFits(subject, pronoun)) found = { speaker: subject, at };
    else if (
      UNNAMED_PERSON.test(description) ||
      NOT_NAMED_PATTERN.test(match[1]!) ||
      // "A veterinarian at the checkpoint said she was not allowed to …": the pronoun the source
      // speaks of itself with is the one the quote after is given with.
      (match[4]?.toLowerCase() === pronoun.toLowerCase() && fitsPronoun(description, pronoun))
    )
      found = { speaker: description, at };
  }
  if (!found) return null;
  // No one named, nor quoted, between that sentence and the pronoun.
  const after = found.at + 1;
  const namedSince = namesSomeoneBetween(people, article.id, after + 1, position);
  const between = withoutOpenQuoteParagraphs(text.slice(after, text.lastIndexOf("\n", position - 1) + 1));
  if (namedSince || /[“"‘]/.test(between)) return null;
  return found.speaker;
}

/** A sentence opening on a relative who speaks: "Her husband, a joiner, said he …". */
const RELATIVE_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+)(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(husband|wife)(?:,\\s+[^,.;“”"\\n]{1,60},)?\\s+(?:(?:also|later|then)\\s+)?${SPEECH_VERB}\\b`,
  "gu",
);
/** "Alan and Judith Marr": a couple under one surname. */
const COUPLE = /\b(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/gu;

/**
 * "Alan and Judith Marr … Mrs Marr … said …. Her husband, a joiner, said he would …. ‘…,’ he said.":
 * a pronoun right after a sentence whose subject is a spouse, named by no one since, stands for that
 * spouse: the one of a couple the article named under one surname who is not shown to be of the other
 * sex; when no couple tells who that is, the speaker stays unresolved (null), never the last person
 * named. Undefined when no such sentence comes before the pronoun in its paragraph.
 */
function relativeSubjectBefore(
  pronoun: string,
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
): string | null | undefined {
  const text = article.text;
  const paragraphStart = text.lastIndexOf("\n", position - 1) + 1;
  const paragraph = text.slice(paragraphStart, position);
  const match = [...paragraph.matchAll(RELATIVE_SUBJECT)].pop();
  if (!match) return undefined;
  const at = paragraphStart + match.index;
  const after = text.slice(at + match[0].length, position);
  // The relative must be the pronoun's last subject: no one named, nor quoted, since.
  if (/[“"‘]/.test(after)) return undefined;
  if (namesSomeoneBetween(people, article.id, at + 1, position)) return undefined;
  const wanted = match[1] === "husband" ? "male" : "female";
  if ((wanted === "male") !== /^he$/i.test(pronoun)) return undefined;
  const couple = [...text.slice(0, at).matchAll(COUPLE)].pop();
  if (!couple) return null;
  const members = [`${couple[1]} ${couple[3]}`, `${couple[2]} ${couple[3]}`];
  const fitting = members.filter((name) => {
    const gender = people.genderOf(name) ?? [...(context.pronounsGiven.get(`${article.id}\u0000${name}`) ?? [])][0];
    return gender !== (wanted === "male" ? "female" : "male");
  });
  return fitting.length === 1 ? fitting[0]! : null;
}

/** Whether the article names anyone from `from` up to, not including, `to`. */
function namesSomeoneBetween(people: PeopleIndex, articleId: string, from: number, to: number): boolean {
  return people.inArticle(articleId).some((mention) => mention.start >= from && mention.start < to);
}

/** Paragraphs that open a quotation and leave it open ("‘The levels we found …"), taken out of a text. */
function withoutOpenQuoteParagraphs(text: string): string {
  return text
    .split("\n")
    .filter((line) => !(/^\s*[“‘"]/.test(line) && !/[”’"]\s*$/.test(line)))
    .join("\n");
}

/** "a spokesman for the council", "a police spokeswoman": someone unnamed who speaks for a body. */
const SPOKESPERSON_DESCRIPTION =
  /^an?\s+(?:[a-z-]+\s+){0,2}?spokes(man|woman|person)(?:\s+for\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)?$/u;

/** Whether a description is of a spokesperson whom the pronoun may stand for ("spokeswoman" is never a "he"). */
function spokespersonFits(description: string, pronoun: string): boolean {
  const noun = SPOKESPERSON_DESCRIPTION.exec(description)?.[1];
  if (!noun || !/^(?:he|she)$/i.test(pronoun)) return false;
  return noun === "person" || (noun === "man") === /^he$/i.test(pronoun);
}

/** Whether a description's noun may be a "he" or a "she": "a veterinarian" either, "a man" only "he". */
function fitsPronoun(description: string, pronoun: string): boolean {
  const noun = /(\p{Ll}+)$/u.exec(description)?.[1] ?? "";
  const gender = /^(?:man|boy|gentleman)$/.test(noun)
    ? "male"
    : /^(?:woman|girl|lady)$/.test(noun)
      ? "female"
      : genderOfNoun(noun);
  return gender === null || (gender === "male") === /^he$/i.test(pronoun);
}

/** A sentence or clause whose subject is an office, speaking: "the president said he planned to …". */
const OFFICE_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|,\\s+)([Tt]he\\s+(?:[a-z-]+\\s+){0,2}?(?:president|prime\\s+minister|minister|secretary|governor|mayor|senator|premier|chancellor|judge|coach|manager|chief\\s+executive|chief|director|chair(?:man|woman)?|commissioner|ambassador|leader))\\s+(?:also\\s+|later\\s+)?${SPEECH_VERB}\\b`,
  "gu",
);

/**
 * "Speaking to reporters, the president said he planned to …. “…,” he said.": a pronoun in the
 * paragraph of a sentence whose subject is an office, with no one named nor quoted since, stands for
 * the one holding it (or for no one the story names, never the last speaker). Undefined when no such
 * sentence comes before the pronoun in its paragraph.
 */
function officeSubjectBefore(
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
): string | null | undefined {
  const text = article.text;
  const paragraphStart = text.lastIndexOf("\n", position - 1) + 1;
  const match = [...text.slice(paragraphStart, position).matchAll(OFFICE_SUBJECT)].pop();
  if (!match) return undefined;
  const at = paragraphStart + match.index + match[0].indexOf(match[1]!);
  if (context.inQuote(at) || /[“"‘]/.test(text.slice(at, position).replace(/[“"‘][^“"‘”’]*$/u, ""))) return undefined;
  if (namesSomeoneBetween(people, article.id, at + 1, position)) return undefined;
  const holder = people.resolve(match[1]!, article.id, at);
  // The holder this article means: one it names before (another article's "President George W. Bush" is
  // not the "president" of an article that names only "President Obama").
  const surname = holder?.split(/\s+/).pop();
  const namedHere =
    surname !== undefined &&
    new RegExp(`(?<!\\p{L})${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(text.slice(0, at));
  return holder && namedHere && context.names.has(holder) ? holder : null;
}

/** Whom "he", "she" or "they" stands for, by where people were named and who spoke last. */
function pronounAntecedent(
  speaker: string,
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
): string | null {
  const introduced = unnamedSubjectBefore(speaker, article, position, people, context);
  if (introduced) return introduced;
  const office = officeSubjectBefore(article, position, people, context);
  if (office !== undefined) return office;
  // "he said": the last person seen speaking (a quote's speaker or "X said" in the text), unless
  // someone is named in full after that in the same paragraph ("Blinken, who visited…, placed… “…,” he said").
  const speaking = context.speakers.filter((entry) => entry.at < position && position - entry.at < 1500).pop();
  const named = people.lastBefore(article.id, position);
  // "De Boer said …" opening a sentence is Marit de Boer's surname, not a name of its own.
  const fullName = (name: string) =>
    isSurnameOnly(name) ? (people.resolve(name, article.id, position) ?? name) : name;
  // "… host Sean Hannity, who has ripped what he called the “…”": the pronoun is in a clause on the name.
  if (named && /^,\s+who\b[^.;:“”"]{0,80}$/.test(article.text.slice(named.start + named.name.length, position)))
    return fullName(named.name);
  const paragraphStart = article.text.lastIndexOf("\n", position) + 1;
  if (
    named &&
    named.start >= paragraphStart &&
    (!speaking || named.start > speaking.at) &&
    !context.inQuote(named.start) &&
    opensSentence(article.text, named.start, position)
  )
    return fullName(named.name);
  // "The host, Clara Beaumont, interrupted Dev Sharma twice. “…,” she said.": the person opening a
  // sentence of the paragraph, after the last speaker, rather than the one named after her.
  const subject = people
    .inArticle(article.id)
    .filter(
      (mention) =>
        mention.start >= paragraphStart &&
        mention.start < position &&
        (!speaking || mention.start > speaking.at) &&
        !context.inQuote(mention.start) &&
        opensSentence(article.text, mention.start) &&
        !/['’]s\b/.test(mention.name) &&
        // Not a possessive ("Brown’s Plan B") nor a body before its member ("Claremont McKenna dean of students Mary Spellman").
        !/^(?:['’]s?\s|\s+(?:[\p{Ll}-]+\s+){1,4}\p{Lu})/u.test(
          article.text.slice(mention.start + mention.name.length, mention.start + mention.name.length + 60),
        ),
    )
    .pop();
  if (subject && context.names.has(subject.name)) return fullName(subject.name);
  // One-sentence paragraphs: "Chief executive Karin Halvorsen apologised…" then, opening the next
  // paragraph, "“…,” she said." The person who opened the paragraph before, with no one heard since.
  // A paragraph between that names no one and has the same pronoun for subject goes on about her
  // ("Amina Farouk was dismissed …¶At a press conference she read from the letter: “…”¶“…,” she said.").
  let previousEnd = article.text.slice(0, paragraphStart).trimEnd().length;
  let previousStart = article.text.lastIndexOf("\n", previousEnd - 1) + 1;
  for (let step = 0; step < 2 && named && named.start < previousStart; step += 1) {
    const head = article.text.slice(previousStart, previousEnd).split(/[“"‘]/)[0]!;
    const namesSomeone = namesSomeoneBetween(people, article.id, previousStart, previousEnd);
    if (namesSomeone || !new RegExp(`(?:^|\\s)${speaker}\\s+\\p{Ll}`, "iu").test(head)) break;
    previousEnd = article.text.slice(0, previousStart).trimEnd().length;
    previousStart = article.text.lastIndexOf("\n", previousEnd - 1) + 1;
  }
  const lead = article.text.slice(previousStart, named?.start ?? previousStart).trim();
  if (
    named &&
    named.start >= previousStart &&
    (!speaking || speaking.at < previousStart) &&
    // Nothing before the pronoun in its paragraph names anyone else or quotes ("In his resignation letter, he wrote: “…”");
    // initials name no person ("She told the BBC: '…'").
    /^[^“”"]*$/.test(article.text.slice(paragraphStart, position)) &&
    !/\p{Lu}/u.test(article.text.slice(paragraphStart + 1, position).replace(/\b\p{Lu}{2,}\b/gu, "")) &&
    // The name opens that paragraph (after a description at most: "Former world champion Sven
    // Aaltonen …", "The charity’s chief executive, Olivia Brandt, …"), which is a sentence, not a
    // label or a quote.
    (SUBJECT_DESCRIPTION.test(lead) ||
      lead
        .split(/\s+/)
        .every(
          (word) =>
            word === "" ||
            /^the$/i.test(word) ||
            TITLE_WORDS.has(word.toLowerCase()) ||
            (/^[a-z-]+$/.test(word) && !NOT_DESCRIBING.test(word)),
        )) &&
    /[.!?]$/.test(article.text.slice(previousStart, previousEnd)) &&
    !/[“”"]/.test(article.text.slice(named.start, previousEnd))
  )
    return fullName(named.name);
  // "Ashdown himself took the stand. Asked by …, Dana Whitlock, whether …, he said:": a person of the
  // story whose surname opens a sentence of the pronoun's paragraph, after the last speaker, is its subject.
  const from = Math.max(paragraphStart, speaking?.at ?? 0);
  let opener: string | null = null;
  for (const match of article.text.slice(from, position).matchAll(SENTENCE_OPENING_SURNAME)) {
    const at = from + match.index + match[0].indexOf(match[1]!);
    // "Lowther asked him whether …. ‘…,’ he said.": the one asked answers, not the asker.
    if (/^\s+asked\s+(?:him|her|them)\b/.test(article.text.slice(at + match[1]!.length))) continue;
    const full = context.inQuote(at) ? null : people.resolve(match[1]!, article.id, at);
    if (full && context.names.has(full)) opener = full;
  }
  if (opener) return opener;
  // "Among those outside court was Gary Mellor, one of the claimants. “…,” he said.": the one person the
  // pronoun's paragraph names since the last speaker, wherever in the sentence, rather than that speaker;
  // not one named as the object of a preposition ("would write to the health secretary, Victor
  // Adeyemi"), nor when anyone else is referred to since ("Ms Summers said …").
  const namedSince = people
    .inArticle(article.id)
    .filter((mention) => mention.start >= from && mention.start < position && !context.inQuote(mention.start));
  const sole = namedSince.length === 1 ? namedSince[0]! : undefined;
  if (
    sole &&
    context.names.has(sole.name) &&
    !OBJECT_OF_PREPOSITION.test(article.text.slice(Math.max(from, sole.start - 60), sole.start)) &&
    !/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u.test(article.text.slice(from, position))
  )
    return fullName(sole.name);
  return (
    previousParagraphSubject(article, paragraphStart, position, speaking, people, context, speaker) ??
    (speaking ? fullName(speaking.name) : null)
  );
}

/** The words before a name that make it a preposition's object: "to the health secretary, ", "with ". */
const OBJECT_OF_PREPOSITION =
  /\b(?:to|with|by|for|of|from|at|against|on|about|towards?|into|over|than|like|under|behind|beside|near)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+,\s+)?$/u;
/**
 * A verb in the past, then its object: "arrested ", "charged the driver "; not "Among the injured was ",
 * nor an adjective in "-ed" before a role ("retired teacher ").
 */
const OBJECT_OF_VERB = /\b\p{Ll}+ed\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?)?$/u;
/** A verb in the past, then a possessive and its noun: "thanked her producers", "praised his players". */
const OWN_POSSESSIVE = /^\s+\p{Ll}+ed\s+(his|her)\s+\p{Ll}/u;
/** A name opening a clause joined by "and" or "but", then its verb: ", and Rivlin referred to". */
const CLAUSE_SUBJECT =
  /,\s+(?:and|but)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+(?:\p{Ll}+ed|said|told|says|spoke|wrote|made|gave)\b/gu;
/**
 * A person opening a paragraph: alone, set off by a description, or the first of two joined by "and";
 * a party and a state in brackets may follow the name ("Rep. Michael Grimm (R-N.Y.), also …").
 */
const PARAGRAPH_SUBJECT =
  /^((?:\p{Lu}[\p{L}’'-]*\.?\s+){0,3}\p{Lu}[\p{L}’'-]+)(?=,|\s+and\s+(?:the\s+)?\p{Lu}|\s+\p{Ll}|\s+\([A-Z][\w.]*-[\p{L}.]+\)[,\s])/u;

/**
 * "Pryce, the race director, defended the decision …¶“…,” he said.", "Margaret Oduya and the Rev Simon
 * Adeyemi shared a platform …¶“…,” she said.": a paragraph quoting no one, after the last speaker,
 * whose subject is a person of the story (in full or by surname) gives the quote opening the next one
 * its speaker; of two joined by "and", the first (fitPronounGender turns to the other when the texts
 * show the first is of the other sex).
 */
function previousParagraphSubject(
  article: Article,
  paragraphStart: number,
  position: number,
  speaking: { name: string; at: number } | undefined,
  people: PeopleIndex,
  context: SpeakerContext,
  pronoun: string,
): string | null {
  const text = article.text;
  if (text.slice(paragraphStart, position).trim() !== "") return null;
  const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
  const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
  if (previousEnd <= 0 || (speaking && speaking.at >= previousStart)) return null;
  const paragraph = text.slice(previousStart, previousEnd);
  if (/[“”"‘]/.test(paragraph) || !/[.!?]$/.test(paragraph)) return null;
  const fullNameOf = (run: string | undefined) => {
    const name = run ? nameFrom(run) : null;
    if (!name) return null;
    const full = context.names.has(name)
      ? name
      : name.includes(" ")
        ? null
        : people.resolve(name, article.id, previousStart);
    return full && context.names.has(full) ? full : null;
  };
  let run = PARAGRAPH_SUBJECT.exec(paragraph)?.[1];
  let full = fullNameOf(run);
  // "The ability of the security services … was a source of pride, and Rivlin referred to the trial
  // as …¶“…,” he said.": with no person opening the paragraph, the person the last clause is about.
  if (!full) {
    const clause = [...paragraph.matchAll(CLAUSE_SUBJECT)].pop();
    full = fullNameOf(clause?.[1]);
    run = full ? "" : run;
  }
  // "Among them was Leeds student Hannah Cole, 24, who …¶“…,” she said.": with no person opening the
  // paragraph, the one person it names, unless the texts show that person is of the other sex or the
  // name is a preposition's or a verb's object ("… was taken to see Dr Ann Hale.", "Police arrested Tom
  // Hale"), someone the paragraph tells of rather than its subject.
  // Not when a pronoun is that paragraph's subject ("He added that … Mitch McConnell …": the one
  // already spoken of goes on), another is referred to by an honorific ("Mr. Smith approached …"), or
  // the one named asks the question the quote answers ("Host Chris Wallace asked the senator …").
  if (
    !full &&
    !/^(?:He|She|They|His|Her|Their)\b/.test(paragraph) &&
    !/\b(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}[\p{L}’'-]+(?![\p{L}’'-]|\s+\p{Lu})/u.test(paragraph)
  ) {
    const named = people
      .inArticle(article.id)
      .filter((mention) => mention.start >= previousStart && mention.start < previousEnd);
    const sole = new Set(named.map((mention) => fullNameOf(mention.name) ?? mention.name));
    const only = sole.size === 1 ? [...sole][0]! : null;
    const gender = /^he$/i.test(pronoun) ? "male" : /^she$/i.test(pronoun) ? "female" : null;
    const seen = only ? people.genderOf(only) : null;
    const before = named[0] ? text.slice(Math.max(previousStart, named[0].start - 60), named[0].start) : "";
    const after = named[0] ? text.slice(named[0].start + named[0].name.length) : "";
    if (
      only &&
      context.names.has(only) &&
      (!seen || !gender || seen === gender) &&
      !OBJECT_OF_PREPOSITION.test(before) &&
      !OBJECT_OF_VERB.test(before) &&
      !/^\s+asked\b/.test(after)
    )
      return only;
  }
  if (run === undefined || !full) return null;
  // "Hamish Grant stood beside Chief Inspector Fiona Baird …": someone else named in the paragraph,
  // not as the subject's partner, may as well be the one the pronoun means.
  const paired = /^\s+and\s/.test(paragraph.slice(run.length));
  const others = people
    .inArticle(article.id)
    .some((mention) => mention.start >= previousStart && mention.start < previousEnd && mention.name !== full);
  // "Okoro thanked her producers, Kip and Mona Lisa Haldane, who …¶“…,” she said.": the subject the
  // texts show to be of the pronoun's sex speaks, not someone named after the verb; the possessive of
  // its own clause shows it ("Okoro thanked her producers").
  const gender = /^he$/i.test(pronoun) ? "male" : /^she$/i.test(pronoun) ? "female" : null;
  const own = OWN_POSSESSIVE.exec(paragraph.slice(run.length))?.[1];
  const fits =
    gender !== null && (people.genderOf(full) ?? (own ? (own === "his" ? "male" : "female") : null)) === gender;
  return paired || !others || fits ? full : null;
}

/**
 * A surname used alone as a sentence's subject, or joined to one by "and" ("Castellanos and Ortega
 * toured …"); not an object ("watches Kimmel make jokes", "looking for Beatty").
 */
const LONE_SURNAME =
  /(?<=(?:^|\n|[.!?]["”’]?\s+)(?:\p{Lu}\p{Ll}[\p{L}’'-]+\s+and\s+)?)\p{Lu}\p{Ll}[\p{L}’'-]+(?![\p{L}’'-]|\s+\p{Lu})/gu;
/** "Mr Rennie", "Ms. Shah": a person the text refers to by an honorific and a surname. */
const HONORIFIC_REFERENCE = /\b(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}[\p{L}’'-]+/gu;

/**
 * "Chief arbiter Helen Marsh said her staff had found a phone": a possessive opening what a person
 * said is, as a rule, their own, and tells their sex (read from their last mention before the quote).
 */
function ownPossessiveGender(
  name: string,
  article: Article,
  position: number,
  people: PeopleIndex,
): "male" | "female" | null {
  const mention = people
    .inArticle(article.id)
    .filter((item) => item.name === name && item.start < position)
    .pop();
  if (!mention) return null;
  const after = article.text.slice(mention.start + mention.name.length, mention.start + mention.name.length + 30);
  const own =
    /^\s+(?:said|says)\s+(his|her)\s+(?!(?:that|to|the|a|an|and|or|he|she|it|they|was|had|would)\b)\p{Ll}/u.exec(
      after,
    )?.[1];
  return own ? (own === "his" ? "male" : "female") : null;
}

/**
 * "Anna Kovacs and her husband, Peter, … “…,” he said": a pronoun never stands for someone the texts
 * show to be of the other sex. When the person found is, or none is found, the pronoun goes to the
 * person named last in its paragraph or the two before whom it fits: one shown to be of its sex, or,
 * against a person of the other sex, one of whom nothing is shown.
 */
function fitPronounGender(
  pronoun: string,
  found: string | null,
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
): string | null {
  const wanted = /^he$/i.test(pronoun) ? "male" : /^she$/i.test(pronoun) ? "female" : null;
  if (!wanted) return found;
  // What the texts show of the person found, else what an earlier "he" or "she" given to them showed.
  const given = found ? context.pronounsGiven.get(`${article.id}\u0000${found}`) : undefined;
  const foundGender = found
    ? (people.genderOf(found) ??
      (given?.size === 1 ? [...given][0]! : null) ??
      ownPossessiveGender(found, article, position, people))
    : null;
  if (found && foundGender !== (wanted === "male" ? "female" : "male")) return found;
  const text = article.text;
  // The pronoun's paragraph and the two before it (blank lines between are no paragraphs).
  let from = text.lastIndexOf("\n", position - 1) + 1;
  for (let step = 0; step < 2 && from > 0; step += 1)
    from = text.lastIndexOf("\n", text.slice(0, from).trimEnd().length - 1) + 1;
  const named: Array<{ name: string; at: number }> = people
    .inArticle(article.id)
    .filter(
      (mention) =>
        mention.start >= from &&
        mention.start < position &&
        !context.inQuote(mention.start) &&
        context.names.has(mention.name) &&
        // "the St Luke’s food bank": a saint's name is a church's or a place's.
        !/^St\.?\s/.test(mention.name),
    )
    .map((mention) => ({ name: mention.name, at: mention.start }));
  for (const match of text.slice(from, position).matchAll(HONORIFIC_REFERENCE)) {
    const at = from + match.index;
    const name = context.inQuote(at) ? null : people.resolve(match[0], article.id, at);
    if (name) named.push({ name, at });
  }
  // "Castellanos and Ortega toured the floor": a surname alone of a person the story names in full.
  const fullNames = [...named];
  for (const match of text.slice(from, position).matchAll(LONE_SURNAME)) {
    const at = from + match.index;
    if (context.inQuote(at) || fullNames.some((entry) => at >= entry.at && at < entry.at + entry.name.length)) continue;
    const name = people.resolve(match[0], article.id, at);
    if (name && context.names.has(name) && name.endsWith(` ${match[0]}`)) named.push({ name, at });
  }
  const fitting = named
    .sort((a, b) => a.at - b.at)
    .filter(({ name }) => {
      // What the texts show, never an earlier pronoun's reading, picks among them: one misread
      // pronoun must not pass its mistake on to every later one.
      const gender = people.genderOf(name);
      return gender === wanted || (found !== null && gender === null && name !== found);
    });
  // The person found is shown to be of the other sex, and no one named fits: better no speaker than
  // the wrong one ("the woman … she said" after Anthony Weiner, "he", was named).
  return fitting.pop()?.name ?? null;
}

/** "the Mercers", "the Joneses" (a surname in the plural), "the family", "the couple". */
const FAMILY_REFERENCE = /^[Tt]he\s+(?:(\p{Lu}[\p{L}’'-]+?)(?:(?<=[sxz]|[cs]h)es|s)|family|couple)$/u;

/**
 * The family an article named before a position, the latest first: "Dale and Ruth Mercer" (a couple
 * under one surname) or "the Verbruggen family"; only one of that surname when one is given.
 */
function familyBefore(text: string, position: number, surname: string | null): string | null {
  const window = text.slice(Math.max(0, position - 2000), position);
  const word = "\\p{Lu}[\\p{L}’'-]+";
  const found = [
    ...window.matchAll(new RegExp(`\\b(${word}\\s+and\\s+${word}\\s+(${word}))(?![\\p{L}’'-])`, "gu")),
    ...window.matchAll(new RegExp(`\\b([Tt]he\\s+(${word})\\s+family)\\b`, "gu")),
  ]
    // "National Archives and Records Administration" is no couple.
    .filter(
      (match) =>
        (surname === null || match[2] === surname) &&
        !match[1]!.split(/\s+/).some(isOrganisationWord) &&
        !/\p{Lu}[\p{L}’'-]*\s+$/u.test(window.slice(Math.max(0, match.index - 30), match.index)),
    )
    .sort((a, b) => a.index - b.index);
  return found[found.length - 1]?.[1]?.replace(/^The\b/, "the") ?? null;
}

function bothAgree(one: string | null, other: string | null): string | null {
  return one === other ? one : null;
}

/** Whom "the 29-year-old dad" stands for: whom the pronoun would, unless the article gives them another age. */
function agedAntecedent(
  pronoun: string,
  age: string,
  article: Article,
  position: number,
  people: PeopleIndex,
  context: SpeakerContext,
): string | null {
  // "The 62-year-old academic said … “…”": the description opens its paragraph as a pronoun would,
  // when no one is named between.
  const paragraphStart = article.text.lastIndexOf("\n", position - 1) + 1;
  const from = namesSomeoneBetween(people, article.id, paragraphStart, position) ? position : paragraphStart;
  const person = fitPronounGender(
    pronoun,
    pronounAntecedent(pronoun, article, from, people, context),
    article,
    from,
    people,
    context,
  );
  if (!person) return null;
  const name = escapeRegExp(person);
  const otherAge = new RegExp(
    `${name},\\s+(?!${age}\\b)\\d{1,3},|\\b(?!${age}-)\\d{1,3}-year-old\\s+(?:[a-z-]+\\s+){0,2}${name}`,
    "u",
  );
  return otherAge.test(article.text) ? null : person;
}

/**
 * The one person of the story the texts give a role ("Professor Alan Hirst", "Alan Hirst, a
 * professor at Keele"); null when they give it no one, or two people (either could be meant).
 */
function soleHolderOf(role: string, people: PeopleIndex, context: SpeakerContext): string | null {
  const holders = new Set(
    people.people
      .filter((person) => person.roles.includes(role) || person.heads.includes(role))
      .map((person) => person.name),
  );
  const only = holders.size === 1 ? [...holders][0]! : null;
  return only && context.names.has(only) ? only : null;
}

/** The person an article's text before a quote gives an age ("Gareth Pryce, 52,", "52-year-old Owen Lloyd"), as named in full. */
function personOfAge(age: string, before: string, article: Article, people: PeopleIndex): string | null {
  const given = [
    ...before.matchAll(new RegExp(`(${NAME}),\\s+${age},`, "gu")),
    ...before.matchAll(new RegExp(`\\b${age}-year-old\\s+(?:[a-z]+\\s+){0,2}(${NAME})`, "gu")),
  ].sort((a, b) => a.index - b.index);
  const last = given[given.length - 1];
  if (!last) return null;
  // A name never runs over a paragraph break ("World¶¶Ahmad Seth Zaharie, 26,").
  const name = nameFrom(last[1]!.slice(last[1]!.lastIndexOf("\n") + 1));
  if (!name) return null;
  return name.includes(" ") && !isSurnameOnly(name) ? name : (people.resolve(name, article.id, last.index) ?? name);
}

/** "the governor", "the prime minister": an office one person holds at a time, so it names its speaker. */
/**
 * "According to the sea ministry, the offer “…”": a body the story names only by its description is
 * the source as written (the house rule for unnamed speakers), when a word tells which ("the company"
 * alone may be any company the story names); a person so described could be anyone.
 */
const BODY_HEAD =
  /^[Tt]he\s+(?:[a-z-]+\s+){1,3}(?:ministry|department|agency|government|company|union|council|committee|court|authority|commission|regulator|board|firm|operator|trust|federation|association|embassy)$/;

const SINGLE_HOLDER_OFFICE =
  /^[Tt]he\s+(?:governor|mayor|president|vice president|prime minister|premier|chancellor|pope|king|queen|sheriff|coroner|police chief|fire chief|chief constable|chief executive|attorney general|harbour master|harbor master|headteacher|head teacher|principal)$/;

/** "the Prime Minister's official spokesman", "the White House's spokeswoman": the spokesperson of someone named. */
const NAMED_SPOKESPERSON =
  /^[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*['’]s?\s+(?:[a-z]+\s+)?spokes(?:man|woman|person)$/u;

/** "the island's community council", "the village's parish council": a body that speaks for a place named, one of its kind. */
const WHOSE_BODY =
  /^[Tt]he\s+[\p{Ll}-]+['’]s?\s+(?:[a-z-]+\s+){0,2}(?:council|committee|board|trust|association|society|federation|union)$/u;

/** "“…” — the island's community council, in a letter": a body of a place signing its words. */
const AFTER_DASH_BODY = new RegExp(`^[,.!?]?\\s*[—–]\\s*(${WHOSE_BODY.source.slice(1, -1)})(?=\\s*(?:[,.;]|$))`, "u");

/** An unnamed source described by an occupation or a place in the events: "a nurse", "an intensive care nurse", "a local resident". */
const UNNAMED_PERSON =
  /^(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}(?:engineer|worker|fan|relative|nurse|doctor|paramedic|midwife|teacher|resident|neighbou?r|witness|passenger|employee|firefighter|survivor|volunteer|student|parent|shopkeeper|driver|pilot|soldier|miner|farmer|climber|walker|hiker|skier|islander|commuter|shopper|onlooker|bystander|mother|father|pupil|motorist|cyclist|customer|tenant|visitor|patient|sophomore|freshman|undergraduate|classmate|roommate|spectator|runner|protester|demonstrator|homeowner|householder|evacuee|eyewitness|villager|mourner|worshipper)$/;

/**
 * A word of an unnamed source's description: no determiner, pronoun, auxiliary ("an inquest was told":
 * no one's description), nor word of time ("a week later the council said").
 */
const UNNAMED_WORD =
  "(?:\\d{1,3}-year-old|(?!(?:the|a|an|his|her|their|its|this|that|these|those|he|she|they|it|we|is|was|were|are|be|been|being|has|had|have|will|would|could|can|may|might|should|did|does|do|later|earlier|ago|after|before|then|now|again|also|there|here|nearby|too|day|week|month|year|hour|minute|moment|while|few|lot|number|couple|statement|report|letter|release|post|tweet|message|email|note|notice|memo|sign|banner|placard|poster|study|survey|paper|document|filing|complaint|ruling|judgment|judgement|verdict|video|clip|recording|text|caption|headline|website|page|review|analysis|tribute|obituary|eulogy|article|column|editorial|blog|book|magazine|newspaper|journal|source)\\b)[a-z][a-z-]*)";
/**
 * "‘…,’ a nurse on Ward 5A told the Tattler", "“…,” a porter at the station said" ("a nurse there said":
 * the adverb is no part of the description): someone unnamed,
 * described right after the quote (in its sentence: the article in lower case) as the speech verb's
 * subject, with where they are or whom they belong to; the text gives no more than that description,
 * so it is the speaker as written. Not a document, nor a source, which say no one's words, nor a
 * thing a verb's participle describes ("a tribute posted by the family").
 */
/** A word of where an unnamed source is or whom they belong to ("on Ward 5A"); no auxiliary ("in Truro was told"). */
const PLACE_WORD = "(?!(?:is|was|were|are|has|had|have|been|will|would)\\b)[\\p{L}\\d’'-]+";
const UNNAMED_DESCRIPTION = new RegExp(`^(?:[Aa]n?|[Oo]ne)\\s+(?:${UNNAMED_WORD}\\s+){0,3}${UNNAMED_WORD}$`, "u");
const AFTER_UNNAMED_VERB = new RegExp(
  `^,?\\s*((?:an?|one)\\s+(?:${UNNAMED_WORD}\\s+){0,3}?${UNNAMED_WORD}(?:\\s+(?:at|on|from|in|of)\\s+(?:the\\s+)?(?:${PLACE_WORD}\\s+){0,2}?${PLACE_WORD})?)(?:\\s+(?:there|here|nearby|too))?\\s+${SPEECH_VERB}\\b(?!\\s+by\\b)`,
  "u",
);

/** Nouns of a person speaking for others, which a text introduces unnamed and then calls "the …". */
const PERSON_NOUN =
  /^(?:spokes(?:man|woman|person)|minister|secretary|executive|director|chief|leader|commander|negotiator|mediator|envoy|adviser|advisor|lawyer|attorney|prosecutor|manager|organi[sz]er|witness|resident|doctor|nurse|researcher|expert)$/i;

/** "a spokeswoman for Harbourline Health": who speaks for an organisation it names keeps the name. */
const SPOKESPERSON_FOR_NAME = new RegExp(
  `^(?:[Tt]he|[Aa]n?)\\s+(?:[a-z]+\\s+){0,2}?${SPEAKS_FOR}\\s+for\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|for|and|&)\\s+)?\\p{Lu}[\\p{L}’'-]*)*`,
  "u",
);

/**
 * "a spokeswoman for the council", "a spokesman for the ambulance service": who speaks for a body
 * called by its noun alone, with a word or two before the noun.
 */
const SPOKESPERSON_FOR_THE_NOUN = new RegExp(
  `^([Aa]n?\\s+(?:[a-z]+\\s+){0,2}?${SPEAKS_FOR})\\s+for\\s+the\\s+((?:\\p{Ll}+\\s+){0,2})(\\p{Ll}+)$`,
  "u",
);

/**
 * An anonymous source as described, briefly: "an Israeli official with knowledge of the talks" → "an
 * Israeli official"; a spokesperson with the organisation named ("a spokesman for Stagecraft Structures").
 */
function briefly(description: string): string {
  const forOrganisation = SPOKESPERSON_FOR_NAME.exec(description)?.[0];
  // "a member of the union's executive" is nobody without what they belong to.
  const member = /^an?\s+(?:[a-z]+\s+)?member\s+of\s/i.test(description)
    ? description.replace(/,.*$|\s+(?:who|which|with)\b.*$/i, "")
    : undefined;
  // The qualifier goes, but not a preposition inside a name ("a Department for Transport spokesman").
  const qualifier = [...description.matchAll(/\s+(?:with|who|from|for|of|in|at|on)\b/gi)].find(
    (match) =>
      !(
        /\p{Lu}[\p{L}’'-]*$/u.test(description.slice(0, match.index)) &&
        /^\s+\p{Lu}/u.test(description.slice(match.index + match[0].length))
      ),
  );
  return (forOrganisation ?? member ?? (qualifier ? description.slice(0, qualifier.index) : description))
    .replace(/^A\b/, "a")
    .replace(/^An\b/, "an");
}

/**
 * "the spokesperson said" after "…, a spokesperson for Harbourline said.": the unnamed source the
 * article introduced with the same noun, in its paragraph or the one before, described as then.
 */
function unnamedBefore(reference: string, text: string, position: number): string | null {
  const noun = /(\p{L}+)$/u.exec(reference)?.[1];
  // People only: "the statement said" after "a statement" names no one.
  if (!noun || isGenericRole(noun) || !PERSON_NOUN.test(noun)) return null;
  const paragraphStart = text.lastIndexOf("\n", position) + 1;
  const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
  const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
  const window = text.slice(previousStart, position);
  // "a spokesperson for Harbourline": the organisation named with the noun stays with it (see briefly).
  const pattern = new RegExp(
    `\\b[Aa]n?\\s+(?:[A-Za-z’'-]+\\s+){0,3}?${noun}\\b(?:\\s+for\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)?`,
    "gu",
  );
  const found = [...window.matchAll(pattern)].pop();
  return found ? briefly(found[0]) : null;
}

/**
 * "“…,” the inspector said.¶The inspector, Marisol Ortega of the …, later confirmed …": a role first
 * met unnamed, then named set off after the same words in the next sentence or paragraph (no other
 * quote between), is that person.
 */
function namedRightAfter(reference: string, text: string, position: number): string | null {
  const words = /^[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z-]+)$/.exec(reference)?.[1];
  if (!words) return null;
  // The end of the next paragraph (blank lines between are no paragraphs).
  const paragraphEnd = text.indexOf("\n", position);
  const nextStart = paragraphEnd === -1 ? -1 : paragraphEnd + /^\s*/.exec(text.slice(paragraphEnd))![0].length;
  const nextEnd = nextStart === -1 ? -1 : text.indexOf("\n", nextStart);
  const window = text.slice(position + 1, nextEnd === -1 ? text.length : nextEnd);
  const named = new RegExp(
    `(?:[.!?]\\s+|\\n)[Tt]he\\s+${words.replace(/\s+/g, "\\s+")},\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3})(?=,|\\s+(?:of|from|at)\\s)`,
    "u",
  ).exec(window);
  // Another quote between is someone else's words (the quote's own closing mark is the only one).
  const quoteBetween = (at: number) => {
    const between = window.slice(0, at);
    return /[“‘]/.test(between) || (between.match(/"/g)?.length ?? 0) > 1;
  };
  if (named) return quoteBetween(named.index) ? null : named[1]!;
  const doer = doerNamedRightAfter(words.split(/\s+/).pop()!, window);
  return doer && !quoteBetween(doer.at) ? doer.name : null;
}

/**
 * "“…,” the auctioneer said.¶Fiona Leckie, a partner at Dunmore Auctions who conducted the sale,
 * said …": the next sentence opens on a name whose description, set off before a speech verb, says
 * what the doer the quote named does (the noun's stem: "auction", "organis", "curat"). Not when the
 * description names the doer as someone else ("who complained to the auctioneers", "whose …").
 */
function doerNamedRightAfter(noun: string, window: string): { name: string; at: number } | null {
  const stem = /^([a-z]{5,}?)(?:eer|er|or|ist|ian)$/.exec(noun)?.[1];
  if (!stem) return null;
  const described = new RegExp(
    `(?:[.!?]["”’']?\\s+|\\n)(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3}),\\s+((?:an?|the|who)\\s[^,;“”"\\n]{3,120}),\\s+${SPEECH_VERB}\\b`,
    "u",
  ).exec(window);
  if (!described) return null;
  const description = described[2]!.toLowerCase();
  const opensOnNoun = new RegExp(`^(?:an?|the)\\s+(?:[a-z-]+\\s+)?${noun}\\b`).test(description);
  // Another doer's noun of the stem is someone else ("the officer" is no "official").
  const words = description
    .split(/[^\p{L}-]+/u)
    .filter((word) => word.startsWith(stem) && (word === noun || !/(?:eer|er|or|ist|ian|al|ant|ent)s?$/.test(word)));
  // The doer's own noun further in is someone else ("who hired the auctioneer").
  if (words.length === 0 || (!opensOnNoun && words.some((word) => word === noun || word === `${noun}s`))) return null;
  return { name: described[1]!, at: described.index };
}

/** Words that make what stands before a name a clause, not its description ("Critics of", "A week after"). */
const NOT_DESCRIBING =
  /^(?:of|to|by|with|for|from|and|or|but|that|which|who|after|before|when|while|about|against|on|in|at|as|than|said|says|told|is|was|are|were|has|had|have|not|no)$/;

/**
 * A description opening a sentence and set off before a name: "The moderator,", "The party's leader,",
 * "Amadi's neighbour,", "Hallam Agriculture's managing director,".
 */
const SUBJECT_DESCRIPTION =
  /^(?:The|A|An|Its|Their|His|Her|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+,$/u;
/** The same after a name's possessive ("Amadi's neighbour,"), whose owner may be the one spoken of next. */
const OWNER_BEFORE_DESCRIPTION = /^\p{Lu}[^,]*['’]s\s/u;

/** Whether only titles stand between the sentence start and a name: the person is the sentence's subject. */
function opensSentence(text: string, start: number, until?: number): boolean {
  const sentenceStart = Math.max(
    text.lastIndexOf(". ", start),
    text.lastIndexOf("\n", start),
    text.lastIndexOf("” ", start),
  );
  const lead = text.slice(sentenceStart + 1, start).trim();
  // "The moderator, Joanne Kessling, cut off …": a name set off after the description opening the
  // sentence is its subject too. After an owner's possessive ("Prodigy's mother, Fatima Johnson, was
  // …. When she passed, Prodigy eulogized her: “…,” he wrote.") only when no later sentence before
  // `until` names anyone (a capitalised word other than a pronoun).
  if (SUBJECT_DESCRIPTION.test(lead) && /^,/.test(text.slice(start).replace(/^[\p{L}’'. -]+/u, ""))) {
    if (!OWNER_BEFORE_DESCRIPTION.test(lead)) return true;
    const sentenceEnd = text.indexOf(". ", start);
    return (
      until !== undefined &&
      sentenceEnd >= 0 &&
      sentenceEnd < until &&
      !/\p{Lu}/u.test(text.slice(sentenceEnd + 1, until).replace(/\b(?:He|She|They|It|We|I)\b/g, ""))
    );
  }
  return lead.split(/\s+/).every(
    (word) =>
      word === "" ||
      /^[A-Z]/.test(word) ||
      /^(?:the|of|former|acting|deputy)$/.test(word) ||
      TITLE_WORDS.has(word) ||
      // A live blog's time stamp and dash ("14:28 — Ruth Ambrose is on her feet.") hold no words.
      !/\p{L}/u.test(word),
  );
}

/** Who has been seen speaking in an article so far, for "he said". */
interface SpeakerContext {
  speakers: Array<{ name: string; at: number }>;
  /** Every full name the story gives. */
  names: ReadonlySet<string>;
  organisations: OrganisationIndex;
  inQuote(position: number): boolean;
  /** A name given a person's role, or whose last word the story uses alone ("Athersmith said"): a person's, no body's. */
  isPerson(name: string): boolean;
  /**
   * Who a "he" or a "she" of an article's quotes was found to be (by article id and name: "“…,” she
   * said" given to Miriam Castellanos): the text shows her a woman, so a "he" after her and a man
   * named is his.
   */
  pronounsGiven: Map<string, Set<"male" | "female">>;
}

/** "X said" ending where the verb starts: tried only on the text just before each speech verb. */
/** What may stand between a speaking subject and its verb: "has", "also", "later". */
const BEFORE_VERB = ",?\\s+(?:(?:has|have|had|also|later|then|again|previously)\\s+){0,2}$";
const SPEAKING_SUBJECT = new RegExp(`(?:^|[^\\p{L}])${ROLE_BEFORE}(${NAME})${APPOSITIVE}${BEFORE_VERB}`, "u");
/** How SPEAKING_SUBJECT's match ends: a name's last word, an appositive's comma or an age. */
const SPEAKING_SUBJECT_END = new RegExp(`(?:(?:^|[^\\p{L}])${NAME_TOKEN}|,|\\d)${BEFORE_VERB}`, "u");
const SPEECH_VERB_AT = new RegExp(`\\b${SPEECH_VERB}\\b`, "g");

/** Commas a speaking subject can hold (see speakingSubjectIn): the one before it, an age's, an appositive's two, one before the verb. */
const SUBJECT_COMMAS = 5;

/**
 * SPEAKING_SUBJECT's match in a window, found from where it can start: none of its parts holds a
 * double quotation mark, nor more than SUBJECT_COMMAS commas outside figures ("£86,000"), so it
 * starts at the last such mark or after the comma before those at the latest, and it ends on a name,
 * an appositive or an age. The same match, without backtracking through every name of the window.
 */
function speakingSubjectIn(window: string): RegExpExecArray | null {
  let from = Math.max(window.lastIndexOf("“"), window.lastIndexOf("”"), window.lastIndexOf('"'), 0);
  let commas = 0;
  for (let at = window.lastIndexOf(",", window.length - 1); at > from; at = window.lastIndexOf(",", at - 1)) {
    if (/\d/.test(window[at - 1] ?? "") && /\d/.test(window[at + 1] ?? "")) continue;
    commas += 1;
    if (commas > SUBJECT_COMMAS) {
      from = at;
      break;
    }
  }
  // The mark or comma stays: SPEAKING_SUBJECT's "^" cannot start a name on it, as at its place in the window.
  const text = from === 0 ? window : window.slice(from);
  // A window ending on no name ("the minister said", "“…,” she said") is told cheaply: the end lies
  // in its last three words (the name's, two of BEFORE_VERB's), read from the space before them.
  if (!SPEAKING_SUBJECT_END.test(text.slice(lastWordsStart(text, 3)))) return null;
  const match = SPEAKING_SUBJECT.exec(text);
  if (match) match.index += from;
  return match;
}

/** Where a text's last `count` words start (runs of non-space), less the space before them; 0 when it has fewer. */
function lastWordsStart(text: string, count: number): number {
  let at = text.length;
  for (let word = 0; word < count; word += 1) {
    while (at > 0 && /\s/.test(text.charAt(at - 1))) at -= 1;
    while (at > 0 && !/\s/.test(text.charAt(at - 1))) at -= 1;
  }
  return Math.max(0, at - 1);
}

/** "Baskin said Netanyahu seemed…": people named as saying something outside quotes, resolved to full names. */
function speakingSubjects(
  article: Article,
  inQuote: (position: number) => boolean,
  people: PeopleIndex,
  known: ReadonlySet<string>,
  subjectOf: (window: string) => RegExpExecArray | null,
): SpeakerContext["speakers"] {
  const found: SpeakerContext["speakers"] = [];
  for (const verb of article.text.matchAll(SPEECH_VERB_AT)) {
    // "Lowther asked him whether …": the asker is not who answers the next "he said" (the one asked,
    // named before, is).
    if (/^asked\s+(?:him|her|them)\b/.test(article.text.slice(verb.index, verb.index + 12))) continue;
    const windowStart = Math.max(0, verb.index - 160);
    const match = subjectOf(article.text.slice(windowStart, verb.index));
    if (!match) continue;
    const at = windowStart + match.index + match[0].indexOf(match[1]!);
    if (inQuote(at)) continue;
    // "X, said": the name closes an appositive only when one opened right before it ("A volunteer
    // coordinator, Sam Whitfield, said"); in "Barbara Spector, …, who was known as Jane Doe, said"
    // the name ends a clause about someone else.
    const closesAppositive = /^,\s+$/.test(match[0].slice(match[0].indexOf(match[1]!) + match[1]!.length));
    if (closesAppositive && !/,\s*$/.test(article.text.slice(Math.max(0, at - 3), at))) continue;
    const name = nameFrom(match[1]!);
    if (!name || /^(?:He|She|They|It|We|I)$/.test(name)) continue;
    // Only people the story names in full: "Northwestern said" or a dateline is no one "he" can stand for.
    // "Le Bras argues": a surname of two words is the full name it ends.
    const full =
      name.includes(" ") && !known.has(name)
        ? (people.resolve(name, article.id, at) ?? name)
        : name.includes(" ")
          ? name
          : people.resolve(name, article.id, at);
    if (full && known.has(full)) found.push({ name: full, at });
  }
  return found;
}

/**
 * The person a question is put to: "“Will you resign?” a reporter asked Smith", "Pruitt asked the
 * mayor whether …", "Smith was asked whether …"; not a request ("asked Congress to act", "asked him
 * for money").
 */
const ASKED_OBJECT = new RegExp(
  `\\basked\\s+(${NAME}|[Tt]he\\s+(?:[a-z]+\\s+){0,2}[a-z]+)(?=[\\s,.;:?!]|$)(?!\\s+(?:to|for)\\b)`,
  "gu",
);
const ASKED_SUBJECT = new RegExp(
  `(?:^|[^\\p{L}])(${NAME})\\s+(?:was|were|has\\s+been|had\\s+been|is|being)\\s+(?:(?:also|later|then|again|repeatedly|twice)\\s+)?asked\\b(?!\\s+(?:to|for)\\b)`,
  "gu",
);

/** "said she had asked", "says he asked": a speaker telling of a question she put. */
const OWN_QUESTION_TOLD = new RegExp(`\\b${SPEECH_VERB}\\s+(?:that\\s+)?(?:he|she|they)\\s+(?:had\\s+)?$`, "u");

/**
 * People asked something, as the likely next speakers: the answer's "he said" is the one asked, not
 * the asker. Only people the story names in full (a role is resolved to its holder: "the mayor").
 */
/** How far around an "asked" its asker or the one asked is looked for (characters). */
const ASKED_WINDOW = 160;

function askedPeople(
  article: Article,
  inQuote: (position: number) => boolean,
  people: PeopleIndex,
  known: ReadonlySet<string>,
): SpeakerContext["speakers"] {
  const found: SpeakerContext["speakers"] = [];
  const { text } = article;
  const seen = new Set<number>();
  // The name patterns are costly over a whole article: each is read only around an "asked", from a
  // word's start some way before it.
  for (const asked of text.matchAll(/\basked\b/g)) {
    let from = Math.max(0, asked.index - ASKED_WINDOW);
    if (from > 0) from = text.indexOf(" ", from) + 1 || asked.index;
    const window = text.slice(from, asked.index + ASKED_WINDOW);
    for (const pattern of [ASKED_OBJECT, ASKED_SUBJECT])
      for (const match of window.matchAll(pattern)) {
        const at = from + match.index + match[0].indexOf(match[1]!);
        if (seen.has(at) || inQuote(at)) continue;
        // "Mrs Corrigan said she had asked Whitlock whether …. “…,” she said.": who tells of her own
        // question goes on speaking; the one asked does not answer in her words.
        if (pattern === ASKED_OBJECT && OWN_QUESTION_TOLD.test(text.slice(Math.max(0, asked.index - 60), asked.index)))
          continue;
        seen.add(at);
        const raw = match[1]!;
        const description = /^[Tt]he\s/.test(raw);
        const name = description ? raw : nameFrom(raw);
        if (!name || /^(?:He|She|They|It|We|I)$/.test(name)) continue;
        const full =
          description || !name.includes(" ") || isSurnameOnly(name) ? people.resolve(name, article.id, at) : name;
        if (full && known.has(full)) found.push({ name: full, at });
      }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Words written on a thing, quoted whole: "placards reading 'Babies Not Budgets' and 'Born in
 * Castlebridge'", "a banner that read “…”".
 */
const WRITTEN_ON_BEFORE =
  /\b(?:placards?|signs?|banners?|posters?|T-shirts?|shirts?|flags?|badges?|stickers?|graffiti|billboards?)\s+(?:that\s+|which\s+)?(?:reading|read|reads|saying|said|says|bearing|bore)\s*(?:[“"‘'][^“”"‘'\n]{1,80}[”"’']\s*(?:,\s*)?(?:and|or)?\s*)*$/u;

/** A fragment: it starts in lower case, or sits inside the writer's sentence without being a sentence itself. */
function isPartial(inner: string, sentenceBefore: string, after: string): boolean {
  const words = inner.trim();
  if (WRITTEN_ON_BEFORE.test(sentenceBefore.slice(-240))) return false;
  if (/^[\p{Ll}]/u.test(words)) return true;
  const embedded = sentenceBefore.trim() !== "" && !/[:,]\s*$/.test(sentenceBefore);
  const ends = /[.!?…,]["”’']?$/.test(words) || /^[.!?,]/.test(after);
  return embedded && !ends;
}
/**
 * A title or a label of up to six words, each capitalised but for short function words ("Meet the
 * Press", "the Road King") or a number ("Official 1").
 */
const SHOW_TITLE =
  /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|\d{1,3}|the|of|and|a|an|in|on|at|to|for)){0,5}[.,!]?$/u;
/**
 * Where a programme or a paper is named ("said on", "told", "appeared on", "in an interview with"),
 * or a label stands for the person asked or identified ("Vance asked “Contractor A”", "identified in
 * the complaint as “Official 1,”"): no words said.
 */
const TITLE_SLOT_BEFORE =
  /\b(?:on|told|to|with|in|asked|identified(?:\s+[\p{L}’'-]+){0,3}\s+as|referred\s+to\s+as)\s*$/iu;
/**
 * The same slot with the broadcaster's or the paper's name between: "said on NBC's “Meet the Press.”",
 * "told CNN's “Erin Burnett OutFront.”", "Speaking on ABC News’s “This Week,”".
 */
const OUTLET_TITLE_SLOT_BEFORE =
  /\b(?:on|told|to|with|in)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*(?:['’]s|(?<=s)['’])\s*$/u;

/**
 * A speech verb in the words right after a quote: its own attribution, resolved or not ("the man
 * wrote back"); "added" and "continued" say the speaker before goes on ("the producer added").
 */
const SAID_AFTER = new RegExp(
  `^[,.!?]?\\s*(?:[\\p{L}’'.-]+\\s+){0,5}?(?!(?:added|adds|continued)\\b)${SPEECH_VERB}\\b`,
  "u",
);
/**
 * What makes the Title Case words after it a name: "the", "a", "his", "their", a possessive ("the
 * museum’s “Kingdoms of Africa” gallery", "Asante’s “The Plunder Ledger”").
 */
const DETERMINER_BEFORE =
  /(?:(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)|\p{L}['’]s|\p{Ll}s['’])(?:\s+\d{4})?\s*$/u;
/** Works and documents, whose titles are quoted: "his 2021 book 'The Plunder Ledger'", "the report “Under Pressure”". */
const WORK_NOUN =
  "(?:book|novel|memoir|biography|report|review|study|survey|paper|film|movie|documentary|series|programme|program|show|drama|sitcom|album|song|hit|single|track|ballad|anthem|play|musical|opera|exhibition|gallery|petition|podcast|column|essay|poem|painting|magazine|newspaper|newsletter|manifesto)s?";
const WORK_BEFORE = new RegExp(`\\b${WORK_NOUN}\\s*$`, "u");
/**
 * A title whoever is named with it: after its noun, set off after it ("in her 2021 memoir, “Keeping
 * Time”, that …"), or after a verb of making a work ("says he wrote “Paper Lanterns” in a hotel room").
 */
const WORK_SET_OFF_BEFORE = new RegExp(`\\b${WORK_NOUN},\\s*$`, "u");
const WORK_MADE_BEFORE = /\b(?:wrote|written|co-wrote|recorded|released|sang|sung|composed|performed)\s*$/u;
/** A name after a preposition: "to Mr Doherty", "for Siobhan Keane". */
const OBJECT_NAME =
  /\b(?:to|for|by|with|from|about|against|at)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?/gu;
/**
 * A capitalised word opening a sentence, then a lower-case word (no possessive): a surname as its
 * subject; not after an honorific's or an initial's full stop ("that Mr. Zimmerman did"), nor an acronym.
 * A conjunction or an adverb may open the sentence before it ("But Ilyina stood by …", "Still Marsh
 * would not say …"), or a question put to them ("Asked whether …, Lloyd was careful."): the surname is
 * the subject all the same.
 */
const SENTENCE_OPENING_SURNAME =
  /(?:^|(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Rev|Sgt|Jr|Sr|\p{Lu}))[.!?]\s+)(?:(?:But|And|Yet|Still|So|Then|Now|Also|Later|Instead)\s+|(?:Asked|Pressed|Questioned)\s+[^.!?“”"‘\n]{1,100},\s+)?(\p{Lu}\p{Ll}[\p{L}-]*)\s+\p{Ll}/gu;
/** "the phrase “justice for Irene” trended": words named as words, no one’s quotation ("the words “…”" may be painted on a banner). */
const WORDS_NAMED_BEFORE = /\bthe\s+(?:phrase|term|word|expression|hashtag)\s*$/iu;
/**
 * A verb giving a name, then at most four words, then an article: "have dubbed the", "calling the
 * empty case the"; after "called" only "the" names ("called him an “automaton”" judges).
 */
const NAME_GIVEN_THE =
  /\b(?:(?:dubbed|dubbing|nicknamed|christened|known\s+as)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:the|an?)|(?:called|calling)\s+(?:[\p{L}’'-]+\s+){0,4}?the)\s+$/iu;
/** "call it the", "dubbed them a": a name given to a thing just named. */
const CALLED_IT_BEFORE = /\b(?:call|calls|called|dub|dubs|dubbed)\s+(?:it|them|this|that)\s+(?:the|an?)\s+$/;
/**
 * "what the company calls its ‘resilience plan’": the name a body gives its own thing, which the
 * writer borrows; not "what he called a “witch hunt”", a judgment of someone else's.
 */
const CALLS_ITS_OWN =
  /\bwhat\s+(?:[\p{L}’'-]+\s+){1,4}(?:calls|called|describes\s+as|described\s+as|terms|termed|dubs|dubbed)\s+(?:its|their)\s+$/u;
/**
 * "what some faculty call the university’s “deferred maintenance” problem": a name a group gives a
 * thing the sentence goes on to name (the noun after the quote); not "what he called Crimea’s
 * “illegal” referendum", one person's judgement.
 */
const CALLS_BEFORE_NOUN =
  /\bwhat\s+(?!(?:he|she|I)\s)(?:\p{Ll}[\p{L}’'-]*\s+){1,4}(?:call|calls|called|term|terms|termed|dub|dubs|dubbed)\s+(?:the\s+)?(?:the|its|their|\p{L}[\p{L}-]*['’]s?)\s+$/u;
/** "its “duty of care” to presenters": three words in lower case after a determiner, the writer's scare quotes too. */
const SCARE_QUOTED_THREE = /^\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){2}$/u;
/** Unless a ruling or a study is reported: "The court ruled that the defendant’s “…” was unlawful". */
const FINDING_REPORTED = /\b(?:ruled|rules|found|finds|reveals?|revealed|shows?|showed)\b/u;
/**
 * A determiner or a possessive, then up to two lower-case words describing what comes, no verb among
 * them: "the epic", "the romantic epic", "a planned", "Hitler’s". A title there names a thing
 * whoever speaks in the sentence ("said Jackman, star of the romantic epic “Australia,”").
 */
const DESCRIBED_TITLE_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)|\\p{L}['’]s|\\p{Ll}s['’])(?:\\s+\\d{4})?(?:\\s+(?!(?:${FRAGMENT_VERB}|reading|reads|read|bearing|is|was|were|are|be|been|has|had|have|not|no)\\b)\\p{Ll}[\\p{L}-]*){0,2}\\s*$`,
  "u",
);
/**
 * A lower-case word right after a title that is no verb of saying, pronoun or joining word: the noun
 * the title qualifies (“Top Gun” director Tony Scott, a planned “Warriors” remake, “Dreamer” immigrants).
 */
const NOUN_AFTER_TITLE = new RegExp(
  `^\\s+(?!(?:${SPEECH_VERB}|he|she|they|it|we|i|you|with|of|in|on|at|to|for|from|by|and|or|but|that|which|who|as|than|is|was|were|are|has|had|have|be|will|would|can|could)\\b)\\p{Ll}`,
  "u",
);
/** Between one title and the next of a list: "“The Winter Ferry” and “Blue Harbour”", "“Lion,” and “Fences.”". */
const BETWEEN_LISTED_TITLES = /^\s*,?\s*(?:(?:and|or|&)\s*)?$/u;
/** A title set off before what it names: "'Call the Midwife', the BBC drama". */
const WORK_AFTER = new RegExp(
  `^\\s*,\\s+(?:the|an?|his|her|its|their)\\s+(?:[\\p{L}\\d’'-]+\\s+){0,3}${WORK_NOUN}\\b`,
  "u",
);
/**
 * A title set off by commas after its noun may hold commas of its own, and British style puts the
 * comma after the closing mark ("A 2024 review for the trust, 'Safe Births, Safe Staffing', warned").
 */
const SET_OFF_TITLE =
  /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:[,:]?\s+(?:\p{Lu}[\p{L}’'-]*|\d{1,3}|the|of|and|a|an|in|on|at|to|for)){0,7}[.,!]?$/u;
/** A term of up to four lower-case words: "hub and spoke", "pay as you go". */
const ATTRIBUTIVE_TERM = /^\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,3}$/u;
/** A lower-case word after a quote that is no preposition, conjunction or verb of being: the noun it qualifies. */
const NOUN_AFTER =
  /^\s+(?!(?:with|of|in|on|at|to|for|from|by|and|or|but|that|which|who|as|than|is|was|were|are|has|had|have|be)\b)\p{Ll}/u;
/** A determiner or a possessive, then a word or two describing what comes: "The charity’s much-praised ". */
const ATTRIBUTIVE_BEFORE =
  /(?:(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\p{L}['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "The unit's 'temporary' closure": a word or two in lower case, the writer's scare quotes when no one is said to speak. */
const SCARE_QUOTED = /^\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*)?$/u;
/** A noun, then a verb giving it a name, right before the quote: "a female called", "a dog named"; not "what he called". */
const NAMED_AFTER_NOUN =
  /\b(?!(?:he|she|it|we|they|you|who|what|which|that|have|has|had|was|were|is|are|be|been|being|also|once|then|later|publicly|repeatedly)\s)\p{Ll}{2,}\s+(?:called|named|nicknamed|known\s+as)\s*$/u;
/** The rest of a quote's sentence after it ("…" resources, a senior U.S. official told reporters). */
const restOfSentence = (after: string) => after.split(/[.!?;](?:\s+(?=[\p{Lu}“"‘'])|$)/u)[0] ?? "";
/**
 * Someone's words are reported in the sentence: then the words quoted are theirs, found or not; not
 * a verb made an adjective ("its much-praised “…” model", "a self-declared").
 */
const WORDS_REPORTED = new RegExp(
  `\\b(?<!-)(?:${FRAGMENT_VERB}|according\\s+to|cited|cites|quoted|quotes|call|calls|insisting|boast(?:s|ed|ing)?|lambaste?(?:s|d|ed|ing)?|states|testif(?:y|ies|ied)|points?\\s+out|pointed\\s+out|believes?|believed|conclud(?:e|es|ed)|disparag(?:e|es|ed|ing)|panned|declaration|statement|remarks|comments|interview|reported|agreed|lament(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|claims?|deem(?:s|ed)?|condemn(?:s|ed)?|denounc(?:es|ed)|slamm?(?:s|ed)?)\\b`,
  "iu",
);
/** "Officials have not said whether …", "police declined to say": words no one reported. */
const NOTHING_SAID =
  /\b(?:(?:have|has|had|did|does|do|would|will)\s+not|hasn['’]t|haven['’]t|didn['’]t|won['’]t|declined\s+to|refused\s+to)\s+(?:yet\s+)?(?:said|say|comment|commented|confirm|confirmed)\b/giu;
/** The words before a speech verb that deny it: "did not", "would not", "hasn't", "declined to". */
const NEGATED_BEFORE_VERB =
  /\b(?:(?:did|does|do|would|will|could|has|have|had)\s+not|(?:did|does|do|would|could|has|have|had)n['’]t|won['’]t|declined\s+to|refused\s+to)$/iu;
/** "…,” as the FBI called the investigation": the words before were a name someone gave. */
const AS_NAMED =
  /^\s*,?\s*as\s+(?:[\p{L}’'.-]+\s+){0,4}(?:called|calls|dubbed|dubs|named|names|nicknamed|knew|know|knows|known|refers?\s+to|referred\s+to)\b/u;
/**
 * Direct quotes (curly or straight, double or single marks) with their speaker, in every common
 * attribution style: `“…,” X said`, `“…,” said X`, `X said: “…”`, `X said that “…”`, `According
 * to X, “…”`, `“…” — X`; a quote that follows another without attribution continues it. Kept only
 * when the quote lies inside one chunk (a citation is one passage).
 */

export function findQuotes(articles: readonly Article[]): QuoteMention[] {
  const people = buildPeopleIndex(articles);
  const organisations = buildOrganisationIndex(articles);
  const knownNames = new Set(people.people.map((person) => person.name));
  const withRole = new Set(people.people.filter((person) => person.roles.length > 0).map((person) => person.name));
  const usedAlone = new Map<string, boolean>();
  const isPerson = (name: string) => {
    if (withRole.has(name)) return true;
    const last = name.split(/\s+/).pop()!;
    let alone = usedAlone.get(last);
    if (alone === undefined) {
      // "Athersmith said", "said Pellow": the last word with no capitalised word before or after it.
      const pattern = /^\p{Lu}[\p{L}’'-]+$/u.test(last)
        ? new RegExp(`(?<![\\p{L}’'-]|\\p{Lu}[\\p{L}’'-]*\\s)${last}(?![\\p{L}’'-]|\\s+\\p{Lu})`, "u")
        : null;
      alone = pattern !== null && articles.some((article) => pattern.test(article.text));
      usedAlone.set(last, alone);
    }
    return alone;
  };
  const quotes: QuoteMention[] = [];
  const pronounsGiven = new Map<string, Set<"male" | "female">>();
  // Rewrites repeat paragraphs: the words before a speech verb, and those around a quotation, are
  // read once per story (the matches are only read).
  const subjectOf = oncePerText(speakingSubjectIn);
  const attributionOf = oncePerText(attributionAfter);
  const beforeQuote = new Map<string, Attribution | null>();
  const attributionBeforeOf = (sentenceBefore: string, inner: string) => {
    const key = `${sentenceBefore}\u0000${inner}`;
    let attribution = beforeQuote.get(key);
    if (attribution === undefined) {
      attribution = attributionBefore(sentenceBefore, inner);
      beforeQuote.set(key, attribution);
    }
    return attribution;
  };
  for (const article of articles) {
    const text = curlyWireMarks(article.text);
    let previous: QuoteMention | undefined;
    const spans = quoteSpans(text);
    const inQuote = (position: number) => {
      // Spans are sorted and disjoint: binary search for the last one opening before the position.
      let low = 0;
      let high = spans.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (spans[middle]!.open < position) low = middle + 1;
        else high = middle - 1;
      }
      const span = spans[high];
      return span !== undefined && position < span.close;
    };
    const context: SpeakerContext = {
      speakers: [
        ...speakingSubjects(article, inQuote, people, knownNames, subjectOf),
        ...askedPeople(article, inQuote, people, knownNames),
      ].sort((a, b) => a.at - b.at),
      names: knownNames,
      organisations,
      inQuote,
      isPerson,
      pronounsGiven,
    };
    let previousUnclosed = false;
    // Where the last title left unquoted ends, to read the next one of a list ("“Lion,” and “Fences.”").
    let lastTitleEnd = -1;
    const opened: Array<{ quote: QuoteMention; unclosed: boolean; cut: boolean }> = [];
    // The text with the marks of names and labels taken for no quotation blanked out, so that the
    // words after one read as one sentence ("Vance told “Contractor A” that “…”": Vance speaks).
    let readable = text;
    const unquote = (open: number, close: number, unclosed: boolean | undefined) => {
      if (!unclosed)
        readable = `${readable.slice(0, open)} ${readable.slice(open + 1, close)} ${readable.slice(close + 1)}`;
    };
    for (const { open, close, unclosed, cut } of spans.flatMap((span) => splitAtChunks(span, article))) {
      const start = open + 1;
      const end = close;
      // Where the quote's text stops: after its closing mark, or at its paragraph's end.
      const stop = unclosed ? close : close + 1;
      const inner = text.slice(start, end);
      if (inner.trim().length < 2) continue;
      // "Graham said on “Fox News Sunday.”", "told “Good Morning America”": a programme's or a
      // paper's name after a preposition or a speech verb is a title, not words said.
      const slotBefore = text.slice(Math.max(0, open - 60), open);
      if (
        SHOW_TITLE.test(inner.trim()) &&
        (TITLE_SLOT_BEFORE.test(slotBefore) || OUTLET_TITLE_SLOT_BEFORE.test(slotBefore))
      ) {
        lastTitleEnd = stop;
        unquote(open, close, unclosed);
        continue;
      }
      // The opening mark of a part after a chunk boundary (splitAtChunks) stands just before its chunk.
      const chunk = article.chunks.find((candidate) => candidate.start <= start && stop <= candidate.end);
      if (!chunk) continue;
      const sentences = chunk.sentences.filter((sentence) => sentence.end > open && sentence.start < stop);
      const first = sentences[0];
      const last = sentences[sentences.length - 1];
      if (!first || !last) continue;
      const lineEnd = text.indexOf("\n", close);
      const sameLine = text.slice(
        stop,
        lineEnd === -1 ? Math.min(text.length, close + 160) : Math.min(lineEnd, close + 160),
      );
      // A quote closing its paragraph, signed on the next line ("“…”¶— Jan Peeters, a retired detective").
      const signature = lineEnd !== -1 && sameLine.trim() === "" ? SIGNATURE_LINE.exec(text.slice(lineEnd)) : null;
      // A part cut at a chunk boundary is followed by the rest of the quotation, not by an attribution.
      const after = cut ? "" : signature ? signature[1]! : sameLine;
      const paragraphStart = text.lastIndexOf("\n", open) + 1;
      const sentenceBefore =
        readable.slice(Math.max(first.start, paragraphStart), open) ||
        (text.slice(paragraphStart, open).trim() === "" ? introducedAbove(readable, paragraphStart) : "");
      // “We have strong leads,” said X, “and we are asking…”: the attribution splits one quotation,
      // whose second part goes on with the first one's speaker and is no fragment.
      const lastQuote = opened[opened.length - 1]?.quote;
      const splitFrom =
        lastQuote &&
        !lastQuote.partial &&
        /,\s*$/.test(lastQuote.text) &&
        SPLIT_BY_ATTRIBUTION.test(text.slice(lastQuote.end + 1, open))
          ? lastQuote
          : undefined;
      const attribution = splitFrom
        ? null
        : (nextSentenceAttribution(after, inner) ??
          attributionOf(after) ??
          auxiliaryAttributionAfter(after, inner) ??
          attributionBeforeOf(sentenceBefore, inner) ??
          accordingAfter(after, sentenceBefore));
      let speaker: string | null = splitFrom?.speaker ?? null;
      let style: AttributionStyle = splitFrom ? "continued" : "none";
      // "One survivor, who gave his name only as Ahmed, said: “…”": the name the source gave; "said a
      // parent who asked not to be named": the description the writer gives an unnamed source.
      const unnamed = splitFrom ? null : sourceNamedOnlyAs(sentenceBefore, after);
      if (attribution) {
        speaker = resolveSpeaker(attribution.speaker, article, open, people, context, attribution.setOff);
        style = attribution.style;
        const pronoun = /^(?:(he)|she)$/i.exec(attribution.speaker.trim());
        const key = `${article.id}\u0000${speaker}`;
        if (pronoun && speaker)
          pronounsGiven.set(key, new Set([...(pronounsGiven.get(key) ?? []), pronoun[1] ? "male" : "female"]));
        // "“…,” said a nurse who asked not to be named": after the quote, someone described by what they
        // do and left unnamed. (Before a quote, "X, a neighbor said, “…”" is often a name set off badly.)
        if (speaker === null && attribution.style.startsWith("quote-") && UNNAMED_PERSON.test(attribution.speaker))
          speaker = attribution.speaker.replace(/^(?:An?|[Oo]ne)\b/, (word) =>
            /^[Oo]ne$/.test(word) ? "a" : word.toLowerCase(),
          );
        if (attribution.person && speaker !== null && !knownNames.has(speaker)) {
          speaker = null;
          style = "none";
        }
      }
      if (speaker === null && !splitFrom && (!attribution || attribution.style.startsWith("quote-"))) {
        // The description another pattern read ("a woman who was there told police": "a woman") counts too.
        const read = attribution?.speaker.trim();
        const described =
          AFTER_UNNAMED_VERB.exec(after)?.[1] ??
          (read && UNNAMED_DESCRIPTION.test(read)
            ? read.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())
            : undefined);
        if (described) {
          speaker = described;
          style = "quote-name-said";
        }
      }
      if (unnamed && (speaker === null || !knownNames.has(speaker))) {
        speaker = unnamed.speaker;
        style = unnamed.style;
      }
      // Speech going on from the quote before ends its paragraph or its sentence ("…,” he said. “There
      // is no other solution.”), or says more than a name would and is not given to someone else
      // ("“…,” an acquaintance said", whom nothing resolves); a name or a label the sentence goes on
      // to use does neither ("“Senate Candidate B” is Valerie Jarrett, the complaint says").
      const label = SHOW_TITLE.test(inner.trim()) || /^\S+(?:\s+\S+){0,2}$/.test(inner.trim());
      const standsAlone =
        (!label && !SAID_AFTER.test(after)) ||
        unclosed === true ||
        cut === true ||
        after.trim() === "" ||
        /[.!?…]["'’”]?$/.test(inner) ||
        /^[.!?…]/.test(after);
      // "“Boil Water Advisory” texts went to every phone": a name in quotation marks opening a
      // sentence that goes on with its own verb is its subject, not words said; so is a name the
      // words after it say someone gave ("“Operation Tollgate,” as the FBI called the investigation, began…").
      const opensOwnSentence =
        !standsAlone &&
        sentenceBefore.trim() === "" &&
        // A label in lower case too ("“Acting commissioner” will be the title …"), unless the
        // sentence goes on to say whose words they are ("“Several suspects” were arrested …, officials said").
        (SHOW_TITLE.test(inner.trim()) || (label && !WORDS_REPORTED.test(restOfSentence(after)))) &&
        !/[,;:]$/.test(inner.trim()) &&
        /^\s+\p{Ll}/u.test(after);
      if (!attribution && !splitFrom && (opensOwnSentence || (SHOW_TITLE.test(inner.trim()) && AS_NAMED.test(after)))) {
        unquote(open, close, unclosed);
        continue;
      }
      // A quote opening a sentence right after another quote of the same paragraph, with no
      // attribution of its own, goes on with the same speaker ("…,” he said. “There is no other
      // solution.”), as does one opening the paragraph after a quote left open, or a paragraph that
      // is a quote and nothing else after one that ends on a quote and its attribution ("“…,”
      // Okafor told a briefing.¶“I have asked for a report by Friday.”").
      const between = previous ? text.slice(previous.end, open) : "";
      if (
        !speaker &&
        previous?.speaker &&
        standsAlone &&
        sentenceBefore.trim() === "" &&
        (!between.includes("\n") ||
          (previousUnclosed && between.trim() === "") ||
          // A sentence, not a crosshead or a list of titles ("‘Nail in a coffin’").
          (QUOTE_THEN_ATTRIBUTION_ONLY.test(between) &&
            !cut &&
            !unclosed &&
            after.trim() === "" &&
            /[.!?…]["'’”]?$/.test(inner.trim()))) &&
        open - previous.end < 300
      ) {
        speaker = previous.speaker;
        style = "continued";
      }
      // A second fragment in the sentence of an attributed one, no one else named between: "Ruiz said
      // the union was “ready for talks” but would not “give in to threats.”"
      if (
        !speaker &&
        previous?.speaker &&
        previous.partial &&
        previous.article === article &&
        previous.start > first.start &&
        !/[\n.!?;:]|[“"‘]/.test(between.slice(1)) &&
        // A name as the object of a preposition is no one else speaking ("by what had happened to Mr
        // Doherty, but “…”").
        !/\p{Lu}/u.test(between.slice(1).replace(OBJECT_NAME, ""))
      ) {
        speaker = previous.speaker;
        style = "continued";
      }
      // "have already dubbed the gang the “Scaffold Crew.”": a name given to something, in Title Case,
      // that no one is said to have said, is no quotation; nor is one after an article or a possessive
      // ("The “Carrow Clean Water Pledge” the mayor signed") or set off after its noun ("His memoir,
      // “Paved With Good Intentions,” tells…").
      // Nor is a title after the noun of a work ("his book 'The Plunder Ledger'", "the report “Under
      // Pressure”") or set off before one ("'Call the Midwife', the BBC drama"), nor a term after
      // "so-called", nor a word or two in lower case set in quotation marks by the writer in a
      // sentence where no one speaks ("The unit's 'temporary' closure").
      const words = inner.trim();
      const named =
        (NAME_GIVEN.test(sentenceBefore) &&
          (/^(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*[\s,.]*){1,4}$/u.test(words) || SHOW_TITLE.test(words))) ||
        // "will step back from “The Morning Table” until …": a capitalised "The" inside the writer's sentence opens a title.
        (/^The\s+\p{Lu}/u.test(words) && SHOW_TITLE.test(words) && /\p{Ll}\s*$/u.test(sentenceBefore)) ||
        // "took the prize for “Salt Roads,”", "the director of “A Beautiful Mind”": a title after a
        // preposition in a sentence where no one speaks.
        (SHOW_TITLE.test(words) && /\s(?:for|of|from)\s*$/u.test(sentenceBefore)) ||
        (SHOW_TITLE.test(words) &&
          (DETERMINER_BEFORE.test(sentenceBefore) || WORK_BEFORE.test(sentenceBefore) || WORK_AFTER.test(after))) ||
        (SET_OFF_TITLE.test(words) && /\p{Ll},\s*$/u.test(sentenceBefore) && (/,$/.test(words) || /^,/.test(after))) ||
        // "The charity’s much-praised “hub and spoke” model": a lower-case term set before its noun.
        // (The words after the quote first: they rarely go on with a noun, and the words before may be long.)
        (ATTRIBUTIVE_TERM.test(words) &&
          NOUN_AFTER.test(after) &&
          ATTRIBUTIVE_BEFORE.test(sentenceBefore) &&
          !WORDS_REPORTED.test(sentenceBefore) &&
          !WORDS_REPORTED.test(restOfSentence(after))) ||
        ((SCARE_QUOTED.test(words) ||
          (SCARE_QUOTED_THREE.test(words) &&
            DETERMINER_BEFORE.test(sentenceBefore) &&
            !FINDING_REPORTED.test(sentenceBefore))) &&
          !WORDS_REPORTED.test(sentenceBefore.replace(NOTHING_SAID, "")) &&
          !WORDS_REPORTED.test(restOfSentence(after))) ||
        (WORDS_NAMED_BEFORE.test(sentenceBefore) && /^\S+(?:\s+\S+){0,5}$/.test(words)) ||
        (CALLS_ITS_OWN.test(sentenceBefore) && /^\p{Ll}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}$/u.test(words)) ||
        // "what fans have dubbed the “Ybarra game.”", "calling the empty case the “ghost shelf”": a name
        // of a few words given to a thing, right after its article, by no one said to speak.
        (NAME_GIVEN_THE.test(sentenceBefore) && /^\S+(?:\s+\S+){0,2}$/.test(words) && !/[,;:!?]$/.test(words)) ||
        // "Some in the industry already call it the ‘demo lottery’": a name given by no one named.
        (SCARE_QUOTED.test(words) && CALLED_IT_BEFORE.test(sentenceBefore) && !/\p{Lu}/u.test(sentenceBefore.slice(1)));
      // A term after "so-called" is the writer's, whoever speaks in the sentence ("Campaigners have
      // called for a ban on so-called “gagging clauses”"); so is a title after "titled".
      const work =
        (/\bso-called\s+$/i.test(sentenceBefore) && /^\S+(?:\s+\S+){0,3}$/.test(words)) ||
        // "assumed the alarm was a “fire drill”", "presented as ‘regeneration’", "The council’s
        // “cooling stations” … ran out": a term for what something was taken for, went by or is called.
        isLabelTerm(words, sentenceBefore, after) ||
        (CALLS_BEFORE_NOUN.test(sentenceBefore) && ATTRIBUTIVE_TERM.test(words) && NOUN_AFTER.test(after)) ||
        // "would keep its “no red carpet” rule", "their “zero tolerance” policy": a body's name for its
        // own rule or policy, before the noun, whoever speaks in the sentence.
        (/(?:^|\s)(?:its|their)\s+$/u.test(sentenceBefore) &&
          /\s/.test(words) &&
          ATTRIBUTIVE_TERM.test(words) &&
          NOUN_AFTER.test(after)) ||
        // "the trust’s “Speak Up, Stay Safe” policy": a title with commas, named by the noun after it.
        (SET_OFF_TITLE.test(words) && DETERMINER_BEFORE.test(sentenceBefore) && NOUN_AFTER.test(after)) ||
        (!/[.!?]$/.test(words) && /\b(?:titled|entitled)\s*$/.test(sentenceBefore) && SET_OFF_TITLE.test(words)) ||
        (!/[.!?]$/.test(words) &&
          ((SHOW_TITLE.test(words) && (WORK_BEFORE.test(sentenceBefore) || WORK_MADE_BEFORE.test(sentenceBefore))) ||
            (SET_OFF_TITLE.test(words) &&
              WORK_SET_OFF_BEFORE.test(sentenceBefore) &&
              (/,$/.test(words) || /^,/.test(after)))));
      // "a nine-year-old female called “Sanja”": a name right after a noun and "called" names a thing, whoever speaks in the sentence.
      const nameOfThing = NAMED_AFTER_NOUN.test(sentenceBefore) && /^(?:\p{Lu}[\p{L}’'-]*[\s,.]*){1,3}$/u.test(words);
      // Titles whoever speaks in the sentence: one used as a noun's modifier, with no mark of speech
      // closing it ("“Top Gun” director Tony Scott said"); one after a determiner and a word or two
      // that describe it ("the romantic epic “Australia,”", "Hitler’s “Final Solution,”"); one listed
      // right after another title.
      const title =
        SHOW_TITLE.test(words) &&
        ((!/[.,;:!?]$/.test(words) && NOUN_AFTER_TITLE.test(after)) ||
          // Not a name someone gives in the sentence ("Ruiz called the plan “Project Fear”").
          (DESCRIBED_TITLE_BEFORE.test(sentenceBefore) && !NAME_GIVEN.test(sentenceBefore)) ||
          (lastTitleEnd >= 0 && BETWEEN_LISTED_TITLES.test(text.slice(lastTitleEnd, open))));
      if ((!speaker && named) || work || nameOfThing || title) {
        if (SHOW_TITLE.test(words)) lastTitleEnd = stop;
        // "he told BBC News that a song like “Whole Lotta Love” made him …": the title is no quote, but
        // the one the sentence reports speaking can stand behind a later "he said".
        if (speaker && attribution && knownNames.has(speaker)) {
          context.speakers.push({ name: speaker, at: open });
          context.speakers.sort((a, b) => a.at - b.at);
        }
        unquote(open, close, unclosed);
        continue;
      }
      const quote: QuoteMention = {
        article,
        speaker,
        text: inner,
        start,
        end,
        citation: {
          articleId: article.id,
          chunkId: chunk.id,
          start: first.start,
          end: Math.max(last.end, stop),
        },
        partial: splitFrom ? splitFrom.partial : isPartial(inner, sentenceBefore, after),
        style,
      };
      quotes.push(quote);
      opened.push({ quote, unclosed: unclosed === true, cut: cut === true });
      if (speaker) {
        previous = quote;
        previousUnclosed = unclosed === true;
        // A name given with the quote ("Sheikh Mohammed said") can stand behind a later "he said"; a lone word cannot.
        if (speaker.includes(" ") || knownNames.has(speaker)) context.speakers.push({ name: speaker, at: open });
        context.speakers.sort((a, b) => a.at - b.at);
      }
    }
    // A quote over paragraphs attributed only where it ends ("“…¶“…,” Kovač told Reuters."): the
    // paragraphs left open before belong to the same speaker.
    for (let index = opened.length - 2; index >= 0; index -= 1) {
      const { quote, unclosed } = opened[index]!;
      const next = opened[index + 1]!.quote;
      if (!unclosed || quote.speaker || !next.speaker || text.slice(quote.end, next.start - 1).trim() !== "") continue;
      quote.speaker = next.speaker;
      quote.style = "continued";
    }
    // A quotation cut at a chunk boundary is still one quotation ("X said: “A. B.”" with the boundary
    // between A and B): its parts are joined into the first, cited in the chunk it opens in (a quote's
    // citation is read with its paragraph), with the speaker and style of the part that has one.
    for (let index = opened.length - 2; index >= 0; index -= 1) {
      const { quote, cut: wasCut } = opened[index]!;
      const next = opened[index + 1]!.quote;
      // The rest of the same quotation opens right where the chunk after the cut does.
      if (!wasCut || text.slice(quote.end, next.start).trim() !== "") continue;
      quote.text = text.slice(quote.start, next.end);
      quote.end = next.end;
      if (!quote.speaker || (quote.style === "continued" && next.speaker === quote.speaker)) {
        quote.speaker = next.speaker;
        quote.style = next.style;
      }
      quotes.splice(quotes.lastIndexOf(next), 1);
    }
  }
  return withoutMiddleInitials(quotes);
}

/**
 * "In a statement to the Commons, she said:¶“I want to be straight with the House.": the last sentence
 * of the paragraph before, when it ends on a colon, introduces a quote opening the next one.
 */
function introducedAbove(text: string, paragraphStart: number): string {
  const end = text.slice(0, paragraphStart).trimEnd().length;
  const previous = text.slice(text.lastIndexOf("\n", end - 1) + 1, end);
  if (/[“”"]/.test(previous)) return "";
  // "Ilyina, reached in Moscow, apologized in a statement.¶“I made my complaint …": the statement the
  // sentence names is the quote that opens the next paragraph, as if a colon introduced it.
  const introduced = /:$/.test(previous) ? previous : STATEMENT_NAMED.test(previous) ? `${previous.slice(0, -1)}:` : "";
  return introduced && `${introduced.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!} `;
}

/** A sentence ending on the statement, letter or post someone made: "…, apologized in a statement." */
const STATEMENT_NAMED =
  /\s(?:in|with)\s+an?\s+(?:(?:brief|short|written|joint|lengthy)\s+)?(?:statement|letter|post|message|video|email)(?:\s+(?:on|to)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?\.$/u;

/**
 * One person named with and without a middle initial across a story's articles ("Antony J. Blinken",
 * "Antony Blinken") is one speaker: the name without the initial, which the story also uses.
 */
function withoutMiddleInitials(quotes: QuoteMention[]): QuoteMention[] {
  const names = new Set(quotes.map((quote) => quote.speaker).filter((name) => name !== null));
  for (const quote of quotes) {
    const initial = quote.speaker ? /^(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}\.\s+(.+)$/u.exec(quote.speaker) : null;
    if (initial && names.has(`${initial[1]} ${initial[2]}`)) quote.speaker = `${initial[1]} ${initial[2]}`;
  }
  return quotes;
}
