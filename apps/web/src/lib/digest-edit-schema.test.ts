import { describe, expect, it } from "vitest";
import { checkDigestEdit, describeEditPath, digestEditSchema } from "./digest-edit-schema";

const edit = {
  headline: "Bridge approved",
  headlineCitations: [],
  summary: [{ id: "s1", text: "The council approved the bridge.", citations: [] }],
  keyPoints: [],
  timeline: [],
  quotes: [],
  disagreements: [],
};

describe("checkDigestEdit", () => {
  it("accepts an edit within the limits and names the field that is too long", () => {
    expect(checkDigestEdit(edit)).toBeNull();
    const pasted = { ...edit, summary: [edit.summary[0], { id: "s2", text: "x".repeat(1_500_000), citations: [] }] };
    expect(checkDigestEdit(pasted)).toEqual([
      "Summary sentence 2 is over 2,000 characters: shorten it (your text is kept).",
    ]);
  });

  it("describes paths as an editor reads them", () => {
    expect(describeEditPath(["disagreements", 0, "claims", 1, "text"])).toBe("Disagreement 1, claim 2");
    expect(describeEditPath(["headline"])).toBe("Headline");
    expect(describeEditPath(["timeline", 2, "date"])).toBe("Timeline entry 3, date");
  });

  it("strips control and bidi characters from what the editor typed", () => {
    const typed = {
      ...edit,
      headline: "Valparaiso\u0000 bridge \u202Ereopens\u202C on \u2066Monday\u2069",
      summary: edit.summary.map((sentence) => ({ ...sentence, text: `${sentence.text}\u200F` })),
    };
    const parsed = digestEditSchema.parse(typed);
    expect(parsed.headline).toBe("Valparaiso bridge reopens on Monday");
    expect(parsed.summary.map((sentence) => sentence.text)).toEqual(edit.summary.map((sentence) => sentence.text));
  });
});
