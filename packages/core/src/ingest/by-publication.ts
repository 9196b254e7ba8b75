/**
 * Orders two publication stamps by the instant they name, undated last. A stamp may keep its
 * publisher's offset ("…T06:00:00+10:00", see toIsoDate), so its text does not sort with a
 * UTC stamp's; stamps that do not parse are compared as written.
 */
export function byPublication(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  const [first, second] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(first) || Number.isNaN(second)) return a.localeCompare(b);
  return first - second;
}
