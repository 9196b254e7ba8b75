import { describe, expect, it } from "vitest";
import { escapeRegExp } from "./escape-reg-exp.js";

describe("escapeRegExp", () => {
  it("matches a text with a pattern's special characters literally", () => {
    const text = "St. Ives (Cornwall) [UK] $5+ a*b?c^d{2}|e\\f";
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp("St. Ives")).test("StX Ives")).toBe(false);
  });
});
