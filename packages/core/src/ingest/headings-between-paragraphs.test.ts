import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { headingsBetweenParagraphs, restoreHeadings } from "./headings-between-paragraphs.js";
import { parseHtml } from "./parse-html.js";

const lead = [
  "The port of Valmont reopened on Friday after a nine-day strike, and the first ships were unloaded within hours of the ballot.",
  "Exporters had feared for their cargo, and several had sent containers north by road at twice the usual cost, the chamber said.",
];
const reopening = [
  "The union's 2,300 members voted by 1,412 to 611 to accept a pay offer of 6.5 per cent this year and 4 per cent next year.",
  "Ines Roca, the union's regional secretary, said the deal was fair and that members had been ready to stay out for another month.",
];
const backlog = Array.from(
  { length: 8 },
  (_, index) =>
    `Ship ${index + 1} of the backlog, a container vessel from the south, waited at anchor for its berth while the cranes were checked, inspected and certified, the harbour master said.`,
);

/** A story whose first part is written beside an inner block that holds most of its paragraphs. */
const page = `<html><head><title>Port of Valmont reopens</title></head><body><article><div class="col">
  ${lead.map((text) => `<p>${text}</p>`).join("")}
  <h3>Members back the deal</h3><h4>A vote of two to one</h4>
  ${reopening.map((text) => `<p>${text}</p>`).join("")}
  <div class="rest">${backlog.map((text) => `<p>${text}</p>`).join("")}</div>
</div></article></body></html>`;

describe("headings between paragraphs", () => {
  it("keeps a section's headings that sit between the story's first paragraphs, beside the block Readability picks", () => {
    const text = parseHtml(page, { input: "https://courier.example/port" }).originalText;
    expect(text.split("\n\n").slice(0, 6)).toEqual([
      ...lead,
      "Members back the deal",
      "A vote of two to one",
      ...reopening,
    ]);
  });

  it("puts a run back only between its two paragraphs, once, and not when its heading is there already", () => {
    const { document } = parseHTML(
      `<div><p>First part.</p><h2>Section</h2><p>Second part.</p><h3>Before a list</h3><ul><li>Item</li></ul></div>`,
    );
    const runs = headingsBetweenParagraphs(document);
    expect(runs).toEqual([{ before: "firstpart", headings: ["Section"], after: "secondpart" }]);
    const headings: string[] = [];
    expect(restoreHeadings("First part.\n\nSecond part.", runs, headings)).toBe(
      "First part.\n\nSection\n\nSecond part.",
    );
    expect(headings).toEqual(["Section"]);
    // Kept already, or the paragraphs apart: nothing to put back.
    expect(restoreHeadings("First part.\n\nSection\n\nSecond part.", runs, [])).toBe(
      "First part.\n\nSection\n\nSecond part.",
    );
    expect(restoreHeadings("First part.\n\nOther.\n\nSecond part.", runs, [])).toBe(
      "First part.\n\nOther.\n\nSecond part.",
    );
  });
});
