import { describe, expect, it } from "vitest";
import { buildDigest } from "../testing/build-digest.js";
import { digestSchema } from "./digest-schema.js";

const stored = buildDigest({ headline: "Truce talks resume" });

describe("digestSchema", () => {
  it("still parses a digest stored before headlines had citations", () => {
    const parsed = digestSchema.parse(stored);
    expect(parsed.headlineCitations).toBeUndefined();
    expect(parsed.headlineVerification).toBeUndefined();
  });

  it("keeps a headline's citations and a flagged verification", () => {
    const parsed = digestSchema.parse({
      ...stored,
      headlineCitations: [{ articleId: "a1", chunkId: "c1", start: 0, end: 14 }],
      headlineVerification: { status: "unsupported", reasons: ["number 7 is not in the cited passage"] },
    });
    expect(parsed.headlineVerification?.status).toBe("unsupported");
    expect(digestSchema.safeParse({ ...stored, headlineCitations: [{ articleId: "a1" }] }).success).toBe(false);
  });
});

describe("statement ids and acceptances", () => {
  it("parses a digest stored without them and keeps them when given", () => {
    const acceptance = {
      by: "u1",
      byName: "Rita",
      reason: "Confirmed by phone with the ministry",
      at: "2026-12-01T10:00:00.000Z",
    };
    const parsed = digestSchema.parse({
      ...stored,
      headlineAcceptance: acceptance,
      summary: stored.summary.map((sentence, index) => ({ ...sentence, id: `s${index}`, acceptance })),
    });
    expect(parsed.summary[0]?.id).toBe("s0");
    expect(parsed.summary[0]?.acceptance?.reason).toBe("Confirmed by phone with the ministry");
    expect(parsed.headlineAcceptance?.byName).toBe("Rita");
    expect(digestSchema.parse(stored).summary[0]?.id).toBeUndefined();
  });

  it("refuses an acceptance without a reason", () => {
    const acceptance = { by: "u1", byName: "Rita", reason: "", at: "2026-12-01T10:00:00.000Z" };
    expect(digestSchema.safeParse({ ...stored, headlineAcceptance: acceptance }).success).toBe(false);
  });
});
