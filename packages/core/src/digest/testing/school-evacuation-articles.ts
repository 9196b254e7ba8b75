import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes25 (2026-12-06, before running any code on it): five
 * articles from five outlets on the evacuation of St Columba's Primary School in Ashbury after a gas
 * leak on Tuesday 11 May 2027, the 14 pupils taken to hospital and discharged, and the school's
 * reopening on Thursday 13 May. Quote styles: "“…,” said the headteacher, X", "Station Manager X, of
 * …, said: “…”", an unnamed parent, "According to Mrs Okoye, “every …”", a mother and her husband
 * named together ("Priya Shah and her husband, Rakesh") then "she said" and "he said", their daughter
 * with the same surname and her age, "Ms Shah" meaning the mother, a gas network's spokesman and "the
 * spokesman said", "Dr X … said" then "he said", "who gave her name only as Leanne", "Insp Walsh"
 * after "Inspector Karen Walsh", "Mr Holt said the readings were “well above … .”" across two
 * sentences, an em-dash line naming a letter's writer, US punctuation ("Mr. Shah") in an article that
 * names no other Shah, a pupil in single quotes after her year group, "X said, adding …". Traps: a
 * child's words in a paraphrase, a shouted "fire drill" label, paraphrases. Test support only.
 */
const SCHOOL_EVACUATION_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "school/1",
    externalId: "se1",
    source: "Ashbury Gazette",
    url: "https://ashburygazette.example/news/st-columbas-school-evacuated-gas-leak",
    publishedAt: "2027-05-11T13:30:00Z",
    title: "Primary school evacuated after gas leak",
    originalText: [
      "More than 300 pupils were evacuated from St Columba’s Primary School in Ashbury on Tuesday morning after staff smelled gas in the main corridor.",
      "Fourteen children were taken to Westshire General Hospital as a precaution.",
      "“The children were brilliant. They walked out in their lines exactly as they have practised,” said the headteacher, Janet Okoye.",
      "Station Manager Derek Holt, of Westshire Fire and Rescue Service, said: “Crews found high readings of gas in the boiler house and isolated the supply.”",
      "A parent who asked not to be named said: “Nobody told us anything for an hour. We found out on Facebook.”",
      "According to Mrs Okoye, “every child was accounted for within six minutes.”",
    ].join("\n"),
  },
  {
    input: "school/2",
    externalId: "se2",
    source: "BBC News",
    url: "https://bbc.example/news/uk-england-westshire-school-gas-leak",
    publishedAt: "2027-05-11T18:05:00Z",
    title: "Ashbury school gas leak: Parents describe rush to St Columba’s",
    originalText: [
      "Parents rushed to St Columba’s Primary School in Ashbury on Tuesday after it was evacuated because of a gas leak.",
      "Priya Shah and her husband, Rakesh, left work when their daughter’s teacher phoned them.",
      "“When you hear the word gas and the word hospital in one sentence, your heart stops,” she said.",
      "“We just ran. I left the car in the middle of the road with the engine running,” he said.",
      "Their daughter, Meera Shah, 10, told her parents she had smelled something like rotten eggs before assembly.",
      "“She’s fine. She’s more worried about missing her spelling test,” Ms Shah said.",
      "Westshire Fire and Rescue Service said the leak had been made safe by early afternoon.",
    ].join("\n"),
  },
  {
    input: "school/3",
    externalId: "se3",
    source: "Westshire Live",
    url: "https://westshirelive.example/news/ashbury-school-gas-pipe-corroded",
    publishedAt: "2027-05-12T08:15:00Z",
    title: "Corroded pipe joint blamed for school gas leak as pupils sent home from hospital",
    originalText: [
      "A corroded pipe joint under the boiler house caused the gas leak that forced the evacuation of St Columba’s Primary School, engineers said.",
      "A spokesman for Northway Gas Networks said the joint had been replaced overnight.",
      "“The supply to the school has been made safe and will stay off until the boiler has been inspected,” the spokesman said.",
      "All 14 pupils taken to hospital were discharged on Tuesday evening.",
      "Dr Simon Achterberg, a consultant in health protection at the UK Health Security Agency, said the children had been kept in for observation only.",
      "“There is no reason to expect any lasting effects,” he said.",
      "One mother, who gave her name only as Leanne, said: “My son came out of there as white as a sheet.”",
      "Inspector Karen Walsh said officers had closed Mill Road for four hours.",
      "“I want to thank residents for their patience,” said Insp Walsh.",
    ].join("\n"),
  },
  {
    input: "school/4",
    externalId: "se4",
    source: "PA Media",
    url: "https://pamedia.example/ashbury-school-gas-leak-reopen",
    publishedAt: "2027-05-12T15:40:00Z",
    title: "School hit by gas leak to reopen on Thursday",
    originalText: [
      "St Columba’s Primary School in Ashbury will reopen on Thursday, two days after a gas leak forced its evacuation, its headteacher said.",
      "Mrs Okoye said the boiler house would stay locked until the inspection was finished.",
      "“We will not open the doors until we are certain the building is safe,” she added.",
      "Mr Holt said the readings on Tuesday were “well above the level at which we evacuate. Had the boiler fired, we could have been looking at something very different.”",
      "Some pupils told reporters they had thought the alarm was a “fire drill”.",
      "“Proud of every single one of them.” — Janet Okoye, headteacher, in a letter to parents",
    ].join("\n"),
  },
  {
    input: "school/5",
    externalId: "se5",
    source: "Ashbury Gazette",
    url: "https://ashburygazette.example/news/st-columbas-reopens",
    publishedAt: "2027-05-13T16:50:00Z",
    title: "Back to class at St Columba’s",
    originalText: [
      "Pupils returned to St Columba’s Primary School on Thursday morning, two days after the gas leak.",
      "Mr. Shah, who drove his daughter to the gates, said: “She ran in without looking back. That’s all I needed to see.”",
      "‘It feels like a normal day again,’ said Year 6 pupil Meera Shah.",
      "The school’s governors have commissioned an independent review of the building’s gas safety, their chair, Alan Pryce, said.",
      "“We owe parents answers, and they will get them,” Pryce said, adding that the review would report by the end of July.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function schoolEvacuationArticles(): Article[] {
  return linkNearDuplicates(SCHOOL_EVACUATION_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes25 (2026-12-06), before running any code on them. No real
 * disagreement: "more than 300 pupils" and "14" are told once each.
 */
export const SCHOOL_EVACUATION_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The children were brilliant.", speaker: "Janet Okoye" },
    { text: "They walked out in their lines exactly as they have practised", speaker: "Janet Okoye" },
    { text: "Crews found high readings of gas in the boiler house", speaker: "Derek Holt" },
    // Unnamed and described: the description.
    { text: "Nobody told us anything for an hour.", speaker: "a parent" },
    { text: "We found out on Facebook.", speaker: "a parent" },
    { text: "every child was accounted for within six minutes", speaker: "Janet Okoye", partial: true },
    // "she said" / "he said" after "Priya Shah and her husband, Rakesh": the wife, then the husband
    // with the surname he shares with her.
    { text: "When you hear the word gas and the word hospital", speaker: "Priya Shah" },
    { text: "We just ran.", speaker: "Rakesh Shah" },
    { text: "I left the car in the middle of the road", speaker: "Rakesh Shah" },
    // "Ms Shah": the mother, not their daughter of 10.
    { text: "She’s fine.", speaker: "Priya Shah" },
    { text: "She’s more worried about missing her spelling test", speaker: "Priya Shah" },
    { text: "The supply to the school has been made safe", speaker: "a spokesman for Northway Gas Networks" },
    { text: "There is no reason to expect any lasting effects", speaker: "Simon Achterberg" },
    // Gave her first name only: that name.
    { text: "My son came out of there as white as a sheet.", speaker: "Leanne" },
    { text: "I want to thank residents for their patience", speaker: "Karen Walsh" },
    { text: "We will not open the doors until we are certain the building is safe", speaker: "Janet Okoye" },
    // Opens in lower case inside the writer's sentence and runs over two sentences.
    {
      text: "well above the level at which we evacuate. Had the boiler fired, we could have been looking at something very different.",
      speaker: "Derek Holt",
      partial: true,
    },
    // (“fire drill”, what several pupils thought the alarm was, is a label in a paraphrase: not listed.)
    { text: "Proud of every single one of them.", speaker: "Janet Okoye" },
    // "Mr. Shah": the father (the only man of that name in the story).
    { text: "She ran in without looking back.", speaker: "Rakesh Shah" },
    { text: "That’s all I needed to see.", speaker: "Rakesh Shah" },
    { text: "It feels like a normal day again", speaker: "Meera Shah" },
    { text: "We owe parents answers, and they will get them", speaker: "Alan Pryce" },
  ],
  timeline: [
    {
      text: "More than 300 pupils were evacuated from St Columba’s Primary School in Ashbury on Tuesday morning",
      dates: ["2027-05-11"],
    },
    {
      text: "Pupils returned to St Columba’s Primary School on Thursday morning, two days after the gas leak.",
      dates: ["2027-05-13"],
    },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [["300", "14"]],
  corroboration: [],
};
