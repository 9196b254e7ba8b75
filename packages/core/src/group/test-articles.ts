// Test helpers shared by the grouping tests: bundled texts read simply, without the ingest pipeline.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LookAlikeArticle, lookAlikeArticles } from "../eval/testing/look-alike-events.js";
import type { GroupableArticle } from "./groupable-article.js";

const SEEDS = new URL("../../../../samples/seeds/", import.meta.url);

/** The five seed articles: first line as title, the rest as text (004 has no real title; fine here). */
export function seedArticles(): GroupableArticle[] {
  const folder = SEEDS.pathname;
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const [title = "", ...rest] = readFileSync(join(folder, name), "utf8").split("\n");
      return { id: name, title, text: rest.join("\n"), publishedAt: null };
    });
}

export type LabelledArticle = LookAlikeArticle & GroupableArticle;

/** Look-alike-event articles of the given topics, with their gold event ids (`story`). */
export function labelledArticles(topics: string[]): LabelledArticle[] {
  return lookAlikeArticles(topics);
}

const march = (day: number, hour: number) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();

/**
 * Two warehouse fires on the same days, in Leeds and in Ghent, three reports each: written alike (the
 * blaze, the smoke, closed windows, the roof, investigators) but with their own places, names and
 * figures. Story ids are `leeds` and `ghent`.
 */
export function warehouseFires(): Array<GroupableArticle & { story: string }> {
  return [
    {
      id: "leeds-1",
      story: "leeds",
      title: "Fire destroys tyre warehouse in Leeds",
      publishedAt: march(3, 8),
      text: "Firefighters spent the night fighting a blaze at a tyre warehouse on Kirkstall Road in Leeds. Forty firefighters and eight engines from West Yorkshire Fire and Rescue tackled the flames. Thick black smoke drifted over the city and residents were told to keep windows closed. Station manager Priya Desai said two workers were treated for smoke inhalation.",
    },
    {
      id: "ghent-1",
      story: "ghent",
      title: "Huge fire at furniture warehouse in Ghent",
      publishedAt: march(3, 9),
      text: "Firefighters battled a huge blaze at a furniture warehouse in the Dampoort district of Ghent. Sixty firefighters fought the flames through the night and thick smoke drifted over the city. Residents were told to keep windows closed. Fire service spokesman Jan Peeters said nobody was injured and the roof collapsed.",
    },
    {
      id: "leeds-2",
      story: "leeds",
      title: "Leeds warehouse blaze: two treated for smoke inhalation",
      publishedAt: march(3, 11),
      text: "A fire at the Hallam Tyres warehouse on Kirkstall Road, Leeds, sent black smoke across the city. West Yorkshire Fire and Rescue sent eight engines and forty firefighters. Priya Desai, the station manager, said two workers were treated for smoke inhalation and the roof collapsed. Investigators will examine the cause of the fire.",
    },
    {
      id: "ghent-2",
      story: "ghent",
      title: "Ghent blaze: Vandersteen furniture warehouse lost",
      publishedAt: march(3, 13),
      text: "The Vandersteen furniture warehouse in Ghent's Dampoort district burned down overnight. Sixty firefighters fought the blaze and smoke drifted across the city, so residents were told to keep windows closed. Jan Peeters of the Ghent fire service said nobody was injured. Investigators will examine the cause of the fire.",
    },
    {
      id: "leeds-3",
      story: "leeds",
      title: "Investigators search Hallam Tyres site after Kirkstall Road fire",
      publishedAt: march(4, 9),
      text: "Fire investigators began searching the burnt-out Hallam Tyres warehouse in Leeds. The blaze on Kirkstall Road needed forty firefighters. Station manager Priya Desai of West Yorkshire Fire and Rescue said the cause was not yet known. Residents near Kirkstall Road had kept their windows closed against the smoke.",
    },
    {
      id: "ghent-3",
      story: "ghent",
      title: "Cause of Dampoort warehouse fire under investigation",
      publishedAt: march(4, 10),
      text: "Investigators are searching the ruins of the Vandersteen warehouse in Ghent after the Dampoort fire. Spokesman Jan Peeters said the sixty firefighters had saved neighbouring homes and the cause was not yet known. Residents of Dampoort had kept their windows closed against the smoke.",
    },
  ];
}
