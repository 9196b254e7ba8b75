import { describe, expect, it } from "vitest";
import { decodeProgress, encodeProgress } from "./generate-progress";
import { isSameOrigin } from "./same-origin";

describe("generate progress stream", () => {
  it("decodes complete lines and keeps the unfinished tail", () => {
    const text =
      encodeProgress({ step: "planning", message: "Planning" }) +
      encodeProgress({ step: "drafting", message: "Drafting" });
    const first = decodeProgress(text.slice(0, text.length - 5));
    expect(first.events.map((event) => event.step)).toEqual(["planning"]);
    const second = decodeProgress(first.rest + text.slice(text.length - 5));
    expect(second.events.map((event) => event.step)).toEqual(["drafting"]);
    expect(second.rest).toBe("");
  });

  it("skips lines that are not events", () => {
    expect(decodeProgress('not json\n{"x":1}\n{"step":"error","message":"m"}\n').events).toEqual([
      { step: "error", message: "m" },
    ]);
  });
});

describe("same-origin check", () => {
  it("accepts a request whose Origin matches its Host and refuses the rest", () => {
    expect(isSameOrigin(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(new Headers({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(new Headers({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
  });
});
