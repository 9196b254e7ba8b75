import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text.js";

const seedsDirectory = new URL("../../../../samples/seeds/", import.meta.url);
const seeds = readdirSync(seedsDirectory)
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, seedsDirectory), "utf8") }));

// The boilerplate the corpus README lists for the seeds (normalised the way cleanText trims lines).
const boilerplate = [
  "-----",
  "Leave a Comment",
  "Leave a Reply",
  "Your email address will not be published. Required fields are marked *",
  "Source link",
  "Related Article",
  "See also Supreme Court to hear case that could overturn key Chevron precedent",
  "See also Fani Willis risked it all to testify in Trump's Georgia case",
  "By Ali Raza",
];
const normalise = (line: string) => line.replace(/\s+/g, " ").trim();
const isBio = (line: string) => line.startsWith("I am a dedicated");

describe("cleanText on the seeds", () => {
  it("removes every boilerplate line and keeps every line of reporting", () => {
    const allRemoved: string[] = [];
    for (const seed of seeds) {
      const { text, removed } = cleanText(seed.text);
      allRemoved.push(...removed);
      const keptLines = new Set(text.split("\n"));
      for (const rawLine of seed.text.split("\n")) {
        const line = normalise(rawLine);
        if (line === "") continue;
        if (boilerplate.includes(line) || isBio(line)) {
          expect(keptLines.has(line), `${seed.name} kept boilerplate: ${line}`).toBe(false);
        } else {
          expect(keptLines.has(line), `${seed.name} lost reporting: ${line.slice(0, 80)}`).toBe(true);
        }
      }
    }
    for (const line of boilerplate) expect(allRemoved).toContain(line);
    expect(allRemoved.some(isBio)).toBe(true);
  });

  it("does not alter the original and keeps paragraph breaks", () => {
    const seed = seeds[2];
    if (!seed) throw new Error("seed 002 missing");
    const copy = `${seed.text}`;
    const { text } = cleanText(seed.text);
    expect(seed.text).toBe(copy);
    expect(text).toContain("\n\n");
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).toBe(text.trim());
  });
});

describe("cleanText rules", () => {
  it("removes share, cookie, newsletter and comment-form lines", () => {
    const original = [
      "Officials met in Cairo on Monday.",
      "Share this article",
      "Facebook Twitter WhatsApp Email",
      "We use cookies to improve your experience. Accept all cookies",
      "Sign up for our daily newsletter",
      "Get the Bayou Courier's storm alerts on your phone: subscribe today.",
      "Subscribe to the Courier for $1 a week.",
      "Get breaking news alerts: download our app.",
      "Download our free app for breaking news alerts.",
      "Name *",
      "Save my name, email, and website in this browser for the next time I comment.",
      "Read more: Ceasefire talks stall again",
      "Advertisement",
      "The talks resume on Thursday.",
    ].join("\n");
    expect(cleanText(original).text).toBe("Officials met in Cairo on Monday.\nThe talks resume on Thursday.");
  });

  it("keeps reporting that merely mentions comments, cookies or sharing", () => {
    const original = [
      "Related talks in Doha were described as constructive.",
      "Watch the border crossings closely, the envoy said.",
      "The minister declined to leave a comment on the proposal.",
      "Regulators said the site uses cookies to track readers, which breaches the law according to a complaint filed on Monday by three consumer groups and a privacy watchdog.",
      "Share prices fell 3% after the announcement.",
      "Residents can get flood alerts by text message, the council said, and should subscribe before Friday.",
      "Subscribers to the service complained on Monday that the app had crashed.",
    ].join("\n");
    expect(cleanText(original).text).toBe(original);
  });
});

describe("cleanText: sign-offs, datelines and press-release ends", () => {
  it("removes wire sign-offs, standards notes, dateline lines and list headings, and keeps sentences that start alike", () => {
    const original = [
      "Published 7 May 2026",
      "Posted by Jane Doe on 23 July 2026 at 10:32 AM",
      "The bank kept its rate at 3.75 per cent.",
      "Published in 1990, the book sold two million copies.",
      "Posted by a neighbour on social media, the video spread quickly.",
      "Reporting by Jane Doe; Editing by John Roe",
      "Our Standards: The Thomson Reuters Trust Principles.",
      "Other stories",
    ].join("\n\n");
    const { text, removed } = cleanText(original);
    expect(text.split("\n\n")).toEqual([
      "The bank kept its rate at 3.75 per cent.",
      "Published in 1990, the book sold two million copies.",
      "Posted by a neighbour on social media, the video spread quickly.",
    ]);
    expect(removed).toHaveLength(5);
  });

  it("removes corrections and editors' notes on the article, and keeps reporting about corrections", () => {
    const original = [
      "Correction: An earlier version of this article said the plant opened in 1972; it opened in 1962.",
      "An earlier version of this story misstated the number of jobs at the plant.",
      "This article has been updated to include a statement from the company.",
      "Editor's note (Sept. 8): The union's name has been corrected.",
      "The prison's corrections officers walked out on Monday.",
      "Corrections to the budget were approved by the council: a £2 million cut to roads was reversed.",
      "The factory opened in 1962.",
    ].join("\n\n");
    const { text, removed } = cleanText(original);
    expect(text.split("\n\n")).toEqual([
      "The prison's corrections officers walked out on Monday.",
      "Corrections to the budget were approved by the council: a £2 million cut to roads was reversed.",
      "The factory opened in 1962.",
    ]);
    expect(removed).toHaveLength(4);
  });

  it("ends a press release at its end mark, and keeps a ### that comes before any text", () => {
    const release =
      "The plant opens in May.\n\nIt will employ 300 people.\n\n###\n\nAbout Acme\n\nAcme is a leading maker of widgets.\n\nMedia contact: press@acme.example";
    expect(cleanText(release).text).toBe("The plant opens in May.\n\nIt will employ 300 people.");
    expect(cleanText("###\n\nThe plant opens in May.\n\nIt will employ 300 people.").text).toBe(
      "The plant opens in May.\n\nIt will employ 300 people.",
    );
  });
});

describe("cleanText: furniture found on real news pages", () => {
  it("removes date-only lines, credits, follow and contact lines, widgets, tickers and counters", () => {
    const furniture = [
      "June 8, 2012 6:14 AM",
      "September 15, 2014",
      "Publié le 29/10/2012",
      "Mis à jour le 29/10/2012 à 14h03",
      "By:",
      "Illustration by Jane Doe",
      "Photo: Port Authority",
      "Courtesy G4",
      "Reuters",
      "- Strikers at the gate in 2008. REUTERS/Jane Doe -",
      "Follow Marta Leclerc on Twitter.",
      "Marta Leclerc can be reached at marta@courier.example.",
      "Get our business news: follow us on Twitter and Facebook!",
      "Stay Updated",
      "Follow The Courier for breaking port news, reviews, and daily updates.",
      "Read or Share this story: https://courier.example/x1",
      "Enter your email address to set up customized email alerts.",
      "To embed this post, copy the code below and paste into your website or blog.",
      "Sign in now to share your story.",
      '"Questions? Comments? Email us at',
      "To view this content, Javascript must be enabled and Adobe Flash Player must be installed.",
      "NASDAQ Composite 2,456 +27.56 (+1.122%)",
      "S&P 500 1,130 +6.87 (+0.608%)",
      "STORY HIGHLIGHTS",
      "Text Size",
      "+",
      "861",
      "Kudos",
      "The Latest on NewsFeed",
      "Further reading",
    ];
    const reporting = "Dock workers returned to work on Friday after a nine-day strike.";
    const { text, removed } = cleanText([reporting, ...furniture, reporting].join("\n\n"));
    expect(text).toBe(`${reporting}\n\n${reporting}`);
    expect(removed).toEqual(furniture);
  });

  it("keeps sentences that start or end like furniture, and sign-offs naming contributors", () => {
    const reporting = [
      "June 8, 2012 was the day the port closed, the union said.",
      "Published on 29 October, the report found 300 unsafe cranes.",
      "Photo agencies such as Reuters and AP sent staff to the port.",
      "Follow the money, the inspector told the committee on Tuesday.",
      "Follow the union for two weeks and you see why it won, the mayor said of the news.",
      "Stay updated on tide times before sailing, the harbour master advised.",
      "Shares rose 3.5 per cent after the deal, to 1,130 pence.",
      "The strike lasted 9 days.",
      "The Associated Press contributed to this report.",
      "Con información de Paloma Marín y Elena Sevillano.",
      "Questions remain about who will pay for the repairs, the mayor said.",
    ].join("\n\n");
    expect(cleanText(reporting).text).toBe(reporting);
  });
  it("removes datelines with times and zones, relative times, ids, feedback and donation prompts, and French and Spanish see-also lines", () => {
    const furniture = [
      "By Friday, Jan 13, 2017 at 4:45 pm EST",
      "December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST",
      "11/28/2016 11:00 AM PST",
      "January 19, 2017 / Leave a comment",
      "Mis à jour le 13 janvier 2017",
      "20 hours ago",
      "ID: 9723372",
      "Was this article helpful?",
      "Found This Helpful",
      "The Courier's independent journalism depends on donations from readers like you.",
      "À lire aussi : Les dockers reprennent le travail",
      "Lea también: Los estibadores vuelven al trabajo",
      "Popular Video",
      "Featured",
      "Join The Conversation",
    ];
    const reporting = "Dock workers returned to work on Friday after a nine-day strike.";
    const { text, removed } = cleanText([reporting, ...furniture, reporting].join("\n\n"));
    expect(text).toBe(`${reporting}\n\n${reporting}`);
    expect(removed).toEqual(furniture);
  });

  it("keeps lines that hold a date among words of their own", () => {
    const reporting = [
      "On January 19, 2017 by the harbour wall, the workers voted.",
      "December 6, 2016 — the day the strike began.",
      "By March 1, 2017 the port had cleared its backlog.",
      "2/26/2015 7:11 AM PST BY COURIER STAFF",
      "20 hours ago the union had rejected the offer.",
      "The id card of one docker, 9723372, was found at the gate.",
      "Featured speakers included the union's regional secretary.",
      "Lire aussitôt le rapport, a demandé le syndicat.",
    ].join("\n\n");
    expect(cleanText(reporting).text).toBe(reporting);
  });
});

describe("cleanText: disclosures, print notes, newsletter boxes and agency captions", () => {
  it("removes an investment site's disclosure, print-edition notes, newsletter prompts, a byline with a comment counter, form status lines and captions ending in an agency credit", () => {
    const furniture = [
      "Jane Okafor owns shares of Harbour Freight Group. The Daily Ledger owns shares of and recommends Harbour Freight Group. The Daily Ledger has a disclosure policy.",
      "Tom Reyes has no position in any of the stocks mentioned.",
      "The Daily Ledger has a disclosure policy.",
      "Published in the March 2027 issue of Quay Monthly",
      "This article appeared in the print edition of the Harbour Gazette",
      "A version of this article appears in print on March 3, 2027, Section B, Page 4 of the Coast edition with the headline: Dockers Return.",
      "Thanks for signing up!",
      "By signing up, you agree to our Terms of Use and Privacy Policy.",
      "You can unsubscribe at any time.",
      "Please enter a valid email address.",
      "Get our top stories delivered to your inbox",
      "Already a subscriber? Log in",
      "Subscribe now",
      "by Mara Quist / March 2, 2027 / 4 Comments",
      "Loading...",
      "Please wait.",
      "Try again",
      "Automatically Generated Transcript (may not be 100% accurate)",
      "Dock workers march past the port gates on Friday. Lena Hart / Reuters",
      "Cranes stand idle at the container terminal. (Ada Brenner/Harbour Gazette)",
      "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.",
      "We may earn a commission when you buy through links on our site.",
      "This post contains affiliate links.",
      "[Embed]",
      "By Jane Okafor and Tom Reyes",
      "By Jane Okafor, Reuters",
      "By JANE OKAFOR | Staff Writer",
      "By Mara van der Quist",
    ];
    const reporting = "Dock workers returned to work on Friday after a nine-day strike.";
    const { text, removed } = cleanText([reporting, ...furniture, reporting].join("\n\n"));
    expect(removed).toEqual(furniture);
    expect(text).toBe(`${reporting}\n\n${reporting}`);
  });

  it("keeps reporting that mentions shares, issues, inboxes, subscribers and agencies", () => {
    const reporting = [
      "The pension fund owns shares of the port operator and has voted against the plan.",
      "The union first published its demands in the March issue of its bulletin, which members receive by post.",
      "Thanks for subscribing to the strike fund, the organisers wrote to members in a letter seen by this newspaper.",
      "Workers who signed up for alerts said the messages reached their inbox hours late.",
      "Subscribers to the port's freight service were told to expect delays.",
      "The union said it would try again in the spring.",
      "The photograph, taken by Lena Hart for Reuters, shows the gates closed.",
      "Negotiators met in the Hart/Brenner building (now the port authority's offices) on Friday.",
      "The brokers earn a commission on every container they book, the union said.",
      "[Inaudible] was all the recording held of the meeting.",
      "By Friday, Reuters reported",
      "By changed lines",
      "By Jane Okafor's count, forty ships waited offshore.",
    ].join("\n\n");
    expect(cleanText(reporting).text).toBe(reporting);
  });
});

describe("cleanText: a note on the writer at the article's end", () => {
  const reporting = "Dock workers returned to work on Friday after a nine-day strike.";

  it("removes a last line on the writer's trade or books, in the third person", () => {
    for (const note of [
      "Mara van Dijk is a freelance science writer in Rotterdam.",
      "Tom Reyes teaches history at Lund University and is the author of Small Rooms: A Life in Ports.",
      "Jane Okafor is the author of 14 children's books and a memoir. She lives in Leeds.",
      "Aiko Brandt was a staff reporter for the Harbour Gazette until 2026.",
      "Tom Reyes writes for The Valmont Star, a Harbour Media paper.",
      "Jane Okafor covers ports, shipping and the unions for the Gazette.",
      "Mara van Dijk is a science writer for the Harbour Gazette. Connect with her on Facebook, follow @maravandijk on Twitter and add the Gazette's science page to your feeds. To keep up with her stories, subscribe to the science newsletter, delivered to your email inbox every weekday morning. You can also follow the Gazette's science desk on Instagram.",
    ]) {
      const { text, removed } = cleanText(`${reporting}\n\n${note}\n\n`);
      expect(removed).toEqual([note]);
      expect(text).toBe(reporting);
    }
  });

  it("removes an author box at the end, its heading and the bio under it, and keeps what an inner heading of that name leads", () => {
    const bio = "Based in Rotterdam, Mara has covered the port for ten years. She brings you the latest on shipping.";
    const { text, removed } = cleanText(`${reporting}\n\nAbout the Author\n\n${bio}`);
    expect(text).toBe(reporting);
    expect(removed).toEqual(["About the Author", bio]);
    const longer = [reporting, "About the author", bio, reporting, reporting].join("\n\n");
    expect(cleanText(longer).text).toBe([reporting, bio, reporting, reporting].join("\n\n"));
  });

  it("keeps such a line inside the article, and a last line on someone else's role", () => {
    const inside = `${reporting}\n\nMara van Dijk is a freelance science writer in Rotterdam.\n\nShe covered the strike from its first day.`;
    expect(cleanText(inside).text).toBe(inside);
    for (const last of [
      "Sen. Jane Okafor is the author of the bill, which comes to a vote next week.",
      "The harbour master is a former reporter.",
      "Tom Reyes said the union would try again in the spring.",
      "Tom Reyes writes that the union will try again in the spring.",
      "Jane Okafor covers her costs for the Gazette's share of the fund, the report says.",
    ])
      expect(cleanText(`${reporting}\n\n${last}`).text).toBe(`${reporting}\n\n${last}`);
  });
});

describe("cleanText: old-browser notices, wire reuse notices, printed data and wire datelines", () => {
  const reporting = "Dock workers returned to work on Friday after a nine-day strike.";

  it("removes them", () => {
    for (const furniture of [
      "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled. While you will be able to read this page in your current browser, please consider upgrading it.",
      "You're using the Internet Explorer 6 browser to view the Harbour Gazette website.",
      "Please upgrade your browser to read this site.",
      "Copyright 2027 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
      "© 2027 Harbour Media Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed. The Associated Press contributed to this report.",
      "—Copyright 2027 Associated Press",
      "—Associated Press",
      '{ "js_modules": [{"name": "video"}], "assetid": "2552293", "section": "news", "byline":"Jane Okafor" }',
      '[{"id": 12, "title": "Strike ends"}]',
      "ROTTERDAM | Wed May 15, 2027 3:27pm EDT",
      "NEW YORK | Tue May 14, 2027 5:01pm EDT",
      "Comments are filtered for language and registration is required. The Gazette makes no guarantee of comments' factual accuracy.",
      "All opinions are moderated before being included (to stop spam)",
      "Add Your Opinion On This Article",
      "Have something to say? Let us know in the comments section or send an email to the author.",
      "Rate article:",
      "Current ratings for:",
      "(Hover over the stars then click to rate) Readers:",
      "Please use one of the following formats to cite this article in your essay, paper or report:",
      "APA",
      "Subscribing to a newsletter, constitutes acceptance of our Terms of Use and Privacy Policy.",
      "1 of 5. Dock workers leave the port of Valmont after the vote, May 15, 2027.",
    ]) {
      const { text, removed } = cleanText(`${reporting}\n\n${furniture}`);
      expect(removed, furniture).toEqual([furniture]);
      expect(text).toBe(reporting);
    }
  });

  it("keeps reporting that mentions browsers, copyright, data and places", () => {
    const kept = [
      "You are using the same browser as everyone else, the regulator told the company.",
      "This site is best known for its dock cranes, which were built in 1962.",
      "The union's copyright notice says the recordings may not be published without its consent.",
      "{The union's statement was read aloud at the gate.}",
      // Mercury's gold keeps a wire's sign-off in brackets as article text (its Reuters page)
      "(Reporting by Jane Okafor; Editing by Tom Reyes)",
      "ROTTERDAM | The strike is over.",
      "Comments are welcome at the union's meetings, its secretary said.",
      "Rate articles in the port's newsletter were the first sign of the dispute.",
      "1 of 5 workers voted against the deal.",
    ];
    const text = [reporting, ...kept].join("\n\n");
    expect(cleanText(text).text).toBe(text);
  });
});

describe("cleanText: newsroom furniture, written from the held-in real pages' misses", () => {
  const reporting = "Dock workers returned to work on Friday after a nine-day strike.";

  it("removes contact and follow lines, link-list and comment headings, policies, widgets, citations and credits", () => {
    for (const furniture of [
      "Write to Jane Okafor at jane.okafor@harbourgazette.com",
      "Contact Tom Reyes at treyes@gazette.example and follow @tomreyes on Twitter.",
      "To contact the reporter on this story: Jane Okafor in Rotterdam at jokafor@gazette.example",
      "To contact the editor responsible for this story: Tom Reyes at treyes@gazette.example",
      "Contact the writer: jokafor@gazette.example",
      "Follow Jane Okafor on Twitter: @janeokafor.",
      "Follow Tom Reyes on Twitter @tomreyes",
      "Follow Mara van Dijk at: https://social.example/maravandijk",
      "About the Author",
      "About Author",
      "Elsewhere on the Gazette",
      "Elsewhere on Harbour News",
      "HGN links",
      "Related links",
      "More in Business",
      "More from The Gazette",
      "More port and shipping news",
      "Latest blog posts",
      "Most read in Business",
      "ALSO:",
      "Latest Comments",
      "Visitor Opinions (latest shown first)",
      "Comments threshold",
      "Article opinions: 3 posts",
      "Please note that we publish your name, but we do not publish your email address.",
      "We reserve the right to remove any content at any time from this forum, including comments that break its rules.",
      "Not sure how to post a comment? Here's how",
      "User rating:",
      "(4) Click to rate",
      "4.5 (12 votes)",
      "Note: The information on this site is not intended as a substitute for professional medical advice.",
      "Not to be reproduced without permission of the Harbour Gazette",
      "©2027 Harbour Gazette. All rights reserved. Do not reproduce without permission. The port's own newspaper since 1901.",
      "The author is solely responsible for the content of this post.",
      "This blog is not written or edited by the Harbour Gazette.",
      "This essay has been adapted from Tom Reyes's forthcoming book, Small Rooms.",
      "Please send any port news or press releases to:",
      "Got a story? Send us tips or story ideas: tips@gazette.example",
      "Visit our shipping / ports section for the latest news on this subject.",
      "Receive Gazette updates directly to your desktop",
      "Username",
      "Password",
      "Remember me",
      "Register today",
      "Ads by Google",
      "Story continues below",
      "BREAKING NEWS",
      "TEXT SIZE - +",
      'Okafor, Jane. "Dock strike ends after nine days." Harbour Gazette. Harbour Media, 15 May 2027. Web.',
      "15 May 2027. <https://gazette.example/articles/2611.php>",
      "Dock workers leave the port after the vote. Photo: Supplied by the union",
      "Jane Okafor, a crane driver, at the gate on Friday. (Credit: Courtesy Harbour Union)",
      "CREDIT: T. Reyes (Harbour Gazette); Port of Valmont.",
      "By JANE OKAFOR, Associated Press | May 15, 2027 | Updated: May 15, 2027 5:46am",
      "By TOM REYES, Harbour Gazette : May 15, 2027 : Updated: May 15, 2027 1:23pm",
      "Gazette News/ May 15, 2027, 6:00 AM",
      "First Posted: May 15, 2027 02:49 AM EDT",
      "Article Date: 15 May 2027 - 0:00 PDT",
      "May 15, 2027 RSS Feed Print",
      "VALMONT, Netherlands | Fri May 15, 2027 6:34am EDT",
      "May 15, 2027 -- Updated 1930 GMT (0330 HKT)",
      "IMAGE: Cranes at the port of Valmont at dawn (Jane Okafor, Harbour Gazette)",
      "Tom Reyes, a ports writer for the Harbour Gazette, is on Twitter @tomreyes.",
      "Follow Jane Okafor @janeokafor and Google+. Follow us @harbourgazette, Facebook and Google+.",
      "SOURCE: bit.ly/3xYzAb Journal of Port Studies, online May 14, 2027.",
      "For any corrections of factual information, or to contact the editors, please use our feedback form.",
      "To read the full port authority report, click here.",
      "« Previous Story More Port News - Shipping, Unions, Trade Next Story »",
    ]) {
      const { text, removed } = cleanText(`${reporting}\n\n${furniture}`);
      expect(removed, furniture).toEqual([furniture]);
      expect(text).toBe(reporting);
    }
  });

  it("keeps reporting that starts or ends like that furniture", () => {
    const kept = [
      "Write to your MP, the union told its members, and the letters came by the thousand.",
      "Contact with the ship was lost at 4 a.m., the coastguard said.",
      "Follow the money, the inspector told the committee on Tuesday.",
      "Elsewhere on the coast, ferries ran as usual.",
      "More in business than in politics, the strike was about pay.",
      "More port workers joined the strike on Friday.",
      "Most read in the union's newsletter was a note on pensions.",
      "Latest comments from the minister suggest a deal is near.",
      "We do not publish the names of the injured, the port authority said.",
      "We reserve the right to strike again, the union's secretary said.",
      "The union said the deal was not intended as a substitute for a pay rise.",
      "Do not reproduce the union's figures without checking them, the auditor warned.",
      "This post originally belonged to the harbour master.",
      "Send us your tips, the union wrote on its website, and hundreds did.",
      "Visit our port and you will see the cranes idle, the mayor said.",
      "Search teams found the missing sailor on Saturday.",
      "Story continues below the waterline, the diver joked.",
      "Photo: a crane at the gate.",
      "The agreement gives credit: workers get a day off for each Sunday shift.",
      "By Friday, Reuters reported, the port was open again.",
      "By May 15, 2027 | the deadline the union set, talks had failed.",
      "The Associated Press contributed to this report.",
      "Image: a crane at the gate, as the union saw it.",
      "The union's secretary is on Twitter every day, posting as @portunion.",
      "Sources: the union and the port authority, who agreed on the figures.",
      "To read the report, the union said, click here was not enough: members wanted paper copies.",
    ];
    const text = [reporting, ...kept].join("\n\n");
    expect(cleanText(text).text).toBe(text);
  });
});

describe("cleanText: a photo gallery's controls and a newsletter call after a question", () => {
  const reporting = "Dock workers returned to work on Friday after a nine-day strike.";

  it("removes a gallery's controls and a call to a writer's newsletter, each alone on its line", () => {
    const furniture = [
      "4 PHOTOS",
      "12 images",
      "See Gallery",
      "View Images",
      "View the full gallery",
      "SEE ALL",
      "Back to slide",
      "Next image",
      "Click to enlarge",
      "Hide caption",
      "Photo 3 of 12",
      "VIEW GALLERY - 3 IMAGES",
      "Want more updates from Jane? Sign up for her newsletter, The Ledger.",
      "Enjoyed this story? Subscribe to our weekly newsletter.",
    ];
    const result = cleanText([reporting, ...furniture, reporting].join("\n\n"));
    expect(result.text).toBe(`${reporting}\n\n${reporting}`);
    expect(result.removed).toEqual(furniture);
  });

  it("keeps sentences that start or end like a gallery's controls or ask the reader something", () => {
    const kept = [
      "4 photos of the strike were shown to the court.",
      "See all the ships waiting offshore, the mayor told reporters.",
      "Back to the slide in container traffic: it began in March.",
      "View the gallery of cranes from the harbour wall, the guide said.",
      "View gallery 3 of the harbour museum before it closes, the guide said.",
      "Want more pay? Join the union, its posters said.",
      "Looking for work? The port has signed up 40 new dockers and posts updates on its website.",
    ];
    const text = [reporting, ...kept].join("\n\n");
    expect(cleanText(text).text).toBe(text);
  });
});

describe("cleanText: other stories' teasers ending the page, bylines written out, wire credits and box headings", () => {
  const reporting = [
    "Dock workers returned to work on Friday after a nine-day strike.",
    "The port authority said the backlog of ships would be cleared within a week.",
  ];

  it("removes a heading over other stories and the short teasers under it to the end", () => {
    for (const heading of ["Next In Business News", "Here's some other news you might have missed:", "More stories"]) {
      const teasers = [
        "Rail Unions Call Off Weekend Walkout: The drivers' union said talks with the operator would resume on Monday.",
        "LONDON Shares in the ferry operator fell 4 percent on Thursday after it cut its forecast for the year.",
      ];
      const result = cleanText([...reporting, heading, ...teasers].join("\n\n"));
      expect(result.text).toBe(reporting.join("\n\n"));
      expect(result.removed).toEqual([heading, ...teasers]);
    }
  });

  it("keeps what follows such a heading when it is long, or many lines, or when nothing came before it", () => {
    const long =
      `${"The union's secretary said the deal would be put to members in a second ballot. ".repeat(5)}`.trim();
    const many = Array.from({ length: 13 }, (_, index) => `Ship ${index + 1} left the port on Saturday.`);
    for (const after of [[long], many]) {
      const text = [...reporting, "More stories", ...after].join("\n\n");
      expect(cleanText(text).text).toBe([...reporting, ...after].join("\n\n"));
    }
    // Opening the text, the heading goes as a line of furniture; what follows it is the article.
    expect(cleanText(["Other news", ...reporting].join("\n\n")).text).toBe(reporting.join("\n\n"));
  });

  it("removes a byline written out, a wire credit, a box's heading and a pull quote's markers", () => {
    const furniture = [
      "Written by Marta Leclerc",
      "With files from The Canadian Press",
      "With reporting by AFP, AP and Reuters",
      "Editor's Choice",
      "Contact Our News Editors",
      "“Start Quote",
      "End Quote",
      "GALLERY: THURSDAY AT THE PORT",
    ];
    const result = cleanText([reporting[0], ...furniture, reporting[1]].join("\n\n"));
    expect(result.text).toBe(reporting.join("\n\n"));
    expect(result.removed).toEqual(furniture);
  });

  it("keeps sentences that start like them", () => {
    const kept = [
      "Written by hand, the letter reached the union on Monday.",
      "With files from the port authority, investigators rebuilt the night of the fire.",
      "Editor's choice of words was criticised by the union.",
      "Contact our news editors, the notice said, was printed on every page.",
      "End quote marks were missing from the statement.",
      "Gallery: the union hired a hall for the ballot.",
      "Next in line for the job is the deputy harbour master.",
    ];
    const text = [reporting[0], ...kept].join("\n\n");
    expect(cleanText(text).text).toBe(text);
  });
});

describe("cleanText: a video player's controls, a sponsor's label, a market index's move and an update's date in figures", () => {
  const reporting = "Dock workers returned to work on Friday after a nine-day strike.";

  it("removes them", () => {
    const furniture = [
      "Close video player",
      "Now Playing",
      "Up next",
      "Sponsored by",
      "Presented by:",
      "DJIA -0.01%",
      "NASDAQ 0.33%",
      "S&P 500 +1.2%",
      "Last Update: 05/17/2017(DJIA&NASDAQ)",
      "Updated 3/4/2026 10:21 AM",
    ];
    const { text, removed } = cleanText([reporting, ...furniture, reporting].join("\n\n"));
    expect(text).toBe(`${reporting}\n\n${reporting}`);
    expect(removed).toEqual(furniture);
  });

  it("keeps sentences that start like them", () => {
    const kept = [
      "Now playing at the harbour theatre, the strike film drew 300 people.",
      "Up next for the union is a ballot on the new shift pattern.",
      "Sponsored by the port authority, the race starts at noon.",
      "The Dow Jones fell 0.4% on Friday as the port stayed shut.",
      "NASDAQ 0.33% higher, the broker's note said, was no surprise.",
      "Updated 3/4/2026 figures show 300 cranes were unsafe.",
    ];
    const text = [reporting, ...kept].join("\n\n");
    expect(cleanText(text).text).toBe(text);
  });
});

describe("cleanText: a reading time, a publication line told by a relative day, a newsletter's note, an archive photo's caption, a licence notice and a video's call", () => {
  const reporting = "Dock workers returned to work on Friday after a nine-day strike.";

  it("removes them", () => {
    const furniture = [
      "5 min read",
      "Temps de Lecture 4 min.",
      "Reading time: 3 minutes",
      "1 minute & 45 seconds read time",
      "Publié aujourd’hui à 13h59, mis à jour à 15h25",
      "Updated yesterday at 3:45 pm",
      "Published today at 09:10",
      "Cet article est paru dans notre newsletter « La lettre du port ». Si vous êtes abonné, vous pouvez vous inscrire à cette lettre en suivant ce lien.",
      "This story first appeared in our Harbour Weekly newsletter. Sign up here to get it every Friday.",
      "File photo of the harbour master at the quay. (Reuters)",
      "Representative image",
      "File photo: cranes at the port in 2019",
      "The copyright holder for this preprint is the author/funder, who has granted the archive a license to display the preprint in perpetuity. It is made available under a CC-BY 4.0 International license.",
      "This article is licensed under a Creative Commons Attribution 4.0 International License.",
      "Watch now",
    ];
    const { text, removed } = cleanText([reporting, ...furniture, reporting].join("\n\n"));
    expect(text).toBe(`${reporting}\n\n${reporting}`);
    expect(removed).toEqual(furniture);
  });

  it("keeps sentences that start like them", () => {
    const kept = [
      "5 min read aloud by the mayor opened the meeting.",
      "Reading time was cut to 3 minutes a speaker.",
      "2 minutes and 10 seconds read time was all the court allowed each statement.",
      "Published today at 09:10, the report found 300 cranes unsafe.",
      "Updated yesterday, the timetable shows ferries every hour.",
      "This story first appeared in our newsletter, and readers wrote in about the cranes.",
      "File photos kept by the harbour office show the quay in 1910.",
      "Representative images of the union were shown to the court.",
      "The copyright holder for this song was never found, the union said.",
      "Watch now as the cranes are lifted, the harbour master told the crowd.",
    ];
    const text = [reporting, ...kept].join("\n\n");
    expect(cleanText(text).text).toBe(text);
  });
});
