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

describe("htmlToText link-only blocks inside the article", () => {
  const prose = (words: number) => Array.from({ length: words }, (_, index) => `word${index}`).join(" ");
  const pageUrl = "https://news.example/2026/05/bridge";

  it("keeps a one-link item in a list of prose items, and drops a related list of headlines at the end", () => {
    const html = `
      <p>Before you buy anything, ask yourself a few questions about it, every single time.</p>
      <ul>
        <li>Is this a planned purchase?</li>
        <li><a href="/where-things-go">Where am I going to put it</a>?</li>
        <li>Have I included this in my budget?</li>
      </ul>
      <p>Build the test around your own weaknesses and run through it before every purchase.</p>
      <h3>Related stories</h3>
      <ul>
        <li><a href="/a">Ten ways to save money this summer</a></li>
        <li><a href="/b">Why impulse buying feels so good</a></li>
        <li><a href="/c">The budget that finally worked for me</a></li>
      </ul>`;
    const text = htmlToText(html, { pageUrl });
    expect(text).toContain("Is this a planned purchase?\n\nWhere am I going to put it?\n\nHave I included");
    expect(text).not.toContain("Ten ways to save money");
    expect(text).not.toContain("The budget that finally worked");
  });

  it("keeps a list of names that each link to another site, and drops the same list linking to the page's own site", () => {
    const list = (hosts: string[]) =>
      `<p>These are the apps I use every day to write and publish this site.</p><ul>${[
        "BBEdit",
        "Acorn",
        "MarsEdit",
        "Transmit",
      ]
        .map((name, index) => `<li><a href="https://${hosts[index]}/${name.toLowerCase()}">${name}</a></li>`)
        .join("")}</ul><p>The site itself is hosted by a small company in the west.</p>`;
    const otherSites = htmlToText(list(["barebones.com", "flyingmeat.com", "red-sweater.com", "panic.com"]), {
      pageUrl,
    });
    expect(otherSites).toContain("BBEdit\n\nAcorn\n\nMarsEdit\n\nTransmit");
    const ownSite = htmlToText(list(["news.example", "news.example", "www.news.example", "news.example"]), { pageUrl });
    expect(ownSite).not.toContain("BBEdit");
    expect(ownSite).toContain("hosted by a small company");
  });

  it("keeps a list of other sites' posts with their sites or dates, and drops the same list of the page's own stories", () => {
    const list = (hosts: string[]) =>
      `<p>Here are the posts visitors wrote about the harbour open day, in the order we found them.</p><ul>${[
        ["Our morning at the harbour open day", " (Jane's boat blog)"],
        ["Cranes, tugs and a very long queue", " (Small Ships Weekly)"],
        ["The open day in twenty photos", ", Harbour Times, 12 May 2026"],
      ]
        .map(([title, source], index) => `<li><a href="https://${hosts[index]}/post">${title}</a>${source}</li>`)
        .join("")}<li>(More to come)</li></ul><p>Thanks to everyone who came along on the day.</p>`;
    const otherSites = htmlToText(list(["jane.example", "smallships.example", "harbourtimes.example"]), { pageUrl });
    expect(otherSites).toContain("Our morning at the harbour open day (Jane's boat blog)");
    expect(otherSites).toContain("The open day in twenty photos, Harbour Times, 12 May 2026");
    const ownSite = htmlToText(list(["news.example", "news.example", "news.example"]), { pageUrl });
    expect(ownSite).not.toContain("Our morning at the harbour");
    // Headlines alone, even of other sites, are a list of other stories (an "around the web" box).
    const headlines = htmlToText(
      `<p>${prose(40)}</p><ul>${["a.example", "b.example", "c.example"].map((host) => `<li><a href="https://${host}/x">Ten headlines from ${host} today</a></li>`).join("")}</ul>`,
      { pageUrl },
    );
    expect(headlines).not.toContain("Ten headlines from");
  });

  it("keeps an annotated text's lines linked to their notes on the page, even across a line break, and drops a contents list and a skip link", () => {
    const note = (id: number, lines: string) => `<a href="//news.example/2026/05/bridge#note-${id}">${lines}</a>`;
    const html = `
      <p><a href="#main">Skip to the story</a></p>
      <ul><li><a href="#verse">The verse</a></li><li><a href="#chorus">The chorus</a></li><li><a href="#notes">Notes</a></li></ul>
      <p>${note(1, "The river ran high that spring<br>And the old bridge groaned")}<br>
      ${note(2, "We walked across it anyway")}<br>
      ${note(3, "The council came too late")}<br>
      Nobody told us to stop</p>`;
    const text = htmlToText(html, { pageUrl });
    expect(text).toBe(
      "The river ran high that spring\nAnd the old bridge groaned\nWe walked across it anyway\nThe council came too late\nNobody told us to stop",
    );
    // Linked to other pages of the site, the same lines are a list of other stories.
    expect(htmlToText(html.replaceAll("2026/05/bridge#note", "2026/06/other#note"), { pageUrl })).toBe(
      "Nobody told us to stop",
    );
  });

  it("keeps a reference list's entries linked to the works they cite, and drops linked headlines with figures", () => {
    const html = `
      <p>The trial measured how often the marker showed up in the blood of 120 patients over two years.</p>
      <div><a href="/redirect/1">Doe J, Roe R. Markers in the blood of dock workers. J Port Med. 1998 Aug;51(8):611-3.</a></div>
      <div><a href="/redirect/2">Hart L. Cranes and lungs. Harbour Health 12(3), 101–110 (2004)</a></div>
      <div><a href="/2026/05/strike">Strike ends at the port in 2026: 3 things to know</a></div>`;
    const text = htmlToText(html, { pageUrl });
    expect(text).toContain("J Port Med. 1998 Aug;51(8):611-3.");
    expect(text).toContain("Harbour Health 12(3), 101–110 (2004)");
    expect(text).not.toContain("Strike ends");
  });

  it("drops a share bar and a menu of the site's sections", () => {
    const html = `
      <ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul>
      <p>The council approved the new bridge on Tuesday after a long debate about its cost.</p>
      <ul>
        <li><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></li>
        <li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li>
        <li><a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a></li>
        <li><a href="https://www.pinterest.com/pin/create/button/?url=x">Pinterest</a></li>
      </ul>`;
    expect(htmlToText(html, { pageUrl })).toBe(
      "The council approved the new bridge on Tuesday after a long debate about its cost.",
    );
  });

  it("keeps a linked heading that introduces a long section, and drops a linked headline over a short teaser", () => {
    const weekly = `<h2><a href="/Articles/1/">A trademark battle in the community</a></h2><p>${prose(120)}</p>`;
    expect(htmlToText(weekly, { pageUrl })).toContain("A trademark battle in the community");
    const teaser = `<p>${prose(120)}</p><h3><a href="/other">Another story from the same site</a></h3><p>One sentence of teaser text for it.</p>`;
    expect(htmlToText(teaser, { pageUrl })).not.toContain("Another story from the same site");
  });

  it("keeps a roundup's heading linking another site over a paragraph, and drops one over a teaser's line or linking the site's own page", () => {
    const paragraph =
      "The routing table of the internet still trusts whatever a neighbour announces, and a test page now shows in a minute whether your provider filters bad routes. Most do not, and the page names them, provider by provider, with the date each was last tested.";
    const item = (href: string, text: string) =>
      `<p>${prose(60)}</p><h2><a href="${href}">Is the router safe yet?</a></h2><p>${text}</p>`;
    expect(htmlToText(item("https://routers.example/", paragraph), { pageUrl })).toContain("Is the router safe yet?");
    expect(
      htmlToText(item("https://routers.example/", "A test page shows whether your provider filters."), { pageUrl }),
    ).not.toContain("Is the router safe yet?");
    expect(htmlToText(item("/2026/05/routers", paragraph), { pageUrl })).not.toContain("Is the router safe yet?");
  });

  it("drops a heading whose section is only a dropped list of links, and keeps one whose section goes on in prose", () => {
    const list = `<ul><li><a href="/a">Ten ways to save money this summer</a></li><li><a href="/b">Why impulse buying feels so good</a></li></ul>`;
    const atTheEnd = `<p>${prose(60)}</p><h2>Keep Reading</h2>${list}`;
    expect(htmlToText(atTheEnd, { pageUrl })).toBe(prose(60));
    const beforeAnotherSection = `<p>${prose(60)}</p><h2>Keep Reading</h2>${list}<h2>Footnotes</h2><p>Thanks to my editor for the idea.</p>`;
    expect(htmlToText(beforeAnotherSection, { pageUrl })).not.toContain("Keep Reading");
    const beforeADivTitle = `<p>${prose(60)}</p><h2>Keep Reading</h2>${list}<div>Footnotes</div><ol><li>Thanks to my editor for the idea.</li></ol>`;
    expect(htmlToText(beforeADivTitle, { pageUrl })).toBe(
      `${prose(60)}\n\nFootnotes\n\nThanks to my editor for the idea.`,
    );
    const goesOn = `<p>${prose(60)}</p><h2>Where to start</h2>${list}<p>Pick one of them and try it for a week.</p>`;
    expect(htmlToText(goesOn, { pageUrl })).toContain("Where to start");
  });

  it("keeps a roundup's heading over one sentence among three or more roundup items, and drops it on a page with one", () => {
    const paragraph =
      "The routing table of the internet still trusts whatever a neighbour announces, and a test page now shows in a minute whether your provider filters bad routes. Most do not, and the page names them one by one.";
    const item = (host: string, title: string, text: string) =>
      `<h2><a href="https://${host}.example/post">${title}</a></h2><p>${text}</p>`;
    const short = item(
      "dark",
      "A dataset that turns dark photos bright",
      "This is crazy: a dataset that turns just about any dark image into a bright one. The video blew my mind.",
    );
    const roundup = `<p>${prose(60)}</p>${item("routers", "Is the router safe yet?", paragraph)}${item("mail", "Why nobody encrypts mail", paragraph)}${item("mux", "A friendlier terminal multiplexer", paragraph)}${short}`;
    expect(htmlToText(roundup, { pageUrl })).toContain("A dataset that turns dark photos bright");
    const single = `<p>${prose(60)}</p>${item("routers", "Is the router safe yet?", paragraph)}${short}`;
    expect(htmlToText(single, { pageUrl })).not.toContain("A dataset that turns dark photos bright");
  });

  it("keeps a list of other sites' pages that the article's sentence announces with a colon, and drops one under a label or linking the site's own pages", () => {
    const list = (first: string, second: string) =>
      `<ul><li><a href="${first}">Subsystem for Linux reaches general availability</a></li><li><a href="${second}">Explorer gets Linux files integration</a></li></ul>`;
    const announced = (lead: string, first: string, second: string) =>
      `<p>${prose(60)}</p><p>${lead}</p>${list(first, second)}<p>${prose(40)}</p>`;
    const cited = announced(
      "Two interesting stories caught my attention last week from the Windows front:",
      "https://reports.example/2020/04/wsl",
      "https://gadgets.example/2020/04/explorer",
    );
    expect(htmlToText(cited, { pageUrl })).toContain("Explorer gets Linux files integration");
    const label = announced(
      "Read more:",
      "https://reports.example/2020/04/wsl",
      "https://gadgets.example/2020/04/explorer",
    );
    expect(htmlToText(label, { pageUrl })).not.toContain("Explorer gets Linux files integration");
    const ownSite = announced(
      "Two interesting stories caught my attention last week from the Windows front:",
      "/2020/04/wsl",
      "/2020/04/explorer",
    );
    expect(htmlToText(ownSite, { pageUrl })).not.toContain("Explorer gets Linux files integration");
  });

  it("drops a card's own 'Learn more' link inside an item of prose", () => {
    const html = `<ul><li><h2>WebIDE</h2><p>Develop and debug apps directly in your browser with this tool.</p><a href="https://developer.example/webide">Learn more about WebIDE</a></li><li><h2>Valence</h2><p>Debug your apps across several browsers and devices at once.</p><a href="https://developer.example/valence">Learn more about Valence</a></li></ul>`;
    expect(htmlToText(html, { pageUrl })).not.toContain("Learn more");
  });
  it("keeps a sentence that runs on into its link to another site, and drops a label before a headline", () => {
    const html = `
      <p>Engineers at the port tested the new cranes for three weeks before the strike.</p>
      <p>The study is <a href="https://journal.example/doi/10.1000/cranes">published in the journal Port Engineering</a>.</p>
      <p>See also: <a href="https://journal.example/cranes-review">Cranes of the north sea ports reviewed</a>.</p>
      <p>The port reopens on Monday.</p>`;
    expect(htmlToText(html, { pageUrl })).toBe(
      "Engineers at the port tested the new cranes for three weeks before the strike.\n\nThe study is published in the journal Port Engineering.\n\nThe port reopens on Monday.",
    );
  });
  it("keeps a list's points that run on into their links to another site without a full stop, and drops tags and headlines", () => {
    // Two points that are sentences make the list one of prose, so the third, a name and its link, stays with them.
    const html = `
      <p>This fortnight the harbour software team shipped the following changes to the berth planner.</p>
      <ul>
        <li>Nadia has <a href="https://tracker.example/bug/1649610">a patch to speed up the export of berth schedules</a></li>
        <li>Tomas fixed <a href="https://tracker.example/bug/1673716">a crash when printing the tide tables</a></li>
        <li>Ines <a href="https://tracker.example/bug/1651311">re-enabled the load tests</a></li>
      </ul>
      <ul><li>Tags: <a href="/tag/ports">ports</a>, <a href="/tag/software">software</a>, <a href="/tag/harbours">harbours</a></li></ul>
      <ul><li><a href="https://courier.example/cranes">Cranes of the north sea ports reviewed</a></li><li><a href="https://courier.example/tides">Tide tables go online</a></li></ul>`;
    expect(htmlToText(html, { pageUrl })).toBe(
      "This fortnight the harbour software team shipped the following changes to the berth planner.\n\nNadia has a patch to speed up the export of berth schedules\n\nTomas fixed a crash when printing the tide tables\n\nInes re-enabled the load tests",
    );
  });
  it("keeps a label over a linked figure, and drops a pager, a lone counter and a label over a linked headline", () => {
    const html = `
      <p>Each week we guess the opening weekend of the new films, and check the guesses against the takings.</p>
      <p><i>Harbour Lights</i><br><strong>Our guess:</strong> <a href="/box-office/week-39">$25,000,000</a><br><strong>Actual:</strong> $21,400,000</p>
      <p><a href="/box-office?page=2">2</a> <a href="/box-office?page=3">3</a> <a href="/box-office?page=4">Next</a></p>
      <p><a href="/share">1,204</a></p>
      <p>More: <a href="/box-office/week-38">The weekend's winners and losers</a></p>
      <p>The next films open on Friday.</p>`;
    expect(htmlToText(html, { pageUrl })).toBe(
      "Each week we guess the opening weekend of the new films, and check the guesses against the takings.\n\nHarbour Lights\nOur guess: $25,000,000\nActual: $21,400,000\n\nThe next films open on Friday.",
    );
  });
  it("keeps a sentence that cites another site in its link, and drops a follow prompt and a promo of the site's own story", () => {
    const html = `
      <p>The union's members voted on Thursday, after a long meeting at the port.</p>
      <p><a href="https://courier.example/strike-vote">The Valmont Courier newspaper reported</a> on the union's vote:</p>
      <p>Please follow <a href="/business">Money Desk</a> on <a href="https://twitter.com/business">Twitter</a> and <a href="https://facebook.com/business">Facebook</a>.</p>
      <p><a href="/2026/05/port">Port strike ends after nine days</a> on the site's front page.</p>
      <p>The port reopens on Monday.</p>`;
    expect(htmlToText(html, { pageUrl })).toBe(
      "The union's members voted on Thursday, after a long meeting at the port.\n\nThe Valmont Courier newspaper reported on the union's vote:\n\nThe port reopens on Monday.",
    );
  });
  it("keeps a linked name in a data table's row of figures, and drops a menu set in a table and a layout table's link column", () => {
    const cell = (html: string) => `<td><div>${html}</div></td>`;
    const html = `
      <p>The new format shrinks every update; the table gives the download sizes before and after.</p>
      <table><tr>${cell("App")}${cell("Before")}${cell("After")}</tr>
      <tr>${cell('<a href="https://store.example/apps/tide-tables">Tide Tables</a>')}${cell("71.1 MB")}${cell("13.4 MB (-81%)")}</tr>
      <tr>${cell('<a href="https://store.example/apps/ferry-times">Ferry Times</a>')}${cell("32.7 MB")}${cell("17.5 MB (-46%)")}</tr></table>
      <table><tr>${cell('<a href="/news">News</a>')}${cell('<a href="/sport">Sport</a>')}${cell('<a href="/weather">Weather</a>')}</tr></table>
      <table><tr>${cell('<a href="/archive">Archive of every issue</a>')}<td><p>${prose(40)}.</p><p>${prose(30)}.</p></td></tr></table>`;
    const text = htmlToText(html, { pageUrl });
    expect(text).toContain("Tide Tables\n\n71.1 MB");
    expect(text).toContain("Ferry Times\n\n32.7 MB");
    expect(text).not.toContain("Sport");
    expect(text).not.toContain("Archive of every issue");
  });
  it("keeps section headings linked only within the page, and drops a linked heading that leads off it", () => {
    const html = `
      <h2><a href="#contents">Sharing with one reviewer</a><a class="headerlink" href="#sharing">¶</a></h2>
      <h3><a href="#contents">Setting up</a><a class="headerlink" href="#setting-up">¶</a></h3>
      <p>Each reviewer clones the draft repository and pulls the changes before every review.</p>
      <h3><a href="/2026/05/other-guide">Another guide from our blog</a></h3>
      <p>The review ends when both agree.</p>`;
    expect(htmlToText(html, { pageUrl })).toBe(
      "Sharing with one reviewer¶\n\nSetting up¶\n\nEach reviewer clones the draft repository and pulls the changes before every review.\n\nThe review ends when both agree.",
    );
  });
});
