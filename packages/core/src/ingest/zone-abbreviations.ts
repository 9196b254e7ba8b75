/**
 * Minutes east of UTC for the zone abbreviations a dateline or feed writes after a time ("06:00:00
 * AEST"), where one name tells one clock: RFC 822's North American zones and the common standard and
 * summer names of Europe, Asia and Oceania. A name several clocks share is left out: "IST" is India's,
 * Israel's and Ireland's, "BST" British summer time and Bangladesh's, "AST" the Atlantic's and
 * Arabia's, "GST" the Gulf's and South Georgia's, "SST" Samoa's and Singapore's (see toIsoDate).
 */
export const ZONE_ABBREVIATION_MINUTES: ReadonlyMap<string, number> = new Map([
  // North America (RFC 822, and the zones beside them)
  ["EST", -300],
  ["EDT", -240],
  ["CST", -360],
  ["CDT", -300],
  ["MST", -420],
  ["MDT", -360],
  ["PST", -480],
  ["PDT", -420],
  ["AKST", -540],
  ["AKDT", -480],
  ["HST", -600],
  ["NST", -210],
  ["NDT", -150],
  // Europe
  ["WET", 0],
  ["WEST", 60],
  ["CET", 60],
  ["CEST", 120],
  ["EET", 120],
  ["EEST", 180],
  ["MSK", 180],
  // Asia
  ["PKT", 300],
  ["NPT", 345],
  ["WIB", 420],
  ["ICT", 420],
  ["HKT", 480],
  ["SGT", 480],
  ["PHT", 480],
  ["AWST", 480],
  ["JST", 540],
  ["KST", 540],
  // Oceania
  ["ACST", 570],
  ["ACDT", 630],
  ["AEST", 600],
  ["AEDT", 660],
  ["NZST", 720],
  ["NZDT", 780],
]);
