import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { continuedArticleBlocks, withContinuedBlocks } from "./continued-article-blocks.js";
import { parseHtml } from "./parse-html.js";

const opening = [
  "The port of Valmont reopened on Friday after a nine-day strike, and the first ships were unloaded within hours of the ballot, the harbour master said.",
  "The union's 2,300 members voted by 1,412 to 611 to accept a pay offer of 6.5 per cent this year and 4 per cent next year, ending the longest stoppage in a decade.",
  "Exporters had feared for their cargo, and several had sent containers north by road at twice the usual cost, the chamber of commerce said on Thursday evening.",
];
const ending =
  "This is not the only port to settle this month. Dockers at Ferrand accepted a similar offer on Tuesday, and talks at two smaller harbours resume next week.";

/** A story cut into two blocks of one class around an advert, each in its own layout cells. */
const page = (bodyClass: string) => `<html><head><title>Port of Valmont reopens</title></head><body><main>
  <div class="o-block"><div class="grid"><div class="${bodyClass} c-gray">${opening.map((text) => `<p>${text}</p>`).join("")}</div></div></div>
  <div><div class="o-block mt-n35"><div class="grid"><div class="${bodyClass} c-gray no-review"><p>${ending}</p></div></div></div></div>
  <aside><div class="teaser-text"><p>Ferry fares rise again as the operator blames fuel costs for the third increase this year, passengers say.</p></div></aside>
</main></body></html>`;

describe("continued article blocks", () => {
  it("keeps the part of a story that a site set in a second block of the body's class", () => {
    const text = parseHtml(page("article-text"), { input: "https://courier.example/port" }).originalText;
    expect(text.split("\n\n")).toEqual([...opening, ending]);
  });

  it("leaves other blocks alone, and blocks whose class names no body", () => {
    const { document } = parseHTML(page("col"));
    expect(continuedArticleBlocks(document)).toEqual([]);
    const blocks = continuedArticleBlocks(parseHTML(page("article-text")).document);
    expect(blocks).toEqual([[ending]]);
    // Already in the text: nothing is added twice.
    const text = [...opening, ending].join("\n\n");
    expect(withContinuedBlocks(text, blocks)).toBe(text);
  });
});
