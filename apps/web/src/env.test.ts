import { describe, expect, it } from "vitest";
import { readWebEnv } from "./env";

const env = (values: Record<string, string>) => ({ NODE_ENV: "test", ...values }) as NodeJS.ProcessEnv;

describe("the web worker setting", () => {
  it("runs jobs in the web server unless ROUNDUP_WEB_WORKER=off, and refuses anything else", () => {
    expect(readWebEnv(env({})).ROUNDUP_WEB_WORKER).toBe("on");
    expect(readWebEnv(env({ ROUNDUP_WEB_WORKER: "" })).ROUNDUP_WEB_WORKER).toBe("on");
    expect(readWebEnv(env({ ROUNDUP_WEB_WORKER: "off" })).ROUNDUP_WEB_WORKER).toBe("off");
    expect(() => readWebEnv(env({ ROUNDUP_WEB_WORKER: "false" }))).toThrow(/ROUNDUP_WEB_WORKER must be on or off/);
  });
});
