import { describe, expect, it } from "vitest";
import { parseHtml } from "./parse-html.js";

const body = [
  "Dock workers at the port of Valmont returned to work on Friday after their union accepted a pay offer that ends a nine-day strike.",
  "The agreement gives the port's 2,300 workers a 6.5 per cent raise this year and a further 4 per cent next year, the union said.",
  "\u201cIt is a fair deal and our members voted for it,\u201d said Ines Roca, the union's regional secretary, after the ballot.",
  "The port authority said it expected the backlog of ships to be cleared within a week, as exporters had feared for their cargo.",
];

describe("parseHtml: the article without the page's furniture", () => {
  it("drops captions, newsletter and share boxes, related links, bylines, a pull quote and the repeated headline", () => {
    const html = `<html><head><title>Dock workers end nine-day strike after pay deal - The Courier</title></head><body>
      <div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you agree to our cookie policy.</p></div>
      <article><h1>Dock workers end nine-day strike after pay deal</h1>
      <div class="byline">By Marta Leclerc, 14 March 2026</div>
      <p>${body[0]}</p>
      <div class="photo"><img src="/a.jpg"><span>Container cranes stand idle at the port during the strike.</span></div>
      <p>${body[1]}</p>
      <blockquote class="pull-quote"><p>\u201cIt is a fair deal and our members voted for it.\u201d</p></blockquote>
      <div class="newsletter-box"><h3>Morning Briefing</h3><p>Get the day's top stories in your inbox every morning, free.</p></div>
      <p>${body[2]}</p>
      <ul class="share-tools"><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul>
      <p>${body[3]}</p>
      <div class="more-stories"><p><a href="/x">Measles cases rise in three northern districts, agency warns</a></p></div>
      </article></body></html>`;
    const draft = parseHtml(html, { input: "https://courier.example/dock" });
    expect(draft.title).toBe("Dock workers end nine-day strike after pay deal");
    expect(draft.originalText).toBe(body.join("\n\n"));
  });

  it("drops the page's headline when its metadata titles the page otherwise, and keeps a later heading", () => {
    // A title written for search or sharing ("Why dockers struck") and the headline the page shows differ.
    const html = `<html><head><title>Why Valmont's dockers struck - Ports - The Courier</title>
      <meta property="og:title" content="Why Valmont's dockers struck"></head><body><article>
      <h1>Dock workers end nine-day strike as union accepts pay offer</h1>
      <p>${body[0]}</p><p>${body[1]}</p><h2>What the deal means</h2><p>${body[2]}</p><p>${body[3]}</p></article></body></html>`;
    const draft = parseHtml(html, { input: "https://courier.example/dock" });
    expect(draft.title).toBe("Why Valmont's dockers struck");
    expect(draft.originalText).toBe([body[0], body[1], "What the deal means", body[2], body[3]].join("\n\n"));
  });

  it("drops a social reader's widget, a share toolbar and what the page marks as no content for robots", () => {
    const html = `<html><head><title>Dock strike ends</title></head><body><article>
      <p>${body[0]}</p>
      <div class="facebook-broadcasting"><strong>Facebook Activity</strong>
        <div>Click "Add to Timeline" to publish what you read to Facebook</div><div>See what your friends have read</div></div>
      <p>${body[1]}</p>
      <div class="addthis_toolbox"><strong>Share this story with your friends and family</strong></div>
      <p>${body[2]}</p>
      <div class="entry-toolbar"><span>Print this article or send it to a friend by email</span></div>
      <div class="robots-nocontent"><p>Small firms are moving their phones to the cloud. Download our free guide to find out how.</p></div>
      <p>${body[3]}</p></article></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
  });

  it("reads furniture names written in camelCase: a caption box and a subscription box", () => {
    const html = `<html><head><title>Dock strike ends</title></head><body><article>
      <p>${body[0]}</p>
      <div class="rolloverCaption"><div class="captionText"><p>Dock workers leave the port of Valmont after the vote on Friday, March 13, 2026.</p></div></div>
      <p>${body[1]}</p>
      <div class="inlineSubscribeBox"><p>Unlimited access to the Courier's reporting costs less than a coffee a week, and you can cancel whenever you like.</p></div>
      ${body
        .slice(2)
        .map((text) => `<p>${text}</p>`)
        .join("")}</article></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
  });
  it("keeps a section whose id is the anchor of its own heading, though the heading has a furniture word", () => {
    // Documentation generators and blogs give each section an id made from its title; "Sharing
    // with the union" and "Popular support for the deal" are titles there, not share bars or most-read boxes.
    const html = `<html><head><title>Dock strike ends</title></head><body><article>
      <p>${body[0]}</p>
      <div class="section" id="sharing-with-the-union"><h2>Sharing with the union<a href="#sharing-with-the-union">¶</a></h2>
        <p>${body[1]}</p></div>
      <h2 id="popular-support-for-the-deal">Popular support for the deal</h2>
      <p>${body[2]}</p>
      <div id="share-bar"><h2>Share this story</h2><a href="#">Facebook</a></div>
      <div class="comments" id="comments-from-readers"><h3>Comments from readers</h3><p>Great article, thanks for writing it, I had no idea.</p></div>
      <p>${body[3]}</p></article></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).originalText).toBe(
      [body[0], "Sharing with the union¶", body[1], "Popular support for the deal", body[2], body[3]].join("\n\n"),
    );
  });

  it("drops a thread of readers' comments even when one comment is longer than the post", () => {
    // A short post under which a reader wrote more than the author: the thread holds most of the
    // page's prose, so neither its longest comment may be taken for the story nor the post's own
    // container (named "newsletter-post" by its platform) go as a small share of the page.
    const reply = [
      "I have worked at a port for twenty years and I can tell you that these deals never last, because the next contract always reopens the same questions about shifts, overtime and the pensions that were promised.",
      "When the cranes were automated the union was told the same thing, and within three years half of the crane drivers had been moved to the yard, so I would not celebrate a raise that the operators can take back.",
      "What nobody mentions is the backlog itself: ships waiting outside the harbour cost the exporters far more than the raise, and they will pass that cost on to the farmers who ship through Valmont every autumn.",
    ];
    const comment = (name: string, paragraphs: string[]) =>
      `<div class="comment"><div class="comment-meta"><a href="/u/${name}">${name}</a> <span>5h</span></div><div class="comment-body">${paragraphs.map((text) => `<p>${text}</p>`).join("")}</div><div class="comment-actions">Reply</div></div>`;
    const html = `<html><head><title>The port deal</title></head><body>
      <article class="newsletter-post post"><h1>The port deal</h1><div class="body markup">${body
        .slice(0, 2)
        .map((text) => `<p>${text}</p>`)
        .join("")}</div></article>
      <div id="post-comments" class="comments-section"><h4>Discussion about this post</h4><div class="comment-list">
      ${comment("harbourhand", reply)}${comment("exporter", ["Exactly right, the delays cost us more than any raise ever would."])}
      </div></div></body></html>`;
    expect(parseHtml(html, { input: "https://blog.example/p/port-deal" }).originalText).toBe(
      body.slice(0, 2).join("\n\n"),
    );
  });

  it("drops an audio player's controls set above the story", () => {
    // "Listen to this article" players: a speed menu, a time display and a hint for screen readers,
    // in a block whose class names nothing Roundup knows.
    const html = `<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
      <div class="tt-listen"><div class="tt-listen-top"><button type="button">Listen to this story</button>
      <span>Voice: Marta Leclerc</span><label>Speed <select><option>1x</option><option>1.5x</option></select></label></div>
      <audio preload="none"></audio><div class="tt-listen-controls"><button type="button" aria-label="Play"></button>
      <input type="range" min="0" max="100"><span>0:00 / --:--</span></div>
      <span class="sr-only">Use left and right arrow keys to seek audio.</span></div>
      ${body.map((text) => `<p>${text}</p>`).join("")}</article></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
  });

  it("keeps an article whose own container has a furniture-like name", () => {
    const html = `<html><head><title>Dock strike ends</title></head><body>
      <nav><a href="/">Home</a><a href="/news">News</a></nav>
      <div class="story-comments-enabled">${body.map((text) => `<p>${text}</p>`).join("")}</div>
      <aside><p>Most read: another story entirely, about something else.</p></aside></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
  });

  it("keeps the text of a page without paragraphs that an ASP.NET form wraps whole", () => {
    // WebForms pages put the entire body inside <form id="aspnetForm">, and some write their text in
    // <div>s and <br>s with no <p> at all: the form is not furniture there.
    const html = `<!DOCTYPE html><html><head><title>Dock strike ends | The Courier</title></head><body>
      <form method="post" action="./story.aspx" id="aspnetForm"><div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
      <div id="storyBody"><span class="lead">${body[0]}</span><br><br>${body.slice(1).join("<br><br>")}</div>
      </form></body></html>`;
    const text = parseHtml(html, { input: "https://courier.example/dock.aspx" }).originalText;
    for (const sentence of body) expect(text).toContain(sentence);
  });

  it("reads an HTML fragment and plain text given as a page, instead of losing or failing on them", () => {
    const fragment = body.map((text) => `<p>${text}</p>`).join("\n");
    expect(parseHtml(fragment, { input: "fragment.html" }).originalText).toBe(body.join("\n\n"));
    const plain = body.join("\n\n");
    expect(parseHtml(plain, { input: "saved-page.html" }).originalText).toBe(body.join("\n\n"));
  });

  it("tells the site's own section links by its canonical address, and keeps the other sites an article names", () => {
    const names = (hosts: string[]) =>
      `<ul>${["Harbour", "Shipping", "Unions"].map((name, index) => `<li><a href="https://${hosts[index]}/${name.toLowerCase()}">${name}</a></li>`).join("")}</ul>`;
    const page = (list: string) => `<html><head><title>Dock strike ends</title>
      <link rel="canonical" href="https://courier.example/dock"></head><body><article>
      <p>${body[0]}</p><p>${body[1]}</p>${list}<p>${body[2]}</p><p>${body[3]}</p></article></body></html>`;
    // Read from a mirror: the page's own site is still the canonical one.
    const context = { input: "https://mirror.example/dock", url: "https://mirror.example/dock" };
    const own = parseHtml(page(names(["courier.example", "courier.example", "www.courier.example"])), context);
    expect(own.originalText).toBe(body.join("\n\n"));
    const others = parseHtml(page(names(["harbour.example", "shipping.example", "unions.example"])), context);
    expect(others.originalText).toContain("Harbour\n\nShipping\n\nUnions");
  });
  it("reads past a short summary box to an article in a container Readability first sets aside", () => {
    // Readability's first pass drops containers with names like "supplemental"; what is left is the
    // summary box, long enough for a low threshold, so the article itself was never read.
    const summary =
      "Summary: the port of Valmont reopens after a nine-day strike, as dock workers accept a pay offer worth 6.5 per cent this year and 4 per cent next year, and the port authority promises the backlog will be cleared within a week.";
    const html = `<html><head><title>Dock strike ends</title></head><body>
      <div class="field-summary"><p>${summary}</p></div>
      <div class="supplemental-text">${body.map((text) => `<p>${text}</p>`).join("")}</div></body></html>`;
    const text = parseHtml(html, { input: "https://courier.example/dock" }).originalText;
    for (const sentence of body) expect(text).toContain(sentence);
  });
  it("reads a video page's description when Readability picks its date line and an old-browser notice", () => {
    // Measured by raw length, the notice made Readability's pick look like prose, so the description
    // under the player (the page's only article text) was never read.
    // Readability weighs the description's "meta" and "media" names against it and set it aside.
    const html = `<html><head><title>Dock strike ends</title></head><body>
      <div id="page-main"><div id="main-content" class="media-asset"><div class="layout-block">
        <div class="player"><script>startPlayer();</script></div>
        <span class="story-date"><span>14 March 2026</span> <span>Last updated at 16:22 GMT</span></span>
        <a class="player-help" href="/help">Help</a>
        <div class="media-description" id="meta-information">${body
          .slice(0, 3)
          .map((text) => `<p>${text}</p>`)
          .join("\n")}</div>
      </div></div></div>
      <div id="page-foot"><h2>Courier links</h2><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/about">About us</a></li></ul>
        <p>This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. While you will be able to view the content of this page in your current browser, you will not be able to get the full visual experience. Please consider upgrading your browser software or enabling style sheets (CSS) if you are able to do so.</p></div>
      </body></html>`;
    const text = parseHtml(html, { input: "https://courier.example/dock" }).originalText;
    for (const sentence of body.slice(0, 3)) expect(text).toContain(sentence);
  });
  it("keeps a section heading whose words an earlier paragraph announced, and still drops a pull quote and a heading printed twice", () => {
    // A subhead repeats a phrase of the paragraph that lists the sections; it is the section's title.
    const intro =
      "The inquiry heard evidence of two kinds of failure at the depot: failures in the night shift's checks, and failures in the way faults were reported to the operator.";
    const html = `<html><head><title>Depot inquiry</title></head><body><article>
      <p>${body[0]}</p><p>${intro}</p>
      <h3><strong>Failures in the night shift's checks</strong></h3>
      <p>${body[1]}</p>
      <div class="quote-box"><p>${body[2]}</p></div>
      <p>${body[2]} The port authority confirmed the figure on Saturday.</p>
      <h3>Failures in the way faults were reported</h3>
      <p>${body[3]}</p><h3>Failures in the way faults were reported</h3></article></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/depot" }).originalText).toBe(
      [
        body[0],
        intro,
        "Failures in the night shift's checks",
        body[1],
        `${body[2]} The port authority confirmed the figure on Saturday.`,
        "Failures in the way faults were reported",
        body[3],
      ].join("\n\n"),
    );
  });

  it("keeps a description each row of a record repeats under its own label, and still drops an equal paragraph repeated between prose", () => {
    const shared =
      "Blood samples will be taken before treatment and again one and four months after it, and the levels compared across the whole group.";
    const record = (labels: string[]) =>
      `<html><head><title>Blood test study</title></head><body><article><p>${body[0]}</p><p>${body[1]}</p>${labels
        .map((label) => `<p>${label}</p><p>${shared}</p>`)
        .join("")}<p>${body[3]}</p></article></body></html>`;
    const rows = parseHtml(
      record(["Stage I patients treated with surgery", "Stage II patients treated with chemotherapy"]),
      {
        input: "https://trials.example/study",
      },
    ).originalText;
    expect(rows.split(shared).length - 1).toBe(2);
    // After sentences of prose, the second copy is a pull quote's repeat.
    const quoted = parseHtml(record([body[2] ?? "", `${body[2]} The union confirmed it.`]), {
      input: "https://trials.example/study",
    }).originalText;
    expect(quoted.split(shared).length - 1).toBe(1);
  });

  it("drops a dialog the site hides in the page to open over it, which holds no paragraph", () => {
    // A "set us as your homepage" dialog: a close button, a heading and three steps, hidden by the site's CSS.
    const html = `<html><head><title>Dock strike ends</title></head><body><div id="main">
      <article><p>${body[0]}</p><p>${body[1]}</p><p>${body[2]}</p><p>${body[3]}</p></article>
      <div id="sethomepagecontainer"><div id="sethomepagedialog"><button>Close</button>
        <h2>Make The Courier your homepage</h2>
        <ul><li><div>On the toolbar, open the browser's settings and choose Preferences.</div></li>
        <li><div>In the Preferences window, select the General tab near the top.</div></li>
        <li><div>In the text box next to Home page, simply type courier.example and close the window.</div></li></ul>
      </div></div></div></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
  });

  it("keeps a slideshow's text written in its slides' captions, and still drops a caption under an article's photo", () => {
    const slide = (index: number) =>
      `<figure class="slide"><img src="/${index}.jpg"><figcaption class="slide-caption"><p>${body[index]}</p></figcaption></figure>`;
    const slideshow = `<html><head><title>Dock strike ends</title></head><body><article>
      <p>${body[0]}</p><div class="slides">${slide(1)}${slide(2)}${slide(3)}</div></article></body></html>`;
    expect(parseHtml(slideshow, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
    const caption =
      "Container cranes stand idle at the port of Valmont during the nine-day strike, which ended on Friday.";
    const article = `<html><head><title>Dock strike ends</title></head><body><article>
      <p>${body[0]}</p><figure><img src="/1.jpg"><figcaption><p>${caption}</p></figcaption></figure>
      ${body
        .slice(1)
        .map((text) => `<p>${text}</p>`)
        .join("")}</article></body></html>`;
    expect(parseHtml(article, { input: "https://courier.example/dock" }).originalText).toBe(body.join("\n\n"));
  });
});

describe("parseHtml: a page with no article", () => {
  it("refuses a page of menus and a lone link, naming what is left, and keeps a one-line story", () => {
    const menuOnly = "<html><head><title>Keswick Gazette</title></head><body><nav>Home</nav></body></html>";
    expect(() => parseHtml(menuOnly, { input: "home.html" })).toThrow(/no article in it: only "Home"/);
    const brief = "<html><body><p>Fire kills three in Keswick.</p></body></html>";
    expect(parseHtml(brief, { input: "brief.html" }).originalText).toBe("Fire kills three in Keswick.");
  });
});

describe("parseHtml: the publication time on the publisher's clock", () => {
  it("keeps the offset article:published_time writes, so its day is the writer's (“+10:00” in Brisbane)", () => {
    const html = `<html><head><meta property="article:published_time" content="2026-03-03T06:00:00+10:00">
      <title>Dock workers end strike</title></head><body><article><p>${body[0]}</p><p>${body[1]}</p></article></body></html>`;
    expect(parseHtml(html, { input: "https://courier.example/dock" }).publishedAt).toBe(
      "2026-03-03T06:00:00.000+10:00",
    );
  });

  it("writes a time given in UTC, or with no zone, in UTC", () => {
    const html = (time: string) =>
      `<html><head><meta property="article:published_time" content="${time}"></head><body><article><p>${body[0]}</p></article></body></html>`;
    expect(parseHtml(html("2026-03-02T20:00:00Z"), { input: "x" }).publishedAt).toBe("2026-03-02T20:00:00.000Z");
    expect(parseHtml(html("2026-03-02T20:00:00+00:00"), { input: "x" }).publishedAt).toBe("2026-03-02T20:00:00.000Z");
  });
});
