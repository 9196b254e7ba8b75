import type { Digest, Generation } from "../digest/digest-schema.js";

/**
 * A valid digest for tests: one cited summary sentence and empty sections, with any field replaced
 * (and `generation` merged), so each test spells out only what it is about.
 */
export function buildDigest(
  overrides: Partial<Omit<Digest, "generation">> & { generation?: Partial<Generation> } = {},
): Digest {
  const { generation, ...rest } = overrides;
  return {
    headline: "Council approves bridge",
    summary: [
      {
        text: "The council approved the bridge.",
        citations: [{ articleId: "a1", chunkId: "a1-c0", start: 0, end: 31 }],
      },
    ],
    keyPoints: [],
    timeline: [],
    quotes: [],
    disagreements: [],
    sources: [],
    ...rest,
    generation: {
      engine: "offline",
      model: null,
      promptId: "offline@1",
      inputHash: "h",
      usage: { inputTokens: 0, outputTokens: 0 },
      costUsd: 0,
      latencyMs: 1,
      ...generation,
    },
  };
}
