/**
 * A live blog's time stamp opening a line: "8:15 p.m.", "23:58 GMT", "14:05 GMT: …", "10:42 — …",
 * "9.30am", "Updated 14:05". A time of its own day, never a date; what follows it is the entry's news.
 */
export const CLOCK_STAMP =
  /^(?:(?:last\s+)?(?:updated|posted)\s+(?:at\s+)?)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|local time))?(?=\s|$|[:—–-])(?:\s*[:—–-]+)?\s*/i;
