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
