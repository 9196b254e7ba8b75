import { describe, expect, it } from "vitest";
import { createEngine } from "./create-engine.js";
import { readCliEnv } from "./env.js";

const request = { storyLabel: "s", passages: [], facts: { dates: [], numbers: [], quotes: [] } } as never;

describe("createEngine", () => {
  it("uses ROUNDUP_MODEL for the llm engine, which is how a worker honours a job's model", () => {
    const env = readCliEnv({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1" });
    expect(createEngine("llm", env).settings(request).model).toContain("llama3.1");
    expect(createEngine("llm", { ...env, ROUNDUP_MODEL: "qwen2.5" }).settings(request).model).toContain("qwen2.5");
  });

  it("refuses a model engine when no provider is configured", () => {
    expect(() => createEngine("llm", readCliEnv({}))).toThrow(/needs a model provider/);
  });
});
