import { describe, expect, it } from "vitest";
import { defaultModelName, modelConfigFor, sharedSettingsSchema } from "./shared-settings.js";

describe("sharedSettingsSchema", () => {
  it("treats blank values as unset, splits the allowed hosts and names a bad variable", () => {
    const settings = sharedSettingsSchema.parse({
      OPENAI_API_KEY: "  ",
      ROUNDUP_FETCH_ALLOW_HOSTS: " 127.0.0.1, ,db ",
    });
    expect(settings.OPENAI_API_KEY).toBeUndefined();
    expect(settings.ROUNDUP_FETCH_ALLOW_HOSTS).toEqual(["127.0.0.1", "db"]);
    expect(sharedSettingsSchema.parse({}).ROUNDUP_FETCH_ALLOW_HOSTS).toEqual([]);
    const refused = sharedSettingsSchema.safeParse({ OPENAI_BASE_URL: "not a url" });
    expect(refused.error?.issues[0]?.message).toContain("OPENAI_BASE_URL");
  });
});

describe("modelConfigFor", () => {
  it("prefers a compatible server, falls back to OpenAI, and is null without a provider", () => {
    const local = sharedSettingsSchema.parse({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" });
    expect(defaultModelName(local)).toBe("llama3.1");
    expect(modelConfigFor(local)).toEqual({
      provider: "openai-compatible",
      baseURL: "http://127.0.0.1:11434/v1",
      model: "llama3.1",
    });
    const openai = sharedSettingsSchema.parse({ OPENAI_API_KEY: "sk-test", ROUNDUP_MODEL: "gpt-4o" });
    expect(modelConfigFor(openai, "gpt-4.1")).toEqual({ provider: "openai", apiKey: "sk-test", model: "gpt-4.1" });
    expect(defaultModelName(openai)).toBe("gpt-4o");
    expect(modelConfigFor(sharedSettingsSchema.parse({}))).toBeNull();
  });
});
