import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes22 (2026-12-06, before running any code on it): five
 * articles from five outlets on the public inquiry into the collapse of the Mill Lane footbridge in
 * Sutton Coldfield, which killed a grandmother and her grandson on 14 March 2026: the opening on
 * Monday 9 November, an inspecting engineer's evidence on Wednesday 11 November, a council engineer's
 * on Tuesday 17 November, and a Sunday paper's analysis. Quote styles: a partial quote after "said the
 * bridge had been inspected … and", a quote over two sentences with the surname, "the judge said"
 * after the inquiry's chair named as a retired judge, a family's statement ("the Marsh family said:"),
 * straight single quotes continued after the attribution, "A spokeswoman for the council said it would
 * “…”", "told the inquiry … that he had been asked to inspect it “…”", "Asked by X why …, Y replied:
 * “…”", a firm's statement, a professor's partial quote, "X told the inquiry: “…”", a quote broken by
 * "Stanley said", "‘…,’ he said" after the chair asked him, a father's words, "According to X, the …
 * professor, “…”", a pull quote signed on the next line, a minister's words quoted inside a quote, "A
 * Department for Transport spokesman said:". Traps: a speaker called Sutton in Sutton Coldfield, a
 * firm of two surnames (Hargreaves Bell Partnership), the High Court, Mill Lane, three people called
 * Marsh. Test support only.
 */
const FOOTBRIDGE_INQUIRY_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "footbridge/1",
    externalId: "f1",
    source: "Midlands Press Association",
    url: "https://midlandspa.example/mill-lane-inquiry-opens",
    publishedAt: "2026-11-09T17:00:00Z",
    title: "Mill Lane footbridge inquiry opens with questions over inspections",
    originalText: [
      "The public inquiry into the collapse of the Mill Lane footbridge in Sutton Coldfield, which killed two people in March, opened in Birmingham on Monday.",
      "Elsie Marsh, 81, and her grandson Kai, 9, died when the span fell into the Birmingham and Fazeley Canal on 14 March.",
      "Counsel to the inquiry, Naomi Fairbairn KC, said the bridge had been inspected 11 times since 2015 and “on not one of those occasions did anyone go underneath it”.",
      "“The question is not whether this bridge failed. It is why nobody saw it coming,” Fairbairn said.",
      "The inquiry's chair, the retired High Court judge Margaret Lowther, said she expected to sit for eight weeks.",
      "“I will go where the evidence takes me, and I will not be hurried,” the judge said.",
      "In a statement read by their solicitor, the Marsh family said: “Elsie walked over that bridge every day of her life. She trusted it, and so did we.”",
    ].join("\n"),
  },
  {
    input: "footbridge/2",
    externalId: "f2",
    source: "Sutton Coldfield Observer",
    url: "https://suttonobserver.example/news/inquiry-public-gallery",
    publishedAt: "2026-11-10T08:00:00Z",
    title: "Green ribbons in the gallery as bridge inquiry begins",
    originalText: [
      "By Daniel Osei",
      "Dozens of residents filled the public gallery on the inquiry's opening day, many wearing green ribbons in memory of Elsie and Kai Marsh.",
      "'I used that bridge twice a day,' said Bernadette Quinlan, who lives on Mill Lane. 'You could feel it move under your feet for a year before it went.'",
      "Quinlan said she had reported the movement to the council in 2024.",
      "Birmingham City Council, which owned the bridge, has apologised to the family. A spokeswoman for the council said it would “not comment on evidence while the inquiry is sitting”.",
    ].join("\n"),
  },
  {
    input: "footbridge/3",
    externalId: "f3",
    source: "Engineering Record",
    url: "https://engineeringrecord.example/news/mill-lane-inspector-evidence",
    publishedAt: "2026-11-12T15:00:00Z",
    title: "Mill Lane inspector was told to use binoculars, inquiry hears",
    originalText: [
      "Graham Sutton, the structural engineer who carried out the bridge's last principal inspection in 2023, told the inquiry on Wednesday that he had been asked to inspect it “from the towpath, with binoculars”.",
      "Asked by Fairbairn why he had not recommended a closer look, Sutton replied: “Because I was told there was no budget for a boat or a cherry picker, and I believed that was the end of it.”",
      "Sutton's firm, Hargreaves Bell Partnership, said in a statement that it “stands by the professionalism of its staff”.",
      "The firm, based in Sutton Coldfield, has carried out more than 400 bridge inspections for West Midlands councils.",
      "Professor Lena Marchetti of the University of Birmingham, who is not involved in the inquiry, said inspections from a distance were “common, and commonly inadequate”.",
    ].join("\n"),
  },
  {
    input: "footbridge/4",
    externalId: "f4",
    source: "Birmingham Evening Post",
    url: "https://birminghamevepost.example/news/mill-lane-email-unread",
    publishedAt: "2026-11-17T18:30:00Z",
    title: "Corrosion warning on Mill Lane bridge sat unread for seven months",
    originalText: [
      "A senior council engineer admitted on Tuesday that a report warning of corrosion on the Mill Lane footbridge sat unread in a shared inbox for seven months.",
      "Colin Stanley, the council's head of highway structures, told the inquiry: “I have asked myself every day since March how that email was missed. I do not have an answer.”",
      "Stanley said the team responsible for 1,100 bridges and culverts had shrunk from 14 engineers to six since 2015.",
      "“We were firefighting,” Stanley said, “and a footbridge on a quiet lane was not the fire anyone was looking at.”",
      "Lowther asked him whether the corrosion report had been marked urgent. ‘It was marked amber,’ he said.",
      "Outside the hearing, Kai's father, Ryan Marsh, said: “Seven months. My son would be alive if someone had opened an email.”",
    ].join("\n"),
  },
  {
    input: "footbridge/5",
    externalId: "f5",
    source: "The Sunday Chronicle",
    url: "https://sundaychronicle.example/analysis/britains-forgotten-bridges",
    publishedAt: "2026-11-22T06:00:00Z",
    title: "After Mill Lane: how many more bridges is nobody looking at?",
    originalText: [
      "According to Lena Marchetti, the Birmingham engineering professor, “there are thousands of Mill Lanes out there, and most councils could not tell you which ones.”",
      "“Every council engineer in the country read that transcript and thought: that could have been us.”",
      "— Rebecca Thornley, president of the Institution of Highway Engineers",
      "“When I hear a minister say ‘safety is our first priority’, I want to ask him which budget line that is,” Thornley said.",
      "A Department for Transport spokesman said: “Local highway authorities are responsible for their own structures, and we have given them £8.3 billion for road maintenance.”",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function footbridgeInquiryArticles(): Article[] {
  return linkNearDuplicates(FOOTBRIDGE_INQUIRY_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes22 (2026-12-06), before running any code on them. No
 * disagreement: inspections, bridges, engineers then and now, a backlog.
 */
export const FOOTBRIDGE_INQUIRY_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "on not one of those occasions did anyone go underneath it", speaker: "Naomi Fairbairn", partial: true },
    { text: "The question is not whether this bridge failed.", speaker: "Naomi Fairbairn" },
    { text: "It is why nobody saw it coming", speaker: "Naomi Fairbairn" },
    // "the judge" is the inquiry's chair, a retired judge named in the sentence before.
    { text: "I will go where the evidence takes me", speaker: "Margaret Lowther" },
    { text: "Elsie walked over that bridge every day of her life.", speaker: "the Marsh family" },
    { text: "She trusted it, and so did we.", speaker: "the Marsh family" },
    // Straight single quotes, the second after the attribution.
    { text: "I used that bridge twice a day", speaker: "Bernadette Quinlan" },
    { text: "You could feel it move under your feet", speaker: "Bernadette Quinlan" },
    {
      text: "not comment on evidence while the inquiry is sitting",
      speaker: "a spokeswoman for Birmingham City Council",
      partial: true,
    },
    { text: "from the towpath, with binoculars", speaker: "Graham Sutton", partial: true },
    // "Asked by Fairbairn …, Sutton replied:": the one asked answers.
    { text: "Because I was told there was no budget", speaker: "Graham Sutton" },
    { text: "stands by the professionalism of its staff", speaker: "Hargreaves Bell Partnership", partial: true },
    { text: "common, and commonly inadequate", speaker: "Lena Marchetti", partial: true },
    { text: "I have asked myself every day since March", speaker: "Colin Stanley" },
    { text: "I do not have an answer.", speaker: "Colin Stanley" },
    { text: "We were firefighting", speaker: "Colin Stanley" },
    { text: "and a footbridge on a quiet lane", speaker: "Colin Stanley" },
    // "he said" after the chair asked him: the one asked answers.
    { text: "It was marked amber", speaker: "Colin Stanley" },
    { text: "Seven months.", speaker: "Ryan Marsh" },
    { text: "My son would be alive if someone had opened an email.", speaker: "Ryan Marsh" },
    { text: "there are thousands of Mill Lanes out there", speaker: "Lena Marchetti", partial: true },
    { text: "Every council engineer in the country read that transcript", speaker: "Rebecca Thornley" },
    // A minister's words inside her quote are part of it.
    { text: "When I hear a minister say", speaker: "Rebecca Thornley" },
    {
      text: "Local highway authorities are responsible for their own structures",
      speaker: "a Department for Transport spokesman",
    },
  ],
  timeline: [
    { text: "opened in Birmingham on Monday", dates: ["2026-11-09"] },
    { text: "died when the span fell into the Birmingham and Fazeley Canal on 14 March", dates: ["2026-03-14"] },
    { text: "told the inquiry on Wednesday that he had been asked", dates: ["2026-11-11"] },
    { text: "admitted on Tuesday that a report warning of corrosion", dates: ["2026-11-17"] },
    // Corrected by headline16: a warning given in 2024 is a step of the story before the collapse,
    // dated by its year as "Inspectors had recommended in 2023" is in the dam collapse, not background
    // (that is a year on a noun, "last principal inspection in 2023", or a span, "since 2015").
    { text: "reported the movement to the council in 2024", dates: ["2024"] },
  ],
  neverDated: [
    { text: "had been inspected 11 times since 2015", date: "2015", exact: true },
    { text: "last principal inspection in 2023", date: "2023", exact: true },
  ],
  disagreements: [],
  notDisagreements: [
    // Engineers then and now; inspections by one firm against bridges one council keeps.
    ["14", "six"],
    ["11", "400"],
    ["1,100", "400"],
    ["81", "9"],
  ],
  corroboration: [{ text: "Dozens of residents filled the public gallery", outlets: 1 }],
  headline: ["unread", "admitted", "corrosion"],
};
