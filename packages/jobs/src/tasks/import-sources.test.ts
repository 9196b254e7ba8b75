import { createTemporaryDatabase, type TemporaryDatabase, testProviders } from "@roundup/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestFeedServer, type TestFeedServer } from "../testing/feed-server.js";
import { importSources } from "./import-sources.js";

const pageText = [
  "The regional parliament approved the new water charter on Monday by a large majority, ending a dispute that had lasted three years.",
  "The charter caps the price of drinking water for households and obliges every town to publish the state of its pipes each spring.",
].join("\n\n");

const markdown = `# Ferry service resumes\n\nThe island ferry resumed its service on **Monday** after two weeks of repairs to the harbour, the operator said.\n`;

const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;">]><lolz>&lol1;</lolz>`;

const base64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

describe.each(testProviders())("importSources on %s", (provider) => {
  let database: TemporaryDatabase;
  let server: TestFeedServer;
  beforeAll(async () => {
    database = await createTemporaryDatabase(provider);
    server = await startTestFeedServer();
    server.setFeed("pages", [
      { guid: "p1", title: "Water charter approved", text: "Teaser.", link: "/news/water", page: pageText },
    ]);
  });
  afterAll(async () => {
    await server.close();
    await database.remove();
  });

  it("imports URLs, files and pasted text, one result per source in words; failures never stop the rest", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Bridge reopens\n\nThe old bridge reopened to traffic on Friday after repairs.", "utf16le"),
    ]);
    const done: string[] = [];
    const report = await importSources(
      database.db,
      [
        { kind: "url", url: `${server.base}/news/water` },
        { kind: "url", url: `${server.base}/news/gone` },
        { kind: "url", url: "ftp://example.org/file.txt" },
        { kind: "file", name: "ferry.md", content: base64(markdown) },
        { kind: "file", name: "photo.png", content: base64(Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
        { kind: "file", name: "notes-utf16.txt", content: base64(utf16) },
        { kind: "file", name: "lol.xml", content: base64(bomb) },
        { kind: "text", title: "Council budget", text: "The council adopted its budget for next year on Thursday." },
        // The Markdown file's article, pasted as plain text: the same article.
        {
          kind: "text",
          text: "Ferry service resumes\n\nThe island ferry resumed its service on Monday after two weeks of repairs to the harbour, the operator said.",
        },
      ],
      {
        load: { allowHosts: ["127.0.0.1"], timeoutMs: 5_000 },
        onSource: (result, count, total) => done.push(`${count}/${total} ${result.status}`),
      },
    );
    expect(report.results.map((result) => [result.label, result.status])).toEqual([
      [`${server.base}/news/water`, "imported"],
      [`${server.base}/news/gone`, "failed"],
      ["ftp://example.org/file.txt", "failed"],
      ["ferry.md", "imported"],
      ["photo.png", "failed"],
      ["notes-utf16.txt", "imported"],
      ["lol.xml", "failed"],
      ["Pasted text: Council budget", "imported"],
      ["Pasted text: Ferry service resumes", "already there"],
    ]);
    expect(done).toEqual(report.results.map((result, index) => `${index + 1}/9 ${result.status}`));
    const byLabel = new Map(report.results.map((result) => [result.label, result]));
    expect(byLabel.get(`${server.base}/news/gone`)?.reason).toContain("HTTP 404");
    expect(byLabel.get("ftp://example.org/file.txt")?.reason).toContain("Only http and https");
    expect(byLabel.get("photo.png")?.reason).toContain('Files of type ".png" are not supported');
    expect(byLabel.get("lol.xml")?.reason).toContain("no article in it");
    expect(byLabel.get(`${server.base}/news/water`)?.articles).toEqual([
      { id: expect.stringMatching(/^a_/), title: "Water charter approved" },
    ]);
    expect(byLabel.get("Pasted text: Council budget")?.articles[0]?.title).toBe("Council budget");
    expect(byLabel.get("Pasted text: Ferry service resumes")?.alreadyThere).toBe(1);
    expect(report.imported).toBe(4);
    expect(await database.db.article.count()).toBe(4);
  });
});
