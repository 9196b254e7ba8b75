import { oncePerText } from "../../../text/once-per-text.js";
import type { RankedSentence } from "../../evidence/rank-evidence.js";
import { STOPWORDS } from "../../evidence/word-tokens.js";
import type { SentenceTimes } from "../times/index.js";
import { toldAsDone } from "./told-as-done.js";

/**
 * A state a story's news often ends, as a sentence states it still holding, and the report that
 * ends it. Only states told as holding now (present or present perfect: "have not been heard from
 * since Sunday", "remains closed") are listed: a state told with its past day ("were missing on
 * Monday") is kept with its date.
 */
interface StateKind {
  holds: RegExp;
  /**
   * The state told in the past with no day, which holds until reported ended as well ("Residents were
   * told to keep windows shut"); told with its day ("were told to boil their water on Monday") it is
   * that day's event, kept with its date.
   */
  heldUndated?: RegExp;
  ends: RegExp;
  /**
   * The end must name someone the state's sentence names: of the several hurt in a story, only the
   * one named leaving hospital is out of it ("Raymond Bell, is in a serious but stable condition",
   * then "Raymond Bell left hospital on Sunday").
   */
  sameName?: boolean;
  /**
   * An end announced for a set day, which ends a state told as having none ("until further notice"):
   * read as said, not as done.
   */
  endsAnnounced?: RegExp;
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Days and months are capitalised but name no one. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The capitalised words of a sentence (names, days and months aside); its first only when no common
 * word ("The", "He"): "Raymond Bell left hospital" names Raymond Bell.
 */
function namesOf(text: string): Set<string> {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const opening = words[0]?.toLowerCase();
  return new Set(
    words
      .slice(opening !== undefined && STOPWORDS.has(opening) ? 1 : 0)
      .map((word) => word.replace(/['’]s$/, ""))
      .filter((word) => /^\p{Lu}\p{Ll}/u.test(word) && !CALENDAR_WORD.test(word)),
  );
}

/** A day stated in a sentence: a weekday, a month, "yesterday", "last night". */
const STATED_DAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+night|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** What people are told to do to protect themselves: "shelter in place", "keep windows shut", "boil their water". */
const PROTECTIVE_ACTION = String.raw`(?:shelter\s+in\s+place|stay\s+(?:indoors|inside)|keep\s+(?:their\s+|all\s+)?(?:windows|doors)|boil\s+(?:their\s+|all\s+)?(?:tap\s+)?water|avoid\s+(?:drinking|using)\s+(?:the\s+)?(?:tap\s+)?water)`;

/**
 * The missing told found, whoever they are: found, rescued, all accounted for ("All nine crew are now
 * accounted for", "No one is still missing"), or a body told as one of them ("The body was that of …").
 */
const MISSING_ENDED =
  /\b(?:body\b[^.;]{0,60}?\b(?:was|is|has been|had been)\s+(?:that\s+of|identified\s+as)|(?:was|were|have been|has been|had been)\s+(?:found|located|rescued|traced|recovered)|(?:found|located|rescued)\s+(?:alive|safe|dead|unharmed)|(?:all|every)\b[^.;]{0,40}?\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?accounted\s+for|no\s+one\s+(?:is|was|remains)\s+(?:still\s+)?(?:missing|unaccounted\s+for))\b/i;

/** Someone told missing or unseen: "are still missing", "has not been seen since the blast". */
const MISSING =
  /\b(?:(?:is|are|remains?|still|(?:has|have)\s+been)\s+(?:still\s+)?missing|(?:have|has)\s+not\s+been\s+(?:heard from|found|seen|located|traced)|(?:is|are|remains?)\s+(?:still\s+)?unaccounted for)\b/i;

const STATES: readonly StateKind[] = [
  {
    holds: MISSING,
    ends: MISSING_ENDED,
  },
  {
    // Someone unseen, then arrested by name ("Gary Pilling, who has not been seen since the blast",
    // then "Gary Pilling was arrested in Blackpool"): found, though not as the missing are.
    holds: MISSING,
    ends: /\b(?:(?:was|were|has been|have been|had been)\s+(?:arrested|detained|taken into custody)|(?:turned|handed)\s+(?:himself|herself|themselves)\s+in)\b/i,
    sameName: true,
  },
  {
    // The missing told by name ("The missing climbers are Tom Ayres, Ben Cole and Sam Dunn"): case
    // matters, as the names are what tells them (no "i" flag).
    holds: /\b[Tt]he\s+missing\s+(?:[\p{L}-]+\s+){0,2}?(?:is|are)\s+(?:named\s+as\s+)?\p{Lu}\p{Ll}/u,
    ends: MISSING_ENDED,
    sameName: true,
  },
  {
    holds: /\b(?:is|are|remains?)\s+(?:still\s+)?(?:trapped|stranded)\b/i,
    ends: /\b(?:was|were|have been|has been|had been)\s+(?:rescued|freed|pulled out|brought out|brought to the surface|airlifted|evacuated)\b/i,
  },
  {
    // Or the public warned of one: "not to approach him", "anyone who sees him", "believed to be hiding";
    // or one sought: "is wanted for questioning", "is being sought by police", "are seeking Dana Reyes"
    // (by name: "seeking the death penalty" is no manhunt).
    holds:
      /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:at large|on the run)|leaving\s+(?:only\s+)?[^.;,]{1,40}?\s+(?:still\s+)?(?:at large|on the run)|not\s+to\s+approach\s+(?:him|her|them)|anyone\s+who\s+(?:sees|spots)\s+(?:him|her|them)|(?:is|are)\s+believed\s+to\s+be\s+(?:hiding|in\s+the\s+[\p{L} -]{1,30}?\s+area)|(?:is|are)\s+(?:still\s+)?(?:being\s+)?(?:sought|wanted)\s+(?:by|for|in\s+connection|over|on)|(?:is|are)\s+(?:still\s+)?seeking\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\b/u,
    // The capture in the passive, or told of the police ("Police arrested the 34-year-old suspect").
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:arrested|caught|captured|taken into custody)|(?:police|officers|detectives|troopers|agents)\s+(?:have\s+|had\s+)?(?:arrested|caught|captured)|(?:turned|handed)\s+(?:himself|herself|themselves)\s+in|surrendered)\b/i,
  },
  {
    // A reward offered for a capture, and the report of it: the offer no longer stands as news
    // ("offered a $10,000 reward for information leading to the capture of three inmates").
    holds: /\breward\b[^.;]{0,100}?\b(?:capture|arrest|whereabouts|still at large|on the run)\b/i,
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:arrested|caught|captured|recaptured|taken into custody)|recaptured)\b/i,
  },
  {
    // A search under way, and a report that whom it sought was found or caught, or that it ended
    // ("officers were searching wooded areas", then "were arrested on Friday, ending a five-day manhunt";
    // "Search teams are combing an area…", then "Rescuers found the wreckage of the missing plane").
    holds:
      /\b(?:(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:searching|hunting for|combing|scouring)|(?:is|are)\s+(?:still\s+|now\s+)?(?:involved|taking part)\s+in\s+the\s+(?:search|manhunt|hunt)|(?:search|manhunt)\s+(?:continues|is continuing|goes on)|(?:search|manhunt)\b[^.;]{0,80}?\b(?:is|are)\s+(?:still\s+|now\s+)?(?:under\s?way|ongoing|continuing))\b/i,
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:found|located|rescued|recovered|arrested|caught|captured|recaptured|taken into custody)|(?:found|located|recovered)\s+(?:the\s+)?(?:wreckage|wreck|remains|bodies|body)\b|(?:ending|ended|called off|suspended)\s+(?:a|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:search|manhunt|hunt)|(?:search|manhunt)\s+(?:was|has been)\s+(?:called off|suspended|ended|stood down)|stood\s+down\s+(?:the|its|their)\s+(?:search|manhunt|hunt))\b/iu,
  },
  {
    // People sought, and then found, caught or charged: "are looking for a man in his thirties", "are
    // trying to trace a woman", "the man they want to trace", "a man they would like to identify".
    holds:
      /\b(?:(?:looking for|trying to (?:trace|find|locate|identify))\s+(?:a|an|the|two|three|four|five)\s+(?:[\p{L}-]+\s+){0,3}?(?:man|woman|men|women|suspects?|drivers?|gunm[ae]n|robbers?|attackers?|killers?|person|people|boy|girl|teenagers?|youths?|survivors?|climbers?|walkers?|fugitives?)|(?:want(?:s|ed)?|would\s+like)\s+to\s+(?:trace|find|locate|identify))\b/iu,
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:found|located|traced|identified|arrested|caught|captured|detained|charged|taken into custody)|(?:turned|handed)\s+(?:himself|herself|themselves)\s+in)\b/i,
  },
  {
    // Also a closure told with no end: "will stay closed until further notice" (not "for the rest of the
    // summer"); and in the present perfect, which tells it still holding: "the pier has been closed".
    holds:
      /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:closed|shut)|(?:closed|shut)\s+until\s+further\s+notice|(?:has|have)\s+been\s+(?:closed|shut)(?!\s+(?:for|between|from)\s))\b/i,
    // A shutdown told in the past with no day or year ("Inspectors shut down all 22 rides") holds until
    // reported reopened; told with its day, it is that day's event.
    heldUndated: /\b(?:shut|closed)\s+down\s+(?:all|the|its|their|every)\b(?![^.;]*\b(?:19|20)\d\d\b)/i,
    // Or told open again: "is open again", "trains are running again", "back open".
    ends: /\b(?:(?:(?:was|were|have been|has been|had been)\s+)?reopened|(?:is|are|was|were)\s+(?:now\s+)?(?:open|running)\s+again|back\s+open)\b/i,
  },
  {
    holds:
      /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:suspended|on hold|halted|grounded)|(?:has|have)\s+been\s+(?:suspended|halted|put on hold|grounded))\b/i,
    // Or the restriction lifted: "Visiting restrictions were lifted", "the ban on sailings has been lifted".
    ends: /\b(?:(?:(?:was|were|have been|has been|had been)\s+)?(?:resumed|restarted)|(?:restrictions?|ban|suspension)\s+(?:(?:on|at|for)\s+[^.;,]{1,30}?\s+)?(?:was|were|has been|have been|had been)\s+lifted)\b/i,
  },
  {
    holds:
      /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:detained|in custody|being held|held hostage)|(?:has|have)\s+been\s+detained)\b/i,
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:released|freed|set free)|released (?:him|her|them))\b/i,
  },
  {
    // A storm or a fire raging, and a later report naming it by a period gone ("Last month's storm
    // damaged 340 homes"): an event named by last week or last month is over.
    holds:
      /\b(?:is|are)\s+(?:still\s+)?(?:battering|lashing|pounding|raging|burning|sweeping|bearing down)\b|\bcontinues? to (?:batter|lash|pound|rage|burn)\b/i,
    // Or a fire told put out ("The blaze was extinguished on Thursday", "Firefighters put out the fire").
    ends: /\blast\s+(?:week|month)['’]s\s+(?:storm|hurricane|typhoon|cyclone|fire|wildfire|blaze|floods?)\s+(?:had\s+)?\w+ed\b|\b(?:was|were|has been|have been|had been)\s+(?:put out|extinguished)\b|\b(?:put out|extinguished)\s+(?:the|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:fire|blaze|flames)\b/iu,
  },
  {
    // A vote's or a count's result, and a later report that a recount or an appeal reversed it: the
    // first result ("The No side won 1,204 votes", "“The village has spoken…”") no longer stands.
    holds:
      /\b(?:won|lost|voted\s+(?:against|for|in favou?r|to)|rejected|backed|approved|has spoken|(?:was|were)\s+(?:elected|re-elected|defeated|acquitted|convicted))\b/i,
    ends: /\b(?:revers(?:ed|ing)|overturn(?:ed|ing))\s+(?:the\s+|its\s+)?(?:first|initial|earlier|original|previous)\s+(?:result|count|outcome|decision|verdict|ruling)\b/i,
  },
  {
    // An instruction to protect oneself, in force until it is lifted: "have been told to shelter in
    // place", "were told to keep windows shut", "are advised to boil their water", "the order remains
    // in force"; then "was lifted", "the all-clear was given".
    holds: new RegExp(
      String.raw`\b(?:(?:(?:has|have)\s+been|(?:is|are)\s+(?:being\s+)?)\s*(?:told|advised|asked|urged|ordered)\s+to\s+${PROTECTIVE_ACTION}|(?:must|should)\s+${PROTECTIVE_ACTION}|(?:order|notice|advice|warning|advisory)\s+(?:for\s+[^.;,]{1,40}?\s+)?(?:is|remains)\s+in\s+(?:force|place)|(?:order|notice|warning|advisory)\s+(?:for\s+[^.;,]{1,40}?\s+)?(?:has|have)\s+been\s+(?:issued|imposed|put\s+in\s+place)|(?:is|are|remains?)\s+(?:still\s+)?under\s+(?:a|an|the)\s+[\p{L}-]+\s+(?:order|notice|advisory))\b`,
      "iu",
    ),
    heldUndated: new RegExp(
      String.raw`\b(?:were|was)\s+(?:told|advised|asked|urged|ordered)\s+to\s+${PROTECTIVE_ACTION}\b`,
      "i",
    ),
    ends: /\b(?:(?:order|notice|advice|warning|advisory|instruction)s?\s+(?:for\s+[^.;,]{1,40}?\s+)?(?:was|were|has been|have been|had been)\s+(?:lifted|withdrawn|rescinded|cancelled|stood down)|(?:can|could|may)\s+(?:now\s+)?(?:drink|use)\s+(?:their|the)\s+(?:tap\s+)?water\s+(?:again|as normal)|(?:lifted|withdrew|rescinded|cancelled)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:order|notice|advice|warning|advisory)|(?:gave|given|sounded|issued)\s+the\s+all[- ]clear|all[- ]clear\s+(?:was|has been|had been)\s+(?:given|issued|sounded))\b/iu,
  },
  {
    // A supply cut, and its return: "Water supplies to 20,000 homes remain cut off", "2,300 homes have no
    // power", then "were restored" (to all but some: the count cut off is then another).
    holds:
      /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:cut off|without\s+(?:power|water|electricity|gas|heating))|(?:has|have)\s+been\s+(?:cut off|left without\s+(?:power|water|electricity|gas|heating))|(?:has|have)\s+(?:still\s+)?no\s+(?:power|water|electricity|gas|heating))\b/i,
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:restored|reconnected|switched back on)|restored\s+(?:power|water|supplies|electricity|gas)|(?:power|water|supplies|electricity|gas)\s+(?:came|is|was)\s+back\s+on)\b/i,
  },
  {
    // People moved out of their homes, and let back: "Residents remain out of their homes", then
    // "were allowed to return on Monday afternoon"; an evacuation order, then lifted.
    holds:
      /\b(?:(?:is|are|remains?)\s+(?:still\s+)?(?:out of their homes|evacuated|in\s+(?:temporary|emergency)\s+(?:shelters?|accommodation))|(?:has|have)\s+been\s+evacuated|evacuation\s+order\s+(?:for\s+[^.;,]{1,40}?\s+)?(?:is|remains)\s+in\s+(?:place|force)|(?:(?:should|must)\s+not|(?:told|asked|advised|urged|warned)\s+not\s+to)\s+(?:try\s+to\s+)?(?:return|go\s+back)\b)\b/i,
    // Or told they may go back now ("residents could go back to their homes from 9pm"), not on a
    // condition or a later day ("may return home once tests are clear").
    ends: /\b(?:(?:allowed|able|permitted)\s+to\s+(?:return|go\s+back|move\s+back)|(?:can|could|may)\s+(?:now\s+)?(?:return|go\s+back|move\s+back)\s+(?:to\s+their\s+homes|home)\b(?![^.;]*\b(?:if|once|when|unless|next|later|tomorrow|as\s+soon\s+as|as\s+early\s+as)\b)|(?:allowed|let)\s+back\s+(?:in|into|to)\b|returned\s+(?:to\s+their\s+homes|home)|(?:evacuation\s+(?:order\s+)?(?:was|has been|had been)\s+lifted|lifted\s+the\s+evacuation))\b/i,
  },
  {
    // Someone on bail, and then jailed or remanded: "remains on bail until sentencing", then "was jailed".
    holds: /\b(?:is|are|remains?)\s+(?:still\s+)?on\s+bail\b/i,
    ends: /\b(?:(?:was|were|has been|have been|had been)\s+(?:jailed|imprisoned|remanded\s+in\s+custody|taken\s+into\s+custody)|(?:was|were|has been|have been|had been)\s+sentenced\s+to\s+[^.;]{0,40}?\b(?:prison|jail|custody|detention))\b/i,
  },
  {
    // Someone questioned, and then charged or released: "is being questioned by police", then
    // "Prosecutors charged the driver", "was released without charge".
    holds: /\b(?:is|are)\s+(?:still\s+)?being\s+(?:questioned|interviewed)\b/i,
    ends: /\b(?:(?:was|were|have been|has been|had been)\s+(?:charged|released|freed|bailed)|charged\s+(?:him|her|them|the|a|an)\b|released\s+(?:him|her|them)\b)/i,
  },
  {
    // Someone named in hospital, and then named leaving it: "is in a serious but stable condition".
    holds:
      /\b(?:is|remains?)\s+(?:still\s+)?(?:in\s+hospital|in\s+(?:a\s+)?(?:critical|serious|stable|comfortable|fair|poor)\b[^.;]{0,30}?\bcondition)\b/i,
    ends: /\b(?:(?:left|discharged\s+from|released\s+from|went\s+home\s+from)\s+(?:the\s+)?hospital|(?:was|has\s+been|had\s+been)\s+discharged)\b/i,
    sameName: true,
  },
  {
    // Anything held "until further notice" ("Performances remain canceled until further notice"), and a
    // later report that sets the day it ends ("concerts will resume on March 20"): the end is no longer
    // open, so the statement that it is no longer stands, though the return is still to come.
    // Or a closure told with an open end: "will stay shut while the source is investigated".
    holds:
      /\buntil\s+further\s+notice\b|\b(?:will|would)\s+(?:stay|remain)\s+(?:closed|shut)\s+(?:while|pending|indefinitely|for\s+now)\b/i,
    ends: /\b(?:resumed|reopened|restarted|lifted)\b/i,
    endsAnnounced: new RegExp(
      String.raw`\b(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:due|set)\s+to)\s+(?:resume|reopen|restart|return|be\s+lifted)\b[^.;]{0,60}?\b(?:on|from)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:${MONTH})\s+\d{1,2}|\d{1,2}\s+(?:${MONTH}))\b`,
    ),
  },
  {
    holds: /\b(?:is|are|remains?)\s+(?:still\s+)?on strike\b/i,
    ends: /\b(?:(?:ended|called off)\s+(?:the|their|its)\s+strike|strike\s+(?:ended|was called off|is over)|returned to work)\b/i,
  },
];

/** Each kind's end, global to find every match (compiled once: matchAll copies it, leaving it unchanged). */
const ENDS_EVERYWHERE = new Map(STATES.map((kind) => [kind, new RegExp(kind.ends.source, `${kind.ends.flags}g`)]));

function reportsEnd(text: string, kind: StateKind): boolean {
  if (text.trim().endsWith("?")) return false;
  if (kind.endsAnnounced?.test(text)) return true;
  for (const match of text.matchAll(ENDS_EVERYWHERE.get(kind) ?? new RegExp(kind.ends.source, `${kind.ends.flags}g`))) {
    // A report that something did not, or may yet, happen ends nothing: "have not been found".
    if (toldAsDone(text, match.index ?? 0)) return true;
  }
  return false;
}

/**
 * Sentences that state a state still holding which a later sentence of the story reports ended:
 * "have not been heard from since Sunday" once "were found alive on Wednesday"; "the road remains
 * closed" once it "was reopened". A story follows one event, so the state and its end are taken to
 * be of the same people or thing; the older sentence belongs to the timeline, not to a summary of
 * where things stand.
 */
export function findEndedStates(candidates: readonly RankedSentence[], times: SentenceTimes): Set<RankedSentence> {
  const ended = new Set<RankedSentence>();
  for (const kind of STATES) {
    // Rewrites repeat sentences: each distinct text is read once per kind.
    const holds = oncePerText(
      (text) => kind.holds.test(text) || (kind.heldUndated?.test(text) === true && !STATED_DAY.test(text)),
    );
    const ends = oncePerText((text) => reportsEnd(text, kind));
    // A sentence ends its own state when it tells the end after it ("was missing until found on
    // Sunday"); an end told before it is of others ("Three were caught, leaving only Vasile at large").
    const endsOwnState = oncePerText((text) => {
      const at = kind.holds.exec(text)?.index ?? kind.heldUndated?.exec(text)?.index ?? 0;
      return reportsEnd(text.slice(at), kind);
    });
    const holding = candidates.filter((candidate) => holds(candidate.item.sentence.text));
    if (holding.length === 0) continue;
    // An end is known when it was reported: "Last month's storm damaged 340 homes" is dated last
    // month, but says on its publication day that the storm is over.
    const endings = candidates
      .filter((candidate) => ends(candidate.item.sentence.text))
      .map((candidate) => {
        const time = times.get(candidate);
        const published = Date.parse(candidate.item.article.publishedAt ?? "");
        return {
          text: candidate.item.sentence.text,
          article: candidate.item.article.id,
          time: time === undefined ? undefined : Number.isNaN(published) ? time : Math.max(time, published),
        };
      })
      .filter((ending): ending is { text: string; article: string; time: number } => ending.time !== undefined);
    if (endings.length === 0) continue;
    // The latest end told, and the latest told in another article than that one's: all a state with
    // no name to match asks (a later end in another article), without going through every end.
    let latest = { time: Number.NEGATIVE_INFINITY, article: "" };
    for (const ending of endings) if (ending.time > latest.time) latest = ending;
    let latestElsewhere = Number.NEGATIVE_INFINITY;
    for (const ending of endings)
      if (ending.article !== latest.article && ending.time > latestElsewhere) latestElsewhere = ending.time;
    for (const candidate of holding) {
      const time = times.get(candidate);
      if (time === undefined || endsOwnState(candidate.item.sentence.text)) continue;
      // A report that tells a state still holding knows what else it tells: an end in its own article
      // ("112 people were rescued" beside "the number still missing to 10") is no later news of it.
      if (!kind.sameName) {
        const endedLater = (latest.article === candidate.item.article.id ? latestElsewhere : latest.time) > time;
        if (endedLater) ended.add(candidate);
        continue;
      }
      const later = endings.filter((ending) => ending.time > time && ending.article !== candidate.item.article.id);
      const named = namesOf(candidate.item.sentence.text);
      const endedForThem = later.some((ending) => [...namesOf(ending.text)].some((name) => named.has(name)));
      if (endedForThem) ended.add(candidate);
    }
  }
  return ended;
}
