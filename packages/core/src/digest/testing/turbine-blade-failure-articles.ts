/**
 * Held-out batch Q (lead session 30, 2026-12-07), written by heldout19 before any run; unfitted.
 * A blade breaks off a turbine at a Welsh hill wind farm and the whole site is shut, Sunday 13 to Friday 18 April 2042.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "wt/1",
    externalId: "w1",
    source: "Wales Press Association",
    url: "https://walespressassociation.example/news/bryn-uchaf-turbine-blade-breaks-off",
    publishedAt: "2042-04-14T07:00:00Z",
    title: "Blade breaks off turbine at Powys wind farm",
    originalText: [
      "LLANIDLOES, Powys (WPA) — A 62-metre blade broke off a turbine at the Bryn Uchaf wind farm late on Sunday, scattering debris across moorland crossed by a public footpath, the operator said.",
      "Nobody was injured.",
      "Glas Energy said it had shut down all 24 turbines at the site while engineers examined them.",
      "“We have stopped every machine on the hill until we know exactly what happened,” said Rhian Pugh, the company's operations director.",
      "Pieces of the blade were found up to 300 metres from the tower, Dyfed-Powys Police said.",
      "The turbines, each 150 metres tall to the blade tip, began generating in 2031.",
      "In 2036, a blade failure at a wind farm in Cumbria led to a six-week shutdown.",
    ].join("\n"),
  },
  {
    input: "wt/2",
    externalId: "w2",
    source: "The Montgomeryshire Star",
    url: "https://montgomeryshirestar.example/news/wire/wind-farm-blade-snaps",
    publishedAt: "2042-04-14T10:00:00Z",
    title: "Wind farm shut after turbine loses blade",
    originalText: [
      "A turbine at the Bryn Uchaf wind farm lost a 62-metre blade late on Sunday, sending debris across moorland used by walkers, its operator said.",
      "No one was hurt.",
      "All 24 turbines on the site have been switched off while engineers check them, Glas Energy said.",
      "“We have stopped every machine on the hill until we know exactly what happened,” Rhian Pugh, the company's operations director, said.",
      "Fragments landed up to 300 metres from the tower, according to Dyfed-Powys Police.",
      "(WPA)",
    ].join("\n"),
  },
  {
    input: "wt/3",
    externalId: "w3",
    source: "Radio Hafren News",
    url: "https://radiohafren.example/news/bryn-uchaf-debris-farmers",
    publishedAt: "2042-04-15T17:00:00Z",
    title: "Farmers find turbine debris far across hillside",
    originalText: [
      "Pieces of fibreglass from the broken Bryn Uchaf blade landed as far as 450 metres from the turbine, farmers who found them said on Tuesday.",
      "The blade came off at about 10.40pm on Sunday, according to the turbine's own monitoring system.",
      "Engineers found cracks in the blades of two more turbines during checks on Monday and Tuesday, Glas Energy said.",
      "Local councillor Elin Jarman said: “People walk their dogs under those turbines every single day.”",
      "The wind farm's owners put the cost of lost output at about £250,000 every day.",
      "The company expects the site to stay shut for at least a fortnight.",
      "Llanidloes Town Council wants Glas Energy to set up a £50,000 community safety fund; the company has offered £10,000.",
    ].join("\n"),
  },
  {
    input: "wt/4",
    externalId: "w4",
    source: "Renewables Engineering Weekly",
    url: "https://renewablesengineeringweekly.example/onshore/bryn-uchaf-root-cracks",
    publishedAt: "2042-04-17T09:00:00Z",
    title: "Root cracks found on more Bryn Uchaf blades",
    originalText: [
      "The blade that failed at Glas Energy's Bryn Uchaf wind farm on Sunday night measured 58 metres and weighed about 19 tonnes, its manufacturer said.",
      "Glas Energy switched off the whole 24-turbine site within hours of the failure.",
      "Inspections have now found cracks near the root of blades on four more of the site's turbines.",
      "The lost generation is worth around £180,000 a day at current prices, analysts at Ferrow Energy Research estimate.",
      "All the machines are 3.6MW units of the same model, installed in 2031.",
      "According to Tomasz Wierzbicki, a blade engineer at Cardiff Metropolitan University, “Root cracks like these almost always start at the bolts.”",
      "Industry figures suggest one blade fails each year for every 1,000 turbines in service.",
    ].join("\n"),
  },
  {
    input: "wt/5",
    externalId: "w5",
    source: "The Daily Clarion",
    url: "https://dailyclarion.example/news/giant-blade-crashes-welsh-hillside",
    title: "GIANT BLADE CRASHES DOWN YARDS FROM WALKERS' TRAIL",
    originalText: [
      "A giant wind turbine blade longer than a jumbo jet's wing came crashing down on a Welsh hillside just yards from a popular walking trail.",
      "The blade sheared off shortly after 11.15pm on Sunday, a witness said.",
      "Miraculously, no one was hurt.",
      "“It sounded like a plane coming down the valley” — sheep farmer Dafydd Morgan, 63, who lives half a mile from the turbine.",
      "Walkers' group Ramblers Cymru said more than 4,000 people use the footpath every year.",
      "A similar failure in Cumbria in 2036 shut a wind farm for six weeks.",
      "Repairs could top £2m, industry sources said.",
    ].join("\n"),
  },
  {
    input: "wt/6",
    externalId: "w6",
    source: "Wales Press Association",
    url: "https://walespressassociation.example/news/bryn-uchaf-turbines-restart",
    publishedAt: "2042-04-18T15:00:00Z",
    title: "Most Bryn Uchaf turbines restart after blade failure",
    originalText: [
      "LLANIDLOES, Powys (WPA) — Glas Energy restarted 19 of the 24 turbines at its Bryn Uchaf wind farm on Friday, five days after a blade broke off one of them.",
      "The five others, including the one that lost a blade, will stay off until new blades arrive, which could take until June.",
      "A bolt failure at the root of the blade caused the break, the company's initial investigation found.",
      "“The other 19 machines have been checked bolt by bolt,” Pugh said.",
      "Powys County Council said it had reopened the footpath, which had been closed since Monday.",
      "The company has agreed to put £25,000 into a community safety fund, more than the £10,000 it first offered.",
    ].join("\n"),
  },
];

export function turbineBladeFailureArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run (Wales is UTC+1 in April; every stamp falls on the
 * same local day). "Late on Sunday" in Monday's wire and its rewrite is 13 April; "on Tuesday" in a
 * Tuesday bulletin the 15th, "on Sunday" there the 13th and "on Monday and Tuesday" the 14th and
 * 15th; "on Sunday night" in Thursday's trade story the 13th; "on Sunday" in the undated tabloid the
 * 13th if anything; "on Friday" in Friday's wire the 18th, "since Monday" the 14th, "until June" June
 * 2042.
 */
export const TURBINE_BLADE_FAILURE_EXPECTED: ExpectedFacts = {
  quotes: [
    // "“…,” said X, title" in the wire; "“…,” X, title, said" in its rewrite.
    { text: "We have stopped every machine on the hill until we know exactly what happened", speaker: "Rhian Pugh" },
    { text: "People walk their dogs under those turbines every single day", speaker: "Elin Jarman" },
    { text: "Root cracks like these almost always start at the bolts", speaker: "Tomasz Wierzbicki" },
    // A dash attribution.
    { text: "It sounded like a plane coming down the valley", speaker: "Dafydd Morgan" },
    // The surname alone; the full name is in the same outlet's earlier story.
    { text: "The other 19 machines have been checked bolt by bolt", speaker: "Rhian Pugh" },
  ],
  timeline: [
    { text: "A 62-metre blade broke off a turbine at the Bryn Uchaf wind farm late on Sunday", dates: ["2042-04-13"] },
    { text: "lost a 62-metre blade late on Sunday", dates: ["2042-04-13"] },
    { text: "farmers who found them said on Tuesday", dates: ["2042-04-15"] },
    { text: "The blade came off at about 10.40pm on Sunday", dates: ["2042-04-13"] },
    { text: "during checks on Monday and Tuesday", dates: ["2042-04-14", "2042-04-15"] },
    { text: "failed at Glas Energy's Bryn Uchaf wind farm on Sunday night", dates: ["2042-04-13"] },
    // The Clarion's story carries no date.
    { text: "The blade sheared off shortly after 11.15pm on Sunday", dates: [null, "2042-04-13"] },
    { text: "restarted 19 of the 24 turbines at its Bryn Uchaf wind farm on Friday", dates: ["2042-04-18"] },
    { text: "which could take until June", dates: ["2042-06"] },
    { text: "which had been closed since Monday", dates: ["2042-04-14"] },
  ],
  neverDated: [
    { text: "each 150 metres tall to the blade tip, began generating in 2031", date: "2031" },
    { text: "units of the same model, installed in 2031", date: "2031" },
    { text: "In 2036, a blade failure at a wind farm in Cumbria", date: "2036" },
    { text: "A similar failure in Cumbria in 2036", date: "2036" },
    { text: "which could take until June", date: "2043-06" },
    // "Since Monday" in a Friday story is the Monday gone.
    { text: "which had been closed since Monday", date: "2042-04-21", exact: true },
  ],
  disagreements: [
    // The blade's length: "A 62-metre blade" (wire) against "measured 58 metres" (the manufacturer, via the trade paper).
    { values: ["62", "58"], outlets: ["Wales Press Association", "Renewables Engineering Weekly"] },
    // How far the debris flew: police "up to 300 metres" against farmers "as far as 450 metres".
    { values: ["300", "450"], outlets: ["Wales Press Association", "Radio Hafren News"] },
    // When the blade came off: monitoring data against a witness.
    { values: ["10.40", "11.15"], outlets: ["Radio Hafren News", "The Daily Clarion"] },
    // What the shutdown costs a day: the owners' figure against analysts'.
    { values: ["250,000", "180,000"], outlets: ["Radio Hafren News", "Renewables Engineering Weekly"] },
  ],
  notDisagreements: [
    // Cracked turbines as inspections went on.
    ["two", "four"],
    // Turbines restarted and kept off, against the whole site.
    ["24", "19"],
    ["24", "five"],
    ["19", "five"],
    // A demand against an offer, and the company's own raised offer.
    ["50,000", "10,000"],
    ["10,000", "25,000"],
    ["50,000", "25,000"],
    // Tower height against the blade and the debris, all in metres.
    ["150", "62"],
    ["150", "58"],
    ["300", "150"],
    ["450", "150"],
    // A repair bill against a daily loss.
    ["2", "250,000"],
    ["2", "180,000"],
    // A 2036 precedent in weeks against this shutdown in days.
    ["six", "five"],
    // An industry rate against the site's turbines; footpath users against turbines.
    ["1,000", "24"],
    ["4,000", "24"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the tabloid says it in other words.
    { text: "Nobody was injured", outlets: 2 },
    // The wire (with its rewrite) and the trade paper ("switched off the whole 24-turbine site").
    { text: "Glas Energy said it had shut down all 24 turbines at the site", outlets: 2 },
    { text: "A bolt failure at the root of the blade caused the break", outlets: 1 },
  ],
  headline: ["restarted", "restart"],
  summary: {
    holds: ["restarted", "19"],
    never: ["Engineers found cracks in the blades of two more turbines", "the company has offered £10,000"],
  },
  sameEntry: [
    [
      "A 62-metre blade broke off a turbine at the Bryn Uchaf wind farm late on Sunday",
      "failed at Glas Energy's Bryn Uchaf wind farm on Sunday night",
    ],
  ],
  order: [
    "A 62-metre blade broke off a turbine at the Bryn Uchaf wind farm late on Sunday",
    "farmers who found them said on Tuesday",
    "restarted 19 of the 24 turbines at its Bryn Uchaf wind farm on Friday",
    "which could take until June",
  ],
  supersession: {
    apart: [
      ["cracks in the blades of two more turbines", "cracks near the root of blades on four more"],
      ["had shut down all 24 turbines at the site", "restarted 19 of the 24 turbines"],
      ["the company has offered £10,000", "agreed to put £25,000 into a community safety fund"],
    ],
    current: [
      "will stay off until new blades arrive",
      "each 150 metres tall to the blade tip",
      "A bolt failure at the root of the blade caused the break",
    ],
  },
};
