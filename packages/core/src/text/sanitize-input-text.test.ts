import { describe, expect, it } from "vitest";
import { sanitizeInputText } from "./sanitize-input-text.js";

describe("sanitizeInputText", () => {
  it("removes control characters, bidi controls and noncharacters, keeping tabs and line breaks", () => {
    expect(sanitizeInputText("Bridge\u0000 closes")).toBe("Bridge closes");
    expect(sanitizeInputText("a\u0007b\u007Fc\u009Bd")).toBe("abcd");
    // "Trojan Source": text that displays reversed.
    expect(sanitizeInputText("price \u202E0001$\u202C and \u2066x\u2069 \u200Fy\u200E \u061Cz")).toBe(
      "price 0001$ and x y z",
    );
    expect(sanitizeInputText("\uFEFFtext\uFFFE\uFFFF\uFDD0")).toBe("text");
    expect(sanitizeInputText("one\ttwo\nthree\r\nfour")).toBe("one\ttwo\nthree\r\nfour");
    expect(sanitizeInputText("page\fbreak\u000Bvertical\u0085next")).toBe("page\nbreak\nvertical\nnext");
  });

  it("leaves every other character alone: scripts, emoji with joiners, accents", () => {
    const text = "Zürich · 東京 · שלום · مرحبا · नमस्ते · 👩‍👩‍👧 · e\u0301 · \u200Czwnj";
    expect(sanitizeInputText(text)).toBe(text);
  });

  it("drops surrogates that have no pair", () => {
    expect(sanitizeInputText("a\uD83Db\uDE00c😀")).toBe("abc😀");
  });
});
