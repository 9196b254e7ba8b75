/**
 * Unit symbols news writes right after a figure, glued to it or apart ("420kg", "a 410GB database",
 * "95,000ML a day", "85 sq km"), each with the unit's name as other outlets spell it out ("420
 * kilograms", "340 gigabytes", "120,000 megalitres"): one figure of one measure however it is written.
 * Only symbols that name nothing else after a figure are read; case tells "ML" (megalitres) from
 * "ml" (millilitres), which is left out with other doses' units, and "m" is money's or a length's,
 * read elsewhere.
 */
const SYMBOL_NAMES: Readonly<Record<string, string>> = {
  kg: "kilogram",
  kgs: "kilogram",
  lb: "lb",
  lbs: "lb",
  ha: "hectare",
  GB: "gigabyte",
  TB: "terabyte",
  MB: "megabyte",
  PB: "petabyte",
  ML: "megalitre",
  GL: "gigalitre",
  kW: "kilowatt",
  MW: "megawatt",
  GW: "gigawatt",
  kWh: "kilowatt hour",
  MWh: "megawatt hour",
  GWh: "gigawatt hour",
  "sq km": "square kilometre",
  km2: "square kilometre",
  "km²": "square kilometre",
  "sq mi": "square mile",
  "sq miles": "square mile",
};

/** The symbols, longest first so that "kWh" is never read as "kW"; glued to the figure or one space apart. */
export const UNIT_SYMBOL_SOURCE = Object.keys(SYMBOL_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((symbol) => symbol.replace(/[²]/g, "\\u00b2"))
  .join("|");
const UNIT_SYMBOL_AFTER = new RegExp(`^\\s?(${UNIT_SYMBOL_SOURCE})(?![\\p{L}\\p{N}])`, "u");

/** The unit a symbol right after a figure names, and where the symbol ends in the text after it. */
export function unitSymbolAfter(after: string): { unit: string; end: number } | null {
  const found = UNIT_SYMBOL_AFTER.exec(after);
  const unit = found ? SYMBOL_NAMES[found[1]!] : undefined;
  return found && unit ? { unit, end: found[0].length } : null;
}
