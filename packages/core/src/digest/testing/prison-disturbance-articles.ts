import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by facts34 (2026-12-06, texts and expectations written before
 * running any code on them): five articles from four British outlets on a disturbance at HMP
 * Ashcombe, a category B prison, on Sunday 16 November 2031, and the days after. Real disagreements:
 * the prison's size ("HMP Ashcombe, which can hold 820 men", "the 900-place prison"), a wing's size
 * ("the 120-cell wing", "Fenwick wing, which has 140 cells"), officers hurt ("Nine prison officers
 * were taken to hospital", "Hospitals … treated 12 officers overnight"), and the union's size in a relative
 * clause and a possessive ("which represents about 30,000 officers … since Sunday", "the union's
 * 26,000 members"). Traps: the men the prison held that day against its size (a running count against
 * a standing one), prisoners moved out on two days and in all (parts and their sum), a repair bill the
 * Prison Service first put at £2m and itself raised to £3.4m, the union's demand for 200 more officers
 * against the ministry's offer of 60, prisoners who took part, "about 70" against "73". Test support
 * only.
 * First run, before any fix: disagreements 0 right, 0 wrong, no trap taken; quotes, timeline and
 * corroboration all right.
 * After facts34's rules: 1/4 right (the wing's cells), 0 wrong, no trap taken; still missed: the
 * prison's places ("can hold 820 men", "900-place"), the union's size ("represents about 30,000
 * officers", "the union's 26,000 members"), and officers taken to hospital against those hospitals
 * treated overnight the next morning (read as a hospital count grown by the next day, an older rule).
 */
const PRISON_DISTURBANCE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "prison/1",
    externalId: "pr1",
    source: "Wessex Evening Post",
    url: "https://wessexeveningpost.example/news/hmp-ashcombe-disturbance",
    publishedAt: "2031-11-16T21:00:00Z",
    title: "Riot squads sent in as disturbance breaks out at HMP Ashcombe",
    originalText: [
      "Specialist riot officers were sent into HMP Ashcombe on Sunday afternoon after prisoners took control of part of a wing.",
      "About 70 prisoners were involved in the disturbance, the Prison Service said.",
      "HMP Ashcombe, which can hold 820 men, held 784 prisoners on Sunday morning, according to the Prison Service.",
      "Nine prison officers were taken to hospital.",
      "“Staff showed enormous courage in very frightening circumstances,” said governor Helen Achterberg.",
    ].join("\n"),
  },
  {
    input: "prison/2",
    externalId: "pr2",
    source: "Radio South Coast",
    url: "https://radiosouthcoast.example/news/ashcombe-wing-retaken",
    publishedAt: "2031-11-17T08:00:00Z",
    title: "Order restored at Ashcombe after nine hours",
    originalText: [
      "Order was restored at the 900-place prison shortly after midnight, nine hours after the disturbance began.",
      "Prisoners had barricaded themselves inside the 120-cell wing and set fire to mattresses.",
      "Hospitals in Dorchester and Yeovil treated 12 officers overnight, the ambulance service said.",
      "The Prison Service said the repair bill could reach £2m.",
    ].join("\n"),
  },
  {
    input: "prison/3",
    externalId: "pr3",
    source: "The National Ledger",
    url: "https://nationalledger.example/news/ashcombe-prisoners-moved",
    publishedAt: "2031-11-17T19:00:00Z",
    title: "Prisoners moved out of Ashcombe as union demands more staff",
    originalText: [
      "Forty prisoners were moved to other jails on Monday, the Ministry of Justice said.",
      "The disturbance started in Fenwick wing, which has 140 cells, shortly after 3pm on Sunday.",
      "The Prison Officers' Association, which represents about 30,000 officers, has called for a public inquiry since Sunday's disturbance.",
      "The association demanded 200 more officers for the prison.",
      "The Prison Service said 73 prisoners had taken part.",
      "“We have warned about staffing at Ashcombe for three years,” said POA national chair Gary Doyle.",
    ].join("\n"),
  },
  {
    input: "prison/4",
    externalId: "pr4",
    source: "Justice Weekly",
    url: "https://justiceweekly.example/news/ashcombe-repair-bill-rises",
    publishedAt: "2031-11-18T16:00:00Z",
    title: "Ashcombe repair bill rises to £3.4m",
    originalText: [
      "The Prison Service raised its estimate of the repair bill at Ashcombe to £3.4m on Tuesday after surveyors inspected the wing.",
      "A further 35 prisoners were transferred on Tuesday, bringing the number moved since Sunday to 75.",
      "The union's 26,000 members will be balloted on industrial action over staffing, it said.",
      "The Ministry of Justice offered to fund 60 extra officers at the prison.",
    ].join("\n"),
  },
  {
    input: "prison/5",
    externalId: "pr5",
    source: "Radio South Coast",
    url: "https://radiosouthcoast.example/news/ashcombe-officers-discharged",
    publishedAt: "2031-11-19T12:00:00Z",
    title: "Last Ashcombe officer leaves hospital",
    originalText: [
      "The last of the injured officers was discharged from hospital on Wednesday morning.",
      "Police said they had opened an investigation and would review footage from the wing.",
      "“No one should go to work and come home with a broken jaw,” said prisons minister Ruth Okonjo.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function prisonDisturbanceArticles(): Article[] {
  return linkNearDuplicates(PRISON_DISTURBANCE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/** Written from the texts above by facts34 (2026-12-06), before running any code on them. */
export const PRISON_DISTURBANCE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "Staff showed enormous courage in very frightening circumstances", speaker: "Helen Achterberg" },
    { text: "We have warned about staffing at Ashcombe for three years", speaker: "Gary Doyle" },
    { text: "No one should go to work and come home with a broken jaw", speaker: "Ruth Okonjo" },
  ],
  timeline: [
    { text: "Specialist riot officers were sent into HMP Ashcombe", dates: ["2031-11-16"] },
    { text: "Forty prisoners were moved to other jails on Monday", dates: ["2031-11-17"] },
    { text: "raised its estimate of the repair bill", dates: ["2031-11-18"] },
    { text: "was discharged from hospital on Wednesday morning", dates: ["2031-11-19"] },
  ],
  neverDated: [],
  disagreements: [
    // The prison's size.
    { values: ["820", "900"], outlets: ["Wessex Evening Post", "Radio South Coast"] },
    // The wing's size.
    { values: ["120", "140"], outlets: ["Radio South Coast", "The National Ledger"] },
    // Officers hurt, taken to hospital or treated there.
    { values: ["Nine", "12"], outlets: ["Wessex Evening Post", "Radio South Coast"] },
    // The union's size, in a relative clause and in a possessive.
    { values: ["30,000", "26,000"], outlets: ["The National Ledger", "Justice Weekly"] },
  ],
  notDisagreements: [
    // Men held that day against the places.
    ["784", "820"],
    ["784", "900"],
    // Prisoners moved on Monday, on Tuesday, and in all.
    ["Forty", "35"],
    ["Forty", "75"],
    ["35", "75"],
    // The repair bill, raised by its own sayer.
    ["£2m", "£3.4m"],
    // A demand against an offer.
    ["200", "60"],
    // Prisoners involved, a round figure against an exact one.
    ["70", "73"],
  ],
  corroboration: [{ text: "Police said they had opened an investigation", outlets: 1 }],
};
