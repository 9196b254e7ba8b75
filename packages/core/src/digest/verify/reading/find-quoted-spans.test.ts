import { describe, expect, it } from "vitest";
import { findQuotedSpans } from "./find-quoted-spans.js";

describe("findQuotedSpans", () => {
  it("finds quotations in double and single marks, straight and curly, and not apostrophes", () => {
    const text =
      "Hamas's leader said “we will not leave” and the soldiers' families called it 'a betrayal', while Egypt's envoy spoke of ‘real progress’ and \"a new phase\".";
    expect(findQuotedSpans(text).map((span) => span.text)).toEqual([
      "we will not leave",
      "a betrayal",
      "real progress",
      "a new phase",
    ]);
    for (const span of findQuotedSpans(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
