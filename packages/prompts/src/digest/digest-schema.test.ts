import { describe, expect, it } from "vitest";
import { digestSchema } from "./digest-schema.js";

const stored = {
  headline: "Truce talks resume",
  summary: [{ text: "Talks resumed.", citations: [{ articleId: "a1", chunkId: "c1", start: 0, end: 14 }] }],
  keyPoints: [],
  timeline: [],
  quotes: [],
  disagreements: [],
  sources: [],
  generation: {
    engine: "offline",
    model: null,
    promptId: "offline@1",
    inputHash: "x",
    usage: { inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    latencyMs: 1,
  },
};

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
