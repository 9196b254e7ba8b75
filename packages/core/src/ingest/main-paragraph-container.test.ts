import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { mainParagraphContainer } from "./main-paragraph-container.js";

const story = [
  "Dock workers at the port of Valmont returned to work on Friday after their union accepted a pay offer.",
  "The agreement gives the port's 2,300 workers a 6.5 per cent raise this year, the union said.",
  "The port authority said it expected the backlog of ships to be cleared within a week.",
];

const containerOf = (html: string) =>
  mainParagraphContainer(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never);

describe("mainParagraphContainer", () => {
  it("finds the element whose own paragraphs hold the most text, not a teaser box or a long menu", () => {
    const menu = `<ul class="menu">${Array.from({ length: 40 }, (_, index) => `<li><a href="/s${index}">Section number ${index}</a></li>`).join("")}</ul>`;
    const teaser = `<div class="teaser"><p>Port strike ends: what the deal means for exporters.</p></div>`;
    const html = `${menu}${teaser}<section class="page"><div class="wrapper"><div id="story">${story.map((text) => `<p>${text}</p>`).join("")}</div></div></section>`;
    const container = containerOf(html);
    expect(container?.html).toContain(story[0]);
    expect(container?.html).toContain(story[2]);
    expect(container?.html).not.toContain("Section number");
    expect(container?.html).not.toContain("what the deal means");
    expect(container?.ownParagraphText).toBe(story.join("").length);
  });

  it("gives nothing for a page without paragraphs", () => {
    expect(containerOf("<div>Only a div of text.</div>")).toBeNull();
  });
});
