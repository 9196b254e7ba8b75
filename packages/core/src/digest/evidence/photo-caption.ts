/** "In this Feb. 11, 2007, file photo, …", "… in this evidence photo", "(AP Photo/…)", "Photo: …". */
const PHOTO_REFERENCE =
  /\bin (?:this|these|an?) (?:[\p{L}\d.,' -]{0,40}\s)?(?:photo(?:graph)?s?|images?|pictures?|handout|video still|screen ?(?:shot|grab))\b|\b(?:file|handout|AP|AFP|Getty|Reuters|EPA) (?:photos?|images?|pictures?)\b|^(?:photo|image|picture)(?: credit)?:|\((?:photo|image|picture)\b/iu;
/**
 * Where someone stands in the picture: "A Ku Klux Klansman, left, uses…", "(second from right)",
 * the agencies' "(L)", "(L-R)", "(2nd R)" (a bare "(R)" is a party, as in "Sen. Smith (R)").
 */
const POSITION_IN_PICTURE =
  /,\s*(?:(?:second|third) from )?(?:left|right|center|centre|top|bottom|front|back row|foreground|background)\s*,|\((?:(?:second|third) from )?(?:left|right|center|centre|top|bottom|pictured|above|below|inset)\)|\b(?:is|are|was|were) (?:pictured|seen here|photographed)\b|\((?:L|C|L-R|R-L|\d(?:st|nd|rd|th) [LRC])\)/iu;
/**
 * A caption ends on where and when the picture was taken: "… at Potter's Field Park in London,
 * Monday, June 5, 2017.", or on its day and date set off by commas, as agencies write them: "…
 * after the Navy destroyer collided with a merchant ship, Saturday, June 17, 2017." (prose says
 * "on Saturday, June 17").
 */
const PLACE_AND_DATE =
  /\bin \p{Lu}[^,]*(?:,\s*\p{Lu}[\p{L}.]*)?,\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\.?\s*$|,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\.?\s*$/u;
/**
 * A photo credit or caption label left at the start: "AFP/Getty Images NBA Finals MVP LeBron James…",
 * "Eric Gay / AP Senator Wendy Davis listens…", "Image caption …", "Media caption …", and a
 * gallery's control before its next caption ("Hide Caption 26 of 132 Photos: …").
 */
const CREDIT =
  /^(?:\S+\/(?:Getty|AFP|AP|Reuters|EPA|Shutterstock)\S*(?:\s+Images?)?|(?:Getty|AFP\/Getty) Images|AP Photo(?:\/\S+)?|(?:\p{Lu}[\p{L}.'-]+\s+){1,3}\/\s*(?:AP|AFP|Getty Images|Reuters|EPA)|(?:Image|Media) caption|Hide Caption \d+ of \d+)\s/u;
/** An agency caption's own dateline, the date in capitals and a colon: "WASHINGTON, DC - JUNE 18: Former…". */
const CAPTION_DATELINE =
  /^(?:\p{Lu}[\p{Lu} .,'-]+ [-–—] )?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}:\s/u;
/**
 * Someone named doing something in the present tense at a time already past: "House Minority Leader
 * Jane Doe speaks during a news conference last week." News tells a past event in the past tense
 * ("spoke"); only a caption describes the moment in its picture. A bare "on March 3" may be ahead
 * (a schedule), so a date needs its year or an ordinal.
 */
const PRESENT_AT_PAST_TIME =
  /^(?:\S+\s+){0,5}\p{Lu}[\p{L}.'-]+\s+\p{Lu}[\p{L}.'-]+\s+(?:speaks|walks|arrives|leaves|exits|gestures|listens|looks on|poses|waves|stands|sits|smiles|talks|attends|greets|shakes hands|takes part|takes cover|holds up|reacts|celebrates|addresses)\b.*?\b(?:last (?:week|month|year|night|weekend)|yesterday|earlier this (?:week|month|year)|on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:, \d{4}|st|nd|rd|th))\b/u;

/**
 * Two people named doing together, in the present tense, what a picture shows, at a time already
 * past (a weekday alone counts here: these verbs are no schedule): "Senate Minority Leader Chuck
 * Schumer and Majority Leader Mitch McConnell walk to the Senate floor Wednesday."
 */
const PLURAL_PRESENT_AT_PAST_TIME =
  /^(?:\S+\s+){0,6}\p{Lu}[\p{L}.'-]+\s+and\s+(?:\S+\s+){0,4}\p{Lu}[\p{L}.'-]+\s+(?:walk|gesture|listen|look on|pose|wave|stand|sit|smile|talk|greet|shake hands|take part|react|celebrate|embrace|chat|arrive)\b.*?\b(?:last (?:week|month|year|night|weekend)|yesterday|earlier this (?:week|month|year)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/u;

// Cheap first tests: the full patterns run only on the few sentences that name a picture or a place in one.
const PHOTO_WORD = /photo|image|picture|handout|video still|screen ?(?:shot|grab)/i;
const PAST_TIME_WORD = /day\b|last |earlier this/i;
const PLACEMENT_WORD =
  /left|right|cent(?:er|re)|top|bottom|front|back row|ground|pictured|above|below|inset|seen here|photographed|\([\dLC]/i;

/**
 * Whether a sentence is a photo caption rather than prose: it points at a picture ("in this file
 * photo"), places people in it (", left,", "is pictured"), opens with the photo's credit or an
 * agency caption's dateline, ends on the place and full date it was taken, or shows someone (or
 * two people) doing something now at a time already past.
 * Captions describe a picture in the present tense; as a story's lead or headline they say nothing
 * about what happened.
 */
export function isPhotoCaption(text: string): boolean {
  return (
    (PHOTO_WORD.test(text) && PHOTO_REFERENCE.test(text)) ||
    (PLACEMENT_WORD.test(text) && POSITION_IN_PICTURE.test(text)) ||
    CREDIT.test(text) ||
    CAPTION_DATELINE.test(text) ||
    PLACE_AND_DATE.test(text) ||
    PRESENT_AT_PAST_TIME.test(text) ||
    (text.includes(" and ") && PAST_TIME_WORD.test(text) && PLURAL_PRESENT_AT_PAST_TIME.test(text))
  );
}

/** A photo's credit as its own sentence: "Photo: Facebook", "(Photo: Susan Walsh, AP)", "Photograph: AP". */
const PHOTO_CREDIT = /^\s*\(?(?:photo|picture|image|pic|photograph)s?(?:\s+credit)?\s*:\s*[^.:]{1,60}\)?\.?\s*$/i;

/**
 * Whether a sentence is a photo's credit ("Photo: Facebook"): the sentence right before it in the
 * same paragraph is the photo's caption ("The captain of … flight MH370, Zaharie Ahmad Shah."), not the story.
 */
export function isPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text);
}
