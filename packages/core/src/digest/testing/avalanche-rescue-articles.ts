import { linkNearDuplicates, prepareArticle } from "../../ingest/index.js";
import type { Article, ArticleDraft } from "../../model/index.js";
import type { ExpectedFacts } from "./expected-facts.js";

/**
 * A story written as a held-out test by quotes25 (2026-12-06, before running any code on it): five
 * articles from five outlets on an avalanche in Coire Leith in the Cairngorms on Sunday 14 February
 * 2027 that buried four climbers, the rescue of a married couple that afternoon, the search that found
 * a Polish climber dead on Monday 15 February and the couple's discharge from hospital on Wednesday 17
 * February. Quote styles: "“…,” said X, leader of …", "Chief Inspector X of Police Scotland said: “…
 * …”", a climber described and unnamed, a wife and her husband named together ("Ruth Calder and her
 * husband, Iain") then "she said" and "he said", their son with the same surname and his age ("Their
 * son, Callum Calder, 14"), "Mr Calder" meaning the father, "who gave his name only as Tomasz", "Dr
 * Munro", "According to Grant, “the …”", British single quotes, "she said" after a man and a woman
 * are named in one sentence, a dead man's brother and "he added", "Sgt" before a name, an em-dash
 * line, "said Mrs Calder" in an article that names no Calder otherwise. Traps: a forecast's word in
 * quotation marks, paraphrases. Test support only.
 */
const AVALANCHE_RESCUE_DRAFTS: readonly ArticleDraft[] = [
  {
    input: "avalanche/1",
    externalId: "av1",
    source: "BBC Scotland",
    url: "https://bbc.example/news/uk-scotland-highlands-avalanche-coire-leith",
    publishedAt: "2027-02-14T17:20:00Z",
    title: "Four climbers caught in Cairngorms avalanche",
    originalText: [
      "Four climbers were caught in an avalanche in Coire Leith in the Cairngorms on Sunday morning.",
      "Two of them were dug out alive by rescuers on Sunday afternoon and flown to Raigmore Hospital in Inverness, and a search for the other two was called off at dusk.",
      "“The slope released above them without any warning and carried them about 200 metres,” said Hamish Grant, leader of the Cairngorm Mountain Rescue Team.",
      "Chief Inspector Fiona Baird of Police Scotland said: “Our thoughts are with the families of everyone involved. I would ask people to keep away from the area while the search goes on.”",
      "A climber who watched the slide from the opposite ridge said it was “like a wall of white smoke coming down the gully”.",
      "The Scottish Avalanche Information Service had rated the risk on north-east facing slopes as “considerable” on Sunday.",
      "The search will resume at first light on Monday.",
    ].join("\n"),
  },
  {
    input: "avalanche/2",
    externalId: "av2",
    source: "The Scotsman",
    url: "https://scotsman.example/news/cairngorms-avalanche-couple-rescued",
    publishedAt: "2027-02-15T06:40:00Z",
    title: "Couple pulled from avalanche after more than an hour under the snow",
    originalText: [
      "Ruth Calder, 44, and her husband, Iain, 46, from Perth, were dug out of the avalanche debris in Coire Leith after more than an hour under the snow.",
      "“I could hear the dogs above me, and I knew then that we would be all right,” she said.",
      "“I kept shouting her name until I had no voice left,” he said.",
      "Their son, Callum Calder, 14, had stayed behind at the Coire Cas car park with a friend of the family.",
      "“I just want to give them both a hug,” Callum said on Sunday night.",
      "Mr Calder, a joiner, said the family had climbed in the Cairngorms every winter for ten years.",
      "“We know these hills. That’s what makes this so hard to take in,” Mr Calder said.",
      "Two other climbers, both from Poland, were still missing last night.",
    ].join("\n"),
  },
  {
    input: "avalanche/3",
    externalId: "av3",
    source: "Press and Journal",
    url: "https://pressandjournal.example/fp/news/highlands/avalanche-search-climber-dead",
    publishedAt: "2027-02-15T15:10:00Z",
    title: "Climber found dead and another alive as avalanche search resumes",
    originalText: [
      "One of the two missing climbers was found dead on Monday morning, and the other was found alive in a snow hole he had dug below the debris, police said.",
      "The dead man was named as Marek Nowak, 35, from Kraków.",
      "One of the climbers in the next party up the gully, who gave his name only as Tomasz, said: “We dug with our hands and our ice axes until the team arrived.”",
      "Dr Eilidh Munro, a consultant in emergency medicine at Raigmore Hospital, said the Calders were being treated for hypothermia.",
      "“Both of them are awake and talking, which is the best news we could have had,” said Dr Munro.",
      "According to Grant, “the snowpack on north-east slopes has been unstable all week, and Sunday’s sun made it worse.”",
      "“Nobody wanted to say it, but we all knew what the second probe line meant,” said a rescue team member who asked not to be named.",
    ].join("\n"),
  },
  {
    input: "avalanche/4",
    externalId: "av4",
    source: "The Guardian",
    url: "https://guardian.example/uk-news/2027/feb/16/cairngorms-avalanche-polish-climber",
    publishedAt: "2027-02-16T10:00:00Z",
    title: "‘He would not want anyone to stop climbing’: brother of Cairngorms avalanche victim speaks",
    originalText: [
      "The brother of a Polish climber killed in an avalanche in the Cairngorms on Sunday has said he would not want the accident to keep others off the mountains.",
      "‘He was the strongest climber I knew, and the most careful,’ said the dead man’s brother, Jakub Nowak, 38, who flew from Kraków on Monday night.",
      "‘The hills gave Marek everything. They took him in the end, but he would not want anyone to stop climbing,’ he added.",
      "Hamish Grant stood beside Chief Inspector Fiona Baird as police confirmed the name of the dead man on Tuesday.",
      "‘No family should ever have to get the call that the Nowak family got on Monday,’ she said.",
      "Sgt Alan Reid, of Police Scotland’s mountain rescue unit, said the survivor found in the snow hole, a 29-year-old man, was stable.",
      "‘He did everything right, and it saved his life,’ Sgt Reid said.",
    ].join("\n"),
  },
  {
    input: "avalanche/5",
    externalId: "av5",
    source: "STV News",
    url: "https://stv.example/news/north/avalanche-couple-leave-hospital",
    publishedAt: "2027-02-17T18:15:00Z",
    title: "Avalanche couple leave hospital and thank rescuers",
    originalText: [
      "A couple buried in an avalanche in the Cairngorms on Sunday left Raigmore Hospital on Wednesday afternoon.",
      "“They gave us our lives back, and we will never be able to thank them enough,” said Mrs Calder as she left with her family.",
      "The rescue team has urged walkers to check the avalanche forecast before setting out this weekend.",
      "“Respect the forecast, and turn back when in doubt.” — Hamish Grant, Cairngorm Mountain Rescue Team",
      "Police Scotland said a report would be sent to the procurator fiscal.",
    ].join("\n"),
  },
];

/** The articles, prepared and linked as the product does it. */
export function avalancheRescueArticles(): Article[] {
  return linkNearDuplicates(AVALANCHE_RESCUE_DRAFTS.map((draft) => prepareArticle(draft)));
}

/**
 * Written from the texts above by quotes25 (2026-12-06), before running any code on them. No real
 * disagreement: each figure is told once.
 */
export const AVALANCHE_RESCUE_EXPECTED: ExpectedFacts = {
  quotes: [
    { text: "The slope released above them without any warning", speaker: "Hamish Grant" },
    { text: "Our thoughts are with the families of everyone involved.", speaker: "Fiona Baird" },
    { text: "I would ask people to keep away from the area", speaker: "Fiona Baird" },
    // Someone described and not named: the description, partial as it opens in lower case.
    { text: "like a wall of white smoke coming down the gully", speaker: "a climber", partial: true },
    // (“considerable”, a forecast's rating in quotation marks, is nobody's quotation: not listed.)
    // "she said" / "he said" after "Ruth Calder … and her husband, Iain": each to the right one, with
    // the surname the husband shares with her.
    { text: "I could hear the dogs above me", speaker: "Ruth Calder" },
    { text: "I kept shouting her name until I had no voice left", speaker: "Iain Calder" },
    // The son, by his first name in the article that named him in full.
    { text: "I just want to give them both a hug", speaker: "Callum Calder" },
    // "Mr Calder": the husband, not their son of 14.
    { text: "We know these hills.", speaker: "Iain Calder" },
    { text: "That’s what makes this so hard to take in", speaker: "Iain Calder" },
    // Gave his first name only: that name.
    { text: "We dug with our hands and our ice axes", speaker: "Tomasz" },
    { text: "Both of them are awake and talking", speaker: "Eilidh Munro" },
    // "According to Grant, “the …”": the surname from other articles; opens in lower case.
    { text: "the snowpack on north-east slopes has been unstable all week", speaker: "Hamish Grant", partial: true },
    {
      text: "Nobody wanted to say it, but we all knew what the second probe line meant",
      speaker: "a rescue team member",
    },
    { text: "He was the strongest climber I knew, and the most careful", speaker: "Jakub Nowak" },
    // "he added" after the brother: the brother, not the dead man named inside the quote.
    { text: "The hills gave Marek everything.", speaker: "Jakub Nowak" },
    // "she said" after Hamish Grant and Chief Inspector Fiona Baird are named together: the woman.
    { text: "No family should ever have to get the call", speaker: "Fiona Baird" },
    { text: "He did everything right, and it saved his life", speaker: "Alan Reid" },
    // "Mrs Calder": the wife, named in full in another outlet's article.
    { text: "They gave us our lives back", speaker: "Ruth Calder" },
    // An em-dash line after the quote.
    { text: "Respect the forecast, and turn back when in doubt.", speaker: "Hamish Grant" },
  ],
  timeline: [
    {
      text: "Four climbers were caught in an avalanche in Coire Leith in the Cairngorms on Sunday morning.",
      dates: ["2027-02-14"],
    },
    { text: "One of the two missing climbers was found dead on Monday morning", dates: ["2027-02-15"] },
    {
      text: "A couple buried in an avalanche in the Cairngorms on Sunday left Raigmore Hospital on Wednesday afternoon.",
      dates: ["2027-02-17"],
    },
  ],
  neverDated: [],
  disagreements: [],
  notDisagreements: [
    ["44", "46"],
    ["35", "38"],
  ],
  corroboration: [],
};
