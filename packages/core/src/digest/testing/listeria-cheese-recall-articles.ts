/**
 * Held-out batch T (lead session 32, 2026-12-07), written by heldout22 before any run; unfitted.
 * A listeria outbreak traced to a Wisconsin creamery's soft-ripened cheese, with deaths and a recall, Monday 8 to Thursday 11 May 2045.
 */
import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

const DRAFTS: readonly ArticleDraft[] = [
  {
    input: "lx/1",
    externalId: "l1",
    source: "United Press Network",
    url: "https://unitedpressnetwork.example/health/listeria-outbreak-soft-cheese",
    publishedAt: "2045-05-08T20:00:00Z",
    title: "Two dead in listeria outbreak linked to soft cheese",
    originalText: [
      "ATLANTA (UPN) — Two people have died and 11 have been sickened in five states in a listeria outbreak linked to a soft-ripened cheese made by a Wisconsin creamery, federal health officials said Monday.",
      "The illnesses began between March 2 and April 21, the Centers for Disease Control and Prevention said.",
      "Nine of the sick were hospitalized.",
      "The cheese, sold as Larkspur Dairy Meadow Round, comes in 8-ounce wheels with a white rind.",
      "“If you have this cheese in your fridge, throw it out,” said Dr. Alana Reyes, who leads the CDC's outbreak response team.",
      "A listeria outbreak traced to cantaloupes killed 33 people in 2011.",
    ].join("\n"),
  },
  {
    input: "lx/2",
    externalId: "l2",
    source: "Food Safety Ledger",
    url: "https://foodsafetyledger.example/recalls/larkspur-dairy-meadow-round-listeria",
    publishedAt: "2045-05-09T15:00:00Z",
    title: "Larkspur Dairy recalls soft cheese over listeria",
    originalText: [
      "Larkspur Dairy of Fennimore, Wisconsin, on Tuesday recalled about 14,000 pounds of soft-ripened cheese made between Feb. 20 and April 30.",
      "The recalled Meadow Round and Little Meadow cheeses were sold in 23 states and make up about 40 percent of the creamery's output.",
      "The family-owned dairy, founded in 1987, employs 42 people.",
      "“We are heartbroken, and we are cooperating fully with the FDA,” Larkspur Dairy owner Tom Brekke said in a statement.",
      "Soft cheeses made from pasteurized milk can still be contaminated after pasteurization, in brining or ripening rooms.",
    ].join("\n"),
  },
  {
    input: "lx/3",
    externalId: "l3",
    source: "The Tri-State Herald",
    url: "https://tristateherald.example/news/dubuque-woman-listeria-death",
    publishedAt: "2045-05-09T22:00:00Z",
    title: "Dubuque retired teacher among listeria victims",
    originalText: [
      "DUBUQUE — June Haskell, a 78-year-old retired teacher, died at a Dubuque hospital on April 28 after eating cheese now linked to a multistate listeria outbreak, her family said.",
      "Of the 11 people sickened, 10 were hospitalized, the CDC said Monday.",
      "The Fennimore creamery recalled its soft cheeses today in what it called an 11,500-pound recall.",
      "Her daughter, Carol Meyer, said the family had bought the cheese at a farmers market in early April.",
      "“Mom loved that cheese. She had it on crackers every Sunday,” Meyer said.",
    ].join("\n"),
  },
  {
    input: "lx/4",
    externalId: "l4",
    source: "United Press Network",
    url: "https://unitedpressnetwork.example/health/listeria-outbreak-third-death",
    publishedAt: "2045-05-11T19:00:00Z",
    title: "Third death in listeria outbreak as cases rise to 17",
    originalText: [
      "ATLANTA (UPN) — The listeria outbreak linked to Larkspur Dairy cheese has grown to 17 illnesses in seven states, and a third person has died, the CDC said Thursday.",
      "Fourteen of the 17 have been hospitalized, and those sickened range in age from 34 to 88.",
      "Among the dead is June Haskell, 81, of Dubuque, Iowa.",
      "FDA inspectors found listeria on a floor drain and a brining tank at the Fennimore plant during a visit on May 3.",
      "The recalled cheese accounted for 35 percent of what the creamery produces.",
      "Symptoms can appear up to 70 days after eating contaminated food, so more cases are expected, Reyes said.",
    ].join("\n"),
  },
  {
    input: "lx/5",
    externalId: "l5",
    source: "Midwest Daily Times",
    url: "https://midwestdailytimes.example/news/listeria-cheese-third-death-17-sick",
    publishedAt: "2045-05-11T23:00:00Z",
    title: "Listeria outbreak tied to Wisconsin cheese claims third life",
    originalText: [
      "A third person has died in the listeria outbreak tied to Larkspur Dairy cheese, which has now sickened 17 people in seven states, the CDC said Thursday.",
      "Fourteen of them were hospitalized; the youngest is 34 and the oldest 88.",
      "June Haskell, 81, of Dubuque, Iowa, is among those who died.",
      "Federal inspectors found the bacteria on a floor drain and a brining tank at the creamery on May 3.",
      "The recalled cheeses were 35 percent of the dairy's production.",
    ].join("\n"),
  },
  {
    input: "lx/6",
    externalId: "l6",
    source: "The National Tattler",
    url: "https://nationaltattler.example/news/killer-cheese-listeria-warning",
    title: "Check your fridge: killer cheese warning",
    originalText: [
      "Cheese lovers have been told to check their fridges after a listeria outbreak linked to a fancy French-style cheese killed three people.",
      "The $14-a-wheel Meadow Round was sold at farmers markets and upscale grocers.",
      "‘I'll never touch soft cheese again,’ said Milwaukee dad Greg Tolliver, 46, who spent nine days in hospital.",
      "His lawyer is seeking $2 million from the dairy.",
      "Pregnant women and people over 65 are most at risk, doctors warn.",
    ].join("\n"),
  },
];

export function listeriaCheeseRecallArticles(): Article[] {
  return linkNearDuplicates(DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above before any run. "Monday" in Monday's wire is 8 May, and "said Monday" in
 * Tuesday's Herald also the 8th; "on Tuesday" in Tuesday's trade story and "today" in Tuesday's Herald the
 * 9th; "Thursday" in Thursday's wire and its rewrite the 11th; "March 2", "April 21", "Feb. 20", "April 30",
 * "April 28" and "May 3" in May are this year's. The Midwest Daily Times story is a syndicated rewrite of
 * the wire's Thursday story. The Tattler's story is undated.
 */
export const LISTERIA_CHEESE_RECALL_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "If you have this cheese in your fridge, throw it out", speaker: "Alana Reyes" },
    { text: "We are heartbroken, and we are cooperating fully with the FDA", speaker: "Tom Brekke" },
    { text: "Mom loved that cheese. She had it on crackers every Sunday", speaker: "Carol Meyer" },
    { text: "I'll never touch soft cheese again", speaker: "Greg Tolliver" },
  ],
  timeline: [
    {
      text: "in a listeria outbreak linked to a soft-ripened cheese made by a Wisconsin creamery, federal health officials said Monday",
      dates: ["2045-05-08"],
    },
    { text: "The illnesses began between March 2 and April 21", dates: ["2045-03-02", "2045-04-21"] },
    { text: "on Tuesday recalled about 14,000 pounds of soft-ripened cheese", dates: ["2045-05-09"] },
    { text: "died at a Dubuque hospital on April 28", dates: ["2045-04-28"] },
    { text: "Of the 11 people sickened, 10 were hospitalized, the CDC said Monday", dates: ["2045-05-08"] },
    { text: "The Fennimore creamery recalled its soft cheeses today", dates: ["2045-05-09"] },
    {
      text: "has grown to 17 illnesses in seven states, and a third person has died, the CDC said Thursday",
      dates: ["2045-05-11"],
    },
    { text: "at the Fennimore plant during a visit on May 3", dates: ["2045-05-03"] },
    { text: "which has now sickened 17 people in seven states, the CDC said Thursday", dates: ["2045-05-11"] },
    { text: "a brining tank at the creamery on May 3", dates: ["2045-05-03"] },
  ],
  neverDated: [
    { text: "killed 33 people in 2011", date: "2011" },
    { text: "founded in 1987", date: "1987" },
    { text: "at the Fennimore plant during a visit on May 3", date: "2046-05-03", exact: true },
    // "Monday" in a Tuesday paper is the day before, not the next Monday.
    { text: "Of the 11 people sickened, 10 were hospitalized, the CDC said Monday", date: "2045-05-15", exact: true },
  ],
  disagreements: [
    // Those hospitalized among Monday's 11: "Nine of the sick" against "10 were hospitalized".
    { values: ["Nine", "10"], outlets: ["United Press Network", "The Tri-State Herald"] },
    // The recall's size: after "recalled about" against inside "an 11,500-pound recall".
    { values: ["14,000", "11,500"], outlets: ["Food Safety Ledger", "The Tri-State Herald"] },
    // June Haskell's age: "a 78-year-old" against ", 81," (the wire; its rewrite counts once).
    { values: ["78", "81"], outlets: ["The Tri-State Herald", "United Press Network"] },
    // The recalled cheese's share of the creamery's output.
    { values: ["40", "35"], outlets: ["Food Safety Ledger", "United Press Network"] },
  ],
  notDisagreements: [
    // The sick, the dead, the states and the hospitalized as the outbreak grew.
    ["11", "17"],
    ["Two", "third"],
    ["five", "seven"],
    ["Nine", "Fourteen"],
    ["10", "Fourteen"],
    // The hospitalized against all the sick.
    ["Fourteen", "17"],
    // States where it was sold against states with illness.
    ["23", "seven"],
    ["23", "five"],
    // An age range against one victim's age inside it, and another patient's.
    ["88", "81"],
    ["34", "46"],
    // A 2011 precedent.
    ["33", "17"],
    // A lawsuit's demand against a wheel's price.
    ["2", "14"],
    // The wheel's weight against the recall's.
    ["8", "14,000"],
    // Employees against the recall's share.
    ["42", "40"],
    // Days in hospital against days until symptoms.
    ["nine", "70"],
    // The risk age against a victim's.
    ["65", "81"],
  ],
  corroboration: [
    // The wire and its rewrite count once; the Tattler tells the three deaths in other words.
    { text: "has grown to 17 illnesses in seven states, and a third person has died", outlets: 2 },
    // The wire and its rewrite count once; no one else tells the inspection.
    { text: "FDA inspectors found listeria on a floor drain and a brining tank", outlets: 1 },
    // The Herald and the wire (with its rewrite) both tell Haskell's death.
    { text: "Among the dead is June Haskell, 81, of Dubuque, Iowa", outlets: 2 },
  ],
  headline: ["third", "17"],
  summary: {
    holds: ["Larkspur", "17"],
    never: ["Two people have died and 11 have been sickened in five states"],
  },
  sameEntry: [
    [
      "on Tuesday recalled about 14,000 pounds of soft-ripened cheese",
      "The Fennimore creamery recalled its soft cheeses today",
    ],
    ["at the Fennimore plant during a visit on May 3", "a brining tank at the creamery on May 3"],
  ],
  order: [
    "The illnesses began between March 2 and April 21",
    "died at a Dubuque hospital on April 28",
    "at the Fennimore plant during a visit on May 3",
    "federal health officials said Monday",
    "on Tuesday recalled about 14,000 pounds of soft-ripened cheese",
    "has grown to 17 illnesses in seven states, and a third person has died, the CDC said Thursday",
  ],
  supersession: {
    apart: [
      ["Two people have died and 11 have been sickened in five states", "has grown to 17 illnesses in seven states"],
      ["Nine of the sick were hospitalized", "Fourteen of the 17 have been hospitalized"],
    ],
    current: [
      "on Tuesday recalled about 14,000 pounds of soft-ripened cheese",
      "died at a Dubuque hospital on April 28",
      "so more cases are expected",
    ],
  },
};
