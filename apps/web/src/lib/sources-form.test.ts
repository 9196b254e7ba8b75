import { describe, expect, it } from "vitest";
import { parseSourcesForm, sourceLimits } from "./sources-form";

function form(fields: Record<string, string | File | File[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
}

describe("parseSourcesForm", () => {
  it("takes pasted addresses one per line, without blanks or repeats", async () => {
    expect(
      await parseSourcesForm(
        form({ kind: "urls", urls: " https://a.example/1 \r\n\nhttps://a.example/2\nhttps://a.example/1\nnot a url" }),
      ),
    ).toEqual({
      kind: "sources",
      sources: [
        { kind: "url", url: "https://a.example/1" },
        { kind: "url", url: "https://a.example/2" },
        // Left for the job to report in words, with the rest imported.
        { kind: "url", url: "not a url" },
      ],
    });
    const many = Array.from({ length: sourceLimits.urls + 1 }, (_, index) => `https://a.example/${index}`).join("\n");
    expect(await parseSourcesForm(form({ kind: "urls", urls: many }))).toMatchObject({ kind: "error" });
    expect(await parseSourcesForm(form({ kind: "urls", urls: "  \n " }))).toEqual({
      kind: "error",
      error: "Paste at least one address, one per line.",
    });
  });

  it("carries uploaded files as base64 and refuses too much at once", async () => {
    const files = [
      new File(["Talks resume\n\nText."], "talks.txt"),
      new File([new Uint8Array([0xff, 0xfe, 0x41, 0])], "u.txt"),
    ];
    expect(await parseSourcesForm(form({ kind: "files", files }))).toEqual({
      kind: "sources",
      sources: [
        { kind: "file", name: "talks.txt", content: Buffer.from("Talks resume\n\nText.").toString("base64") },
        { kind: "file", name: "u.txt", content: "//5BAA==" },
      ],
    });
    const big = new File([new Uint8Array(sourceLimits.fileBytes + 1)], "big.txt");
    expect(await parseSourcesForm(form({ kind: "files", files: [big] }))).toMatchObject({
      kind: "error",
      error: expect.stringContaining("at most 10 MB"),
    });
    expect(await parseSourcesForm(form({ kind: "files" }))).toEqual({
      kind: "error",
      error: "Choose at least one file.",
    });
  });

  it("takes pasted text with an optional title, and a feed with its interval", async () => {
    expect(await parseSourcesForm(form({ kind: "text", title: " Budget ", text: "The council adopted it." }))).toEqual({
      kind: "sources",
      sources: [{ kind: "text", title: "Budget", text: "The council adopted it." }],
    });
    expect(await parseSourcesForm(form({ kind: "text", title: "", text: "Body." }))).toEqual({
      kind: "sources",
      sources: [{ kind: "text", text: "Body." }],
    });
    expect(await parseSourcesForm(form({ kind: "feed", url: " https://w.example/rss ", every: "30" }))).toEqual({
      kind: "feed",
      url: "https://w.example/rss",
      everyMinutes: 30,
    });
    expect(await parseSourcesForm(form({ kind: "feed", url: "https://w.example/rss", every: "" }))).toMatchObject({
      everyMinutes: 15,
    });
    expect(await parseSourcesForm(form({ kind: "feed", url: "https://w.example/rss", every: "1.5" }))).toMatchObject({
      kind: "error",
    });
    expect(await parseSourcesForm(form({ kind: "other" }))).toMatchObject({ kind: "error" });
    expect(await parseSourcesForm(null)).toMatchObject({ kind: "error" });
  });
});
