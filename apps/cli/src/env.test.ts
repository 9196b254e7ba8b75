import { describe, expect, it } from "vitest";
import { readCliEnv } from "./env.js";

describe("readCliEnv", () => {
  it("accepts an empty environment: everything has a default", () => {
    const env = readCliEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OPENAI_API_KEY).toBeUndefined();
    expect(env.ROUNDUP_ENGINE).toBeUndefined();
    expect(env.ROUNDUP_GROUP_WINDOW_DAYS).toBeUndefined();
  });

  it("reads the grouping window as a number of days", () => {
    expect(readCliEnv({ ROUNDUP_GROUP_WINDOW_DAYS: " 14 " }).ROUNDUP_GROUP_WINDOW_DAYS).toBe(14);
  });

  it("reads how long finished jobs are kept as a number of days", () => {
    expect(readCliEnv({ ROUNDUP_JOB_RETENTION_DAYS: "7" }).ROUNDUP_JOB_RETENTION_DAYS).toBe(7);
    expect(readCliEnv({}).ROUNDUP_JOB_RETENTION_DAYS).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => readCliEnv({ OPENAI_BASE_URL: "not a url" })).toThrow(/OPENAI_BASE_URL/);
    expect(() => readCliEnv({ ROUNDUP_ENGINE: "gpt" })).toThrow(/ROUNDUP_ENGINE/);
    expect(() => readCliEnv({ ROUNDUP_GROUP_WINDOW_DAYS: "0" })).toThrow(/ROUNDUP_GROUP_WINDOW_DAYS/);
    expect(() => readCliEnv({ ROUNDUP_GROUP_WINDOW_DAYS: "two weeks" })).toThrow(/ROUNDUP_GROUP_WINDOW_DAYS/);
    expect(() => readCliEnv({ ROUNDUP_JOB_RETENTION_DAYS: "0" })).toThrow(/ROUNDUP_JOB_RETENTION_DAYS/);
    expect(() => readCliEnv({ ROUNDUP_ADMIN_EMAIL: "chief@example.org" })).toThrow(/ROUNDUP_ADMIN_PASSWORD/);
    expect(() => readCliEnv({ ROUNDUP_ADMIN_EMAIL: "chief@example.org", ROUNDUP_ADMIN_PASSWORD: "short" })).toThrow(
      /ROUNDUP_ADMIN_PASSWORD/,
    );
  });
});
