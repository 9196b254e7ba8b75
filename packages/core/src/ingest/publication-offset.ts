/** A stamp's closing offset from UTC: "+10:00", "-0500", "Z". */
const CLOSING_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * The instant `time` (epoch milliseconds) written on the clock `minutes` east of UTC, with that offset
 * ("2026-03-03T06:00:00.000+10:00"); in UTC ("…Z") when the offset is zero or not known. A stamp
 * written so keeps the day its writer counted from (see toIsoDate, onStoryClock).
 */
export function withPublicationOffset(time: number, minutes: number | null): string {
  if (!minutes) return new Date(time).toISOString();
  const sign = minutes < 0 ? "-" : "+";
  const [hours, rest] = [Math.floor(Math.abs(minutes) / 60), Math.abs(minutes) % 60];
  const local = new Date(time + minutes * 60_000).toISOString().slice(0, -1);
  return `${local}${sign}${String(hours).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
}

/**
 * Minutes east of UTC a publication stamp keeps ("…+10:00" is 600), or null for a stamp in UTC or
 * with no offset: what a store that keeps instants must keep beside one to give the stamp back.
 */
export function publicationOffsetMinutes(publishedAt: string | null | undefined): number | null {
  const match = publishedAt ? CLOSING_OFFSET.exec(publishedAt) : null;
  if (!match || match[1] === "Z") return null;
  const minutes = (match[2] === "-" ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
  return minutes === 0 ? null : minutes;
}
