import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.js";

describe("htmlToText", () => {
  it("keeps one paragraph per block and drops blocks that are mostly links with little else", () => {
    const html = `
      <p>The council voted on the <a href="/bridge">new bridge</a> on Tuesday after a long debate.</p>
      <p><strong>Read more:</strong> <a href="/x">Council budget approved after long night</a></p>
      <ul><li><a href="/a">Strike ends at the port</a></li><li><a href="/b">Measles cases rise</a> 29 January 2026</li></ul>
      <div>Other stories<br><a href="/c">Train derails near Kessel</a><br><a href="/d">Gold coins stolen</a></div>
      <p>Construction starts in spring.</p>`;
    expect(htmlToText(html)).toBe(
      // The heading left alone is the cleaner's to remove (cleanText's list-heading rule).
      "The council voted on the new bridge on Tuesday after a long debate.\n\nOther stories\n\nConstruction starts in spring.",
    );
    // Without the option, every block stays.
    expect(htmlToText(html, { dropLinkBlocks: false })).toContain("Strike ends at the port");
  });
});
