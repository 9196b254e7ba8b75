import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { removeStoryCardLists } from "./story-card-lists.js";

const pageUrl = "https://news.example/2027/05/port-strike";
const card = (href: string, headline: string, teaser: string) =>
  `<li><h3><a href="${href}">${headline}</a></h3><p>${teaser}</p></li>`;

const textAfter = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  removeStoryCardLists(document as never, pageUrl);
  return document.body.textContent?.replace(/\s+/g, " ").trim();
};

describe("removeStoryCardLists", () => {
  it("removes a list of cards with the site's own headlines over one-line teasers", () => {
    const features = `<ul>${card("/news/magazine-1", "Life in transit", "A man who has spent four months living in an airport")}${card("https://www.news.example/news/magazine-2", "Mime in India", "The dying art of mime in a country of storytellers")}</ul>`;
    expect(textAfter(`<p>The port reopened.</p>${features}`)).toBe("The port reopened.");
  });

  it("keeps a list whose headlines link other sites, a single card, items of prose and lists without linked headings", () => {
    const apps = `<ul>${card("https://notes.example/", "Notes", "Where I keep every draft before it goes to my editor")}${card("https://maps.example/", "Maps", "The only way I find the harbour cafés I write in")}</ul>`;
    expect(textAfter(apps)).toContain("Where I keep every draft");
    const one = `<ul>${card("/news/magazine-1", "Life in transit", "A man who has spent four months living in an airport")}<li>The port reopened on Monday.</li><li>Ships queued for a week.</li></ul>`;
    expect(textAfter(one)).toContain("four months living in an airport");
    const long =
      "The union's members voted on Thursday after a long meeting at the port, and the vote was close. ".repeat(4);
    const prose = `<ol>${card("/steps/1", "Step one", long)}${card("/steps/2", "Step two", long)}</ol>`;
    expect(textAfter(prose)).toContain("The union's members voted");
    const plain = `<ul><li><h3>Life in transit</h3><p>A man who has spent four months living in an airport</p></li><li><h3>Mime in India</h3><p>The dying art of mime</p></li></ul>`;
    expect(textAfter(plain)).toContain("four months living in an airport");
  });
});
