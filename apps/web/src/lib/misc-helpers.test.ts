import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { coverageSeries } from "./coverage-series";
import { inboxHref, parseInboxParams } from "./inbox-params";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("follows only same-site paths", () => {
    expect(safeReturnPath("/stories/1")).toBe("/stories/1");
    expect(safeReturnPath("//evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
  });

  it("is not fooled by characters browsers drop or rewrite", () => {
    // Browsers remove tabs and newlines from URLs and read "\\" as "/": each of these is //evil.example.
    for (const sneaky of [
      "/\t/evil.example/",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\\/evil.example",
      " //evil.example",
    ]) {
      expect(safeReturnPath(sneaky)).toBe("/");
    }
    expect(safeReturnPath("/stories/1?tab=history#p3")).toBe("/stories/1?tab=history#p3");
  });
});

describe("inbox parameters", () => {
  it("keeps valid filters and drops unknown values", () => {
    expect(parseInboxParams({ q: " gaza ", status: "approved", sort: "label_asc", page: "2" })).toEqual({
      query: "gaza",
      status: "approved",
      sort: "label_asc",
      page: 2,
    });
    expect(parseInboxParams({ status: "bogus", sort: "nope", page: "-1" })).toEqual({});
    expect(inboxHref({ query: "a b", status: "draft" }, 3)).toBe("/?q=a+b&status=draft&page=3");
  });
});

describe("coverageSeries", () => {
  it("counts articles per outlet per day, filling empty days", () => {
    const series = coverageSeries([
      { source: "A", publishedAt: new Date("2024-02-07T09:00:00Z") },
      { source: "B", publishedAt: new Date("2024-02-07T10:00:00Z") },
      { source: "A", publishedAt: new Date("2024-02-09T10:00:00Z") },
      { source: null, publishedAt: null },
    ]);
    expect(series.days).toEqual(["2024-02-07", "2024-02-08", "2024-02-09"]);
    expect(series.outlets).toEqual([
      { name: "A", counts: [1, 0, 1] },
      { name: "B", counts: [1, 0, 0] },
    ]);
    expect(series.undated).toBe(1);
  });
});

describe("clientAddress", () => {
  it("takes the address the server or its proxy saw: the last X-Forwarded-For entry", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    // A browser's own header comes first and is never the one used.
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.1.2.3" }))).toBe("10.1.2.3");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
