import type { NumberMention } from "../figures/index.js";
import { standsAs } from "./standing-quantities.js";

/**
 * Units of one dimension, each as a factor to the dimension's common unit: an American outlet's
 * miles, acres and pounds and a European one's kilometres, hectares and kilograms of the same thing
 * are the same figure once converted, as are degrees Fahrenheit and Celsius (with an offset) and spans of
 * time in hours, days, weeks, months and years. Money is
 * never converted (rates move; a sum is told in the currency it was paid in), nor tons (a short ton and
 * a long ton differ).
 */
const TO_COMMON: Record<string, { unit: string; factor: number; offset?: number }> = {
  fahrenheit: { unit: "celsius", factor: 5 / 9, offset: (-32 * 5) / 9 },
  millimetre: { unit: "metre", factor: 0.001 },
  millimeter: { unit: "metre", factor: 0.001 },
  centimetre: { unit: "metre", factor: 0.01 },
  centimeter: { unit: "metre", factor: 0.01 },
  meter: { unit: "metre", factor: 1 },
  // "380 m", the symbol written apart from its figure (money's "m" is read with its currency sign).
  m: { unit: "metre", factor: 1 },
  kilometre: { unit: "metre", factor: 1000 },
  kilometer: { unit: "metre", factor: 1000 },
  km: { unit: "metre", factor: 1000 },
  inch: { unit: "metre", factor: 0.0254 },
  inche: { unit: "metre", factor: 0.0254 },
  foot: { unit: "metre", factor: 0.3048 },
  feet: { unit: "metre", factor: 0.3048 },
  yard: { unit: "metre", factor: 0.9144 },
  mile: { unit: "metre", factor: 1609.344 },
  acre: { unit: "hectare", factor: 0.404_686 },
  gram: { unit: "kilogram", factor: 0.001 },
  kilo: { unit: "kilogram", factor: 1 },
  tonne: { unit: "kilogram", factor: 1000 },
  lb: { unit: "kilogram", factor: 0.453_592 },
  // A storm's winds in miles an hour in one outlet and in kilometres an hour in the next ("sustained
  // winds of 140mph", "maximum sustained winds of 185 km/h"): one speed.
  mph: { unit: "km/h", factor: 1.609_344 },
  kph: { unit: "km/h", factor: 1 },
  knot: { unit: "km/h", factor: 1.852 },
  // How long one thing lasted, told in hours by one outlet and in days by another ("turned away for 72
  // hours", "a five-day diversion"; "suspended for 18 months", "a two-year suspension"): one length.
  second: { unit: "day", factor: 1 / 86_400 },
  minute: { unit: "day", factor: 1 / 1440 },
  hour: { unit: "day", factor: 1 / 24 },
  week: { unit: "day", factor: 7 },
  month: { unit: "day", factor: 365.25 / 12 },
  year: { unit: "day", factor: 365.25 },
};

/** The common units themselves ("metre", "hectare"): figures already in them. */
const COMMON_UNITS: ReadonlySet<string> = new Set(Object.values(TO_COMMON).map((common) => common.unit));

/**
 * The dimension a unit measures in space, area, mass, heat or speed ("mile" and "km": "metre"), or none
 * (a span of time, a count, money): a figure in one is a measure of a thing, which outlets may give
 * differently without telling of another thing.
 */
export function physicalDimensionOf(unit: string): string | undefined {
  const common = TO_COMMON[unit]?.unit ?? (COMMON_UNITS.has(unit) ? unit : undefined);
  return common === "day" ? undefined : common;
}

/** The most a figure given in another unit is taken to round the conversion off, as a share of itself. */
const CONVERSION_ROUNDING = 0.08;

/** A figure in its dimension's common unit, with the unit it was written in. */
export interface CommonFigure {
  mention: NumberMention;
  /** The unit as written ("mile"), the common one for figures already in it. */
  written: string;
  /**
   * How far the written figure may be from the exact value when it is a conversion (in the common
   * unit): half a step of its last non-zero digit, at most CONVERSION_ROUNDING of it ("10,000 acres"
   * for 4,200 hectares, "about 9 miles" for a length in kilometres). Used only against another unit.
   */
  conversionRounding: number;
}

function looseRounding(raw: string, value: number): number {
  const digits = raw.replace(/[^\d.]/g, "");
  const [whole = "", decimals] = digits.split(".");
  const zeros = decimals ? 0 : whole.length - whole.replace(/0+$/, "").length;
  const step = decimals ? 10 ** -decimals.length : 10 ** zeros;
  const scale = value / (Number(digits) || 1);
  return Math.min((step * scale) / 2, value * CONVERSION_ROUNDING);
}

/**
 * The mentions in their dimensions' common units (copies; the two ends of a range keep one range),
 * each with the unit it was written in and its rounding as a conversion.
 */
export function inCommonUnits(mentions: readonly NumberMention[]): {
  mentions: NumberMention[];
  figures: Map<NumberMention, CommonFigure>;
} {
  const ranges = new Map<NonNullable<NumberMention["range"]>, NonNullable<NumberMention["range"]>>();
  const figures = new Map<NumberMention, CommonFigure>();
  const converted = mentions.map((mention) => {
    const known = CONVERTED.get(mention);
    if (known) return known.mention;
    const common = mention.unit ? TO_COMMON[mention.unit] : undefined;
    const loose = Math.max(mention.rounding, looseRounding(mention.raw, mention.value));
    const factor = common?.factor ?? 1;
    const convert = (value: number) => value * factor + (common?.offset ?? 0);
    let range = mention.range;
    if (range && common) {
      const known = ranges.get(range) ?? { low: convert(range.low), high: convert(range.high), raw: range.raw };
      ranges.set(range, known);
      range = known;
    }
    const copy: NumberMention = common
      ? {
          ...mention,
          unit: common.unit,
          value: convert(mention.value),
          rounding: mention.rounding * factor,
          ...(range ? { range } : {}),
        }
      : mention;
    // Only a unit of a dimension is told as written: two nouns for one count ("pupils", "children")
    // are no conversion.
    const dimensioned = common !== undefined || COMMON_UNITS.has(mention.unit ?? "");
    const figure = {
      mention: copy,
      written: dimensioned ? (mention.unit ?? "") : "",
      conversionRounding: loose * factor,
    };
    figures.set(copy, figure);
    CONVERTED.set(copy, figure);
    standsAs(copy, mention);
    return copy;
  });
  return { mentions: converted, figures };
}

/** Figures read by inCommonUnits, by their copy (a copy converted again is itself). */
const CONVERTED = new WeakMap<NumberMention, CommonFigure>();

/** The unit a figure was written in and its rounding as a conversion, for a figure inCommonUnits gave; null for others. */
export function commonFigureOf(mention: NumberMention): CommonFigure | null {
  return CONVERTED.get(mention) ?? null;
}
