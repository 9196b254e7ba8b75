/**
 * Outcomes that outlets count with different verbs or phrases: "ambulances diverted" and "turned
 * away", ships "trapped" and "unable to leave", pupils "sent home" and "left without lessons", dock
 * workers "stood down" and "sent home", customers "written to" and "warned". A careful editor reads the
 * outcome, not the verb an outlet chose. Each outcome is told apart from its neighbours, which are
 * other outcomes however alike they sound: workers laid off lose their jobs (not stood down), a
 * do-not-drink notice is not a boil-water one, people stranded by a flood are not people trapped in
 * rubble (people are left out of "trapped"), an instruction ("warned 300 residents to leave") is no
 * notice of a breach.
 */

/** What the counted noun, the words around the figure and a "number of" phrase say (see {@link sameOutcomeOf}). */
export interface OutcomeContext {
  /** The figure's own clause up to the figure. */
  before: string;
  /** The text after the counted noun (or after the figure when the unit came from "number of"). */
  after: string;
  /** The words after the noun a "the number of …" before the figure names, up to its verb. */
  namedAfter?: string;
  /** The counted noun, singular (see find-number-mentions' units). */
  unit: string;
  /** The noun as written right after the figure, when there is one ("dock workers"). */
  written: string;
}

const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|at least|more than|up to|another|a further|an estimated)\s+)?`;
/** A copula, as news writes one between a count and its verb: "were", "had been", "remain". */
const BE = String.raw`(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been|had\s+to\s+be|remain(?:s|ed)?|stayed|still)\s+)+`;

/** Pupils, as a closure counts them ("children" is pupils when it is schooling they miss). */
const PUPIL = /^(?:pupil|student|child|children|schoolchild)$/;
/** "sending 2,300 pupils home", "kept 1,900 children out of school", "left 1,900 children without lessons". */
const PUPILS_KEPT_BEFORE = new RegExp(
  String.raw`\b(?:send|sends|sending|sent|keep|keeps|keeping|kept|leave|leaves|leaving|left)\s+${HEDGE}$`,
  "i",
);
const OUT_OF_SCHOOL_AFTER =
  /^\s+(?:(?:at\s+)?home\b|without\s+(?:(?:any|their)\s+)?(?:lessons|school|schooling|classes|teaching)\b|out\s+of\s+(?:school|schools|class|classes|lessons)\b)/i;
/**
 * "2,300 pupils were sent home", "were kept at home", "were left without lessons", and what pupils did:
 * "stayed home", "missed school", "stayed away from school".
 */
const PUPILS_KEPT_AFTER = new RegExp(
  String.raw`^\s+(?:${BE}(?:(?:sent|kept|told\s+to\s+stay)\s+(?:at\s+)?home\b|left\s+without\s+(?:(?:any|their)\s+)?(?:lessons|school|schooling|classes|teaching)\b|absent\s+from\s+(?:school|lessons|class)\b)|(?:stayed|stay|remained)\s+(?:at\s+)?home\b|missed\s+(?:school|lessons|classes)\b|(?:stayed|kept)\s+away\s+from\s+(?:school|lessons|class)\b)`,
  "i",
);

/** Workers, as written after a figure: "400 dock workers", "650 dockers", "120 staff". */
const WORKERS_WRITTEN =
  /^(?:[a-z]+\s+)?(?:workers?|dockers?|dockworkers?|staff|employees?|drivers?|crew|miners?|labourers?|laborers?|stevedores?)$/i;
/** "stood down 400 dock workers", "sent 400 staff home". Never "laid off", "made redundant": jobs lost. */
const STOOD_DOWN_BEFORE = new RegExp(String.raw`\b(?:stood|stand|stands|standing)\s+down\s+${HEDGE}$`, "i");
const SENT_BEFORE = new RegExp(String.raw`\b(?:send|sends|sending|sent)\s+${HEDGE}$`, "i");
const HOME_AFTER = /^\s+home\b/i;
/** "400 dockers were stood down", "were sent home", "told to stay at home" (without pay or not). */
const STOOD_DOWN_AFTER = new RegExp(
  String.raw`^\s+(?:(?:on|at|in)\s+[^,;]{1,40}?\s+)?(?:${BE})?(?:stood\s+down|sent\s+home|told\s+to\s+stay\s+(?:at\s+)?home)\b`,
  "i",
);

/** Craft and vehicles, which a wreck, a closure or a blockade keeps from moving. Never people nor animals. */
const CRAFT =
  /^(?:ship|vessel|boat|barge|tanker|ferry|yacht|trawler|aircraft|plane|jet|flight|train|lorry|truck|vehicle|car|coach|bus|van)$/;
/** "28 vessels were trapped", "stuck", "stranded", "unable to leave", "could not sail". */
const CRAFT_TRAPPED = String.raw`(?:trapped|stuck|stranded|blocked\s+in|hemmed\s+in|(?:unable\s+to|could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:leave|sail|move|depart|get\s+out))\b`;
const CRAFT_TRAPPED_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|at|inside|behind|on)\s+[^,;]{1,40}?)?\s+${BE}${CRAFT_TRAPPED}`,
  "i",
);
/** "left 35 ships unable to leave the harbour", "trapping 28 vessels". */
const CRAFT_LEFT_BEFORE = new RegExp(String.raw`\b(?:left|leaving|leaves|kept|keeping)\s+${HEDGE}$`, "i");
const CRAFT_LEFT_AFTER = new RegExp(String.raw`^\s+${CRAFT_TRAPPED}`, "i");
const TRAPPING_BEFORE = new RegExp(String.raw`\b(?:trapping|trapped|stranding|stranded)\s+${HEDGE}$`, "i");

/** Luggage, whose failing to travel is one count: "missed their flights", "were left behind". */
const LUGGAGE = /^(?:bag|suitcase|luggage|case|parcel|item)$/;
const LUGGAGE_LEFT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|at)\s+[^,;]{1,40}?)?\s+(?:${BE})?(?:left\s+behind|missed\s+(?:their|its)\s+(?:flights?|connections?|planes?)|failed\s+to\s+make\s+(?:their|its)\s+(?:flights?|connections?)|(?:did\s+not|didn['’]t|never)\s+(?:travel|fly|make\s+(?:it|their\s+flights?))|not\s+loaded|never\s+loaded)\b`,
  "i",
);

/** What is sent on to another place than it was bound for: ambulances, flights, ships, trains. */
const DIVERTED_THING =
  /^(?:ambulance|flight|plane|aircraft|ship|vessel|tanker|lorry|truck|train|bus|coach|patient|vehicle)$/;
const DIVERTED = String.raw`(?:diverted|turned\s+away|redirected|re-?routed|sent\s+elsewhere|sent\s+to\s+other\s+(?:hospitals|airports|ports))\b`;
/** "were diverted", "had to divert to other hospitals", "were forced to turn away". */
const DIVERTED_AFTER = new RegExp(
  String.raw`^\s+(?:${BE}${DIVERTED}|(?:had|have|has|were\s+forced|was\s+forced|forced|needed)\s+to\s+(?:divert|turn\s+away|go\s+elsewhere)\b)`,
  "i",
);
const DIVERTED_BEFORE = new RegExp(
  String.raw`\b(?:diverted|diverting|divert|diverts|turned\s+away|turning\s+away|redirected|redirecting|re-?routed|re-?routing)\s+${HEDGE}$`,
  "i",
);
/** "turned 40 ambulances away". */
const TURNED_BEFORE = new RegExp(String.raw`\b(?:turned|turning|turn|turns)\s+${HEDGE}$`, "i");
const AWAY_AFTER = /^\s+away\b/i;

/** Those a water supply reaches: homes, customers, people. */
const SUPPLIED = /^(?:household|home|property|propertie|premise|premises|customer|people|resident|business)$/;
/** "16,000 households were told to boil their water", "advised to boil". Never "told not to drink" (another notice). */
const BOIL_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|across|throughout|around)\s+[^,;]{1,40}?)?\s+${BE}(?:told|advised|asked|urged|ordered|warned)\s+to\s+boil\b`,
  "i",
);
/** "under a boil-water notice", "covered by the notice", "affected by the boil notice". */
const UNDER_NOTICE_AFTER =
  /^(?:\s+(?:in|across|throughout|around)\s+[^,;]{1,40}?)?\s+(?:(?:were|are|was|is|remain(?:s|ed)?|have\s+been|had\s+been|now)\s+)*(?:(?:placed\s+)?under|covered\s+by|affected\s+by|subject\s+to|included\s+in)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:notice|advisory|order|warning|alert)\b/i;
/** "A boil-water notice now covers 18,500 homes". */
const NOTICE_COVERS_BEFORE = new RegExp(
  String.raw`\b(?:notice|advisory|order|warning|alert)\b[^,;.]{0,30}?\b(?:covers|covered|covering|cover|affects|affected|affecting|applies\s+to|applied\s+to|now\s+covers)\s+${HEDGE}$`,
  "i",
);
const BOIL_WORD = /\bboil(?:ed|ing)?\b|\bboil-water\b/i;

/** "wrote to 900,000 customers", "had written to", "warned 1.1 million customers by email". */
const NOTIFIED_BEFORE = new RegExp(
  String.raw`\b(?:(?:wrote|written|writing|write|writes)\s+to|notified|notifying|notify|notifies|warned|warning|warns|alerted|alerting|alerts|contacted|contacting|contacts|informed|informing|informs|e-?mailed|e-?mailing|e-?mails|texted|texting)\s+${HEDGE}$`,
  "i",
);
const NOTIFIED = String.raw`(?:notified|warned|alerted|contacted|informed|e-?mailed|texted|written\s+to|sent\s+(?:letters?|e-?mails?|texts?))\b`;
/**
 * "were warned by email", "customers warned by Ledgerline": the passive, with its copula or its "by"
 * (never "300 people contacted the helpline", what they did).
 */
const NOTIFIED_AFTER = new RegExp(String.raw`^\s+(?:${BE}${NOTIFIED}|${NOTIFIED}\s+by\b)`, "i");
/** "warned 300 residents to leave", "warned against", "told to": an instruction, not a notice of what happened. */
const INSTRUCTION_AFTER = /^\s+(?:(?:not\s+)?to\s+[a-z]|against\b|that\b)/i;
const NOT_NOTIFIED = /^(?:pound|dollar|euro|percent|second|hour|minute|day|week|month|year)$/;

/** Things taken: "records were taken", "14 paintings were stolen" (never "taken to hospital", "samples taken"). */
const TAKEN_AFTER =
  /^\s+(?:of\s+[a-z-]+\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:taken|stolen|snatched|looted|carried\s+off|removed\s+by\s+(?:thieves|hackers|burglars|raiders))\b(?!\s+(?:to|into|in\s+for|for|from\s+the\s+(?:site|river|water|scene)|away\s+for)\b)/i;
const NOT_TAKEN =
  /^(?:people|sample|reading|test|photo|photograph|picture|measurement|step|decision|question|call|shot|wicket|hour|minute|day|week|month|year|percent|pound|dollar|euro|patient|child|children|hostage|prisoner|passenger)$/;

/** What is run on a timetable or booked, and can be called off: flights, trains, operations, matches. */
const SCHEDULED =
  /^(?:flight|train|service|sailing|crossing|journey|departure|operation|appointment|procedure|match|fixture|game|concert|performance|show|event)$/;
/** "scrapped 300 flights", "axed", "called off". Never "postponed", "delayed", "grounded": other outcomes. */
const CANCELLED = String.raw`(?:cancell?ed|scrapped|axed|called\s+off|pulled)\b`;
const CANCELLED_BEFORE = new RegExp(
  String.raw`\b(?:cancell?(?:ed|ing|s)?|cancel|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|pull(?:s|ed|ing)?)\s+${HEDGE}$`,
  "i",
);
const CANCELLED_AFTER = new RegExp(String.raw`^\s+${BE}${CANCELLED}(?!\s+(?:out|back|over)\b)`, "i");

/** Those who travel, whom a disruption leaves where they are. */
const TRAVELLER = /^(?:passenger|traveller|traveler|commuter|holidaymaker|tourist|flyer|visitor|fan)$/;
/** "2,000 passengers were stuck", "stranded", "unable to travel", "could not get home". */
const TRAVELLERS_STUCK_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|at|on|aboard)\s+[^,;]{1,40}?)?\s+${BE}(?:left\s+)?(?:stuck|stranded|unable\s+to\s+(?:travel|fly|get\s+home|leave)|(?:could\s+not|couldn['’]t)\s+(?:travel|fly|get\s+home|leave))\b`,
  "i",
);

/** "leaving about 40,000 passengers stranded overseas": a disruption left them so. */
const LEFT_BEFORE = new RegExp(String.raw`\b(?:leaving|left|leaves|leave)\s+${HEDGE}$`, "i");
const LEFT_STUCK_AFTER = /^\s+(?:stuck|stranded)\b/i;
/** "35,000 passengers were abroad when the airline collapsed": those a failure left away from home. */
const ABROAD_WHEN_AFTER = new RegExp(String.raw`^\s+${BE}(?:still\s+)?(?:abroad|overseas)\s+(?:when|as)\b`, "i");

/** People, as rescues count them. */
const RESCUED_PEOPLE =
  /^(?:people|resident|passenger|crew|child|children|walker|climber|swimmer|fisherman|fishermen|tourist|patient|pupil|student|guest|worker)$/;
/** "brought 40 people to safety", "were led to safety", "airlifted to safety", "saved". */
const TO_SAFETY = String.raw`(?:brought|led|taken|airlifted|winched|carried|helped|pulled|lifted|ferried|guided)\s+to\s+safety`;
const SAFETY_BEFORE = new RegExp(
  String.raw`\b(?:brought|bringing|led|leading|took|taking|airlifted|winched|carried|helped|guided|ferried)\s+${HEDGE}$`,
  "i",
);
const SAFETY_AFTER = /^\s+to\s+safety\b/i;
const RESCUED_AFTER = new RegExp(String.raw`^\s+${BE}(?:${TO_SAFETY}|saved|rescued)\b`, "i");
const SAVED_BEFORE = new RegExp(String.raw`\b(?:saved|saving)\s+${HEDGE}$`, "i");

/** Volunteers, as a rescue or a search counts those who came to help. */
const VOLUNTEER = /^(?:volunteer|helper)$/;
/** "300 volunteers joined the rescue", "helped at the beach", "turned out", "took part", "came forward". */
const VOLUNTEERED_AFTER =
  /^\s+(?:(?:had|have|has)\s+)?(?:joined|join|helped|help|turned\s+out|turn\s+out|took\s+part|take\s+part|came\s+forward|signed\s+up|worked|searched|combed)\b/i;

/** Workers, officers and players a body employs. */
const STAFF = /^(?:people|officer|teacher|nurse|doctor|driver|player|manager|guard|official)$/;
/** "sacked 40 staff", "were dismissed", "fired", "let go". Never "laid off" or "made redundant": jobs cut. */
const DISMISSED_BEFORE = new RegExp(
  String.raw`\b(?:sack(?:s|ed|ing)?|fir(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|let\s+go\s+of)\s+${HEDGE}$`,
  "i",
);
const DISMISSED_AFTER = new RegExp(String.raw`^\s+${BE}(?:sacked|fired|dismissed|let\s+go)\b`, "i");

/** Things thieves carry off, whose taking is theft: "took 300,000 records", "took 14 paintings". */
const THING_TAKEN =
  /^(?:record|file|document|piece|painting|item|artefact|artifact|laptop|computer|phone|device|card|car|vehicle|bike|bicycle|jewel|watch|gun|weapon|ring|necklace)$/;
const TOOK_BEFORE = new RegExp(String.raw`\b(?:took|taken|take|takes|taking)\s+${HEDGE}$`, "i");

/** The outcome a count's words name, when it is one of these, else null. */
export function sameOutcomeOf(context: OutcomeContext): string | null {
  const { before, after, unit, written } = context;
  const named = context.namedAfter ?? "";
  if (
    PUPIL.test(unit) &&
    ((PUPILS_KEPT_BEFORE.test(before) && OUT_OF_SCHOOL_AFTER.test(after)) ||
      PUPILS_KEPT_AFTER.test(after) ||
      PUPILS_KEPT_AFTER.test(named))
  )
    return "affected";
  if (
    (WORKERS_WRITTEN.test(written) || unit === "docker" || unit === "worker") &&
    (STOOD_DOWN_BEFORE.test(before) ||
      (SENT_BEFORE.test(before) && HOME_AFTER.test(after)) ||
      STOOD_DOWN_AFTER.test(after) ||
      STOOD_DOWN_AFTER.test(named))
  )
    return "stood down";
  if (
    CRAFT.test(unit) &&
    (CRAFT_TRAPPED_AFTER.test(after) ||
      CRAFT_TRAPPED_AFTER.test(named) ||
      TRAPPING_BEFORE.test(before) ||
      (CRAFT_LEFT_BEFORE.test(before) && CRAFT_LEFT_AFTER.test(after)))
  )
    return "trapped";
  if (LUGGAGE.test(unit) && (LUGGAGE_LEFT_AFTER.test(after) || LUGGAGE_LEFT_AFTER.test(named))) return "left behind";
  if (
    DIVERTED_THING.test(unit) &&
    (DIVERTED_AFTER.test(after) ||
      DIVERTED_AFTER.test(named) ||
      DIVERTED_BEFORE.test(before) ||
      (TURNED_BEFORE.test(before) && AWAY_AFTER.test(after)))
  )
    return "diverted";
  if (
    SUPPLIED.test(unit) &&
    (BOIL_AFTER.test(after) ||
      BOIL_AFTER.test(named) ||
      (BOIL_WORD.test(`${before} ${after}`) &&
        (UNDER_NOTICE_AFTER.test(after) || UNDER_NOTICE_AFTER.test(named) || NOTICE_COVERS_BEFORE.test(before))))
  )
    return "under boil notice";
  if (
    !NOT_NOTIFIED.test(unit) &&
    !INSTRUCTION_AFTER.test(after) &&
    (NOTIFIED_BEFORE.test(before) || NOTIFIED_AFTER.test(after) || NOTIFIED_AFTER.test(named))
  )
    return "notified";
  if ((!NOT_TAKEN.test(unit) && TAKEN_AFTER.test(after)) || (THING_TAKEN.test(unit) && TOOK_BEFORE.test(before)))
    return "stolen";
  if (
    SCHEDULED.test(unit) &&
    (CANCELLED_BEFORE.test(before) || CANCELLED_AFTER.test(after) || CANCELLED_AFTER.test(named))
  )
    return "cancelled";
  if (
    TRAVELLER.test(unit) &&
    (TRAVELLERS_STUCK_AFTER.test(after) ||
      TRAVELLERS_STUCK_AFTER.test(named) ||
      (LEFT_BEFORE.test(before) && LEFT_STUCK_AFTER.test(after)) ||
      ABROAD_WHEN_AFTER.test(after))
  )
    return "stranded";
  if (
    RESCUED_PEOPLE.test(unit) &&
    ((SAFETY_BEFORE.test(before) && SAFETY_AFTER.test(after)) ||
      SAVED_BEFORE.test(before) ||
      RESCUED_AFTER.test(after) ||
      RESCUED_AFTER.test(named))
  )
    return "rescued";
  // "flew 128 of the turtles south", "140 turtles have now been flown", "were airlifted": carried
  // away by air, whichever verb.
  if (FLOWN_BEFORE.test(before) || FLOWN_AFTER.test(after) || FLOWN_AFTER.test(named)) return "flown";
  // "chartered 30 aircraft" and "hired 26 planes": vehicles taken on hire, whichever verb.
  if (HIRED_VEHICLE.test(unit) && HIRED_BEFORE.test(before)) return "hired";
  // Volunteers who came to help are one count whichever verb tells them so.
  if (VOLUNTEER.test(unit) && (VOLUNTEERED_AFTER.test(after) || VOLUNTEERED_AFTER.test(named))) return "volunteered";
  if (STAFF.test(unit) && (DISMISSED_BEFORE.test(before) || DISMISSED_AFTER.test(after) || DISMISSED_AFTER.test(named)))
    return "dismissed";
  return null;
}

/** What is chartered: aircraft, ships and road vehicles (never staff, who are hired as employees). */
const HIRED_VEHICLE =
  /^(?:aircraft|helicopter|ship|boat|ferry|ferrie|bus|buse|coach|coache|train|vehicle|truck|lorry|lorrie)$/;
/** "has chartered 30", "hired 26", "leased about 12": taken on hire. */
const HIRED_BEFORE = new RegExp(
  String.raw`\b(?:chartered|charters|chartering|hired|hires|hiring|leased|leases|leasing|rented|rents|renting)\s+${HEDGE}$`,
  "i",
);

/** "flew 128", "airlifted about 40": the count is what was flown. */
const FLOWN_BEFORE = new RegExp(String.raw`\b(?:flew|flies|fly|flying|airlifted|airlifts|airlifting)\s+${HEDGE}$`, "i");
/** "have now been flown south", "were airlifted to": flown, as the passive tells it. */
const FLOWN_AFTER =
  /^\s+(?:(?:have|has|had|were|was)\s+(?:now\s+|already\s+|since\s+)?(?:been\s+)?)(?:flown|airlifted)\b/i;

/** A sum a regulator or a court imposes, by its verb or its noun: "fined Ledgerline £14.5 million", "a £12 million penalty". */
const FINED_BEFORE =
  /\bfined\s+(?:(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?)?(?:(?:a\s+record|a\s+total\s+of|about|around|some|over|more\s+than|up\s+to)\s+)?[$£€]?\s*$/iu;
const PENALTY = /^(?:fine|penalty|penaltie|fines|penalties)$/;

/** The outcome of a sum imposed as a fine, whether told by "fined" or "penalty", else null. */
export function fineOf(before: string, event: string | null): string | null {
  if (event && PENALTY.test(event)) return "fine";
  if (!event && FINED_BEFORE.test(before)) return "fine";
  return null;
}
