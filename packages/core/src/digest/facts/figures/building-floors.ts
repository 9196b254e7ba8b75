import type { Article } from "../../../model/index.js";
import type { NumberMention } from "./find-number-mentions.js";

/**
 * A building's floors, however an outlet tells them: "a 12-storey block in Dunmore", "the 15-story
 * Arden House", "the 20-storey tower". Storeys and stories are one unit and every noun for the
 * building one thing; a building named is that building ("the neighbouring 9-storey Harbour Court" is
 * another one), and a building described without its name is the one the story is about: the named
 * building its texts name most often, when they name it more than once. Floors told beside an earlier year's event ("the 2017 fire, in a
 * 24-storey tower") are that event's building, not this story's.
 */
const FLOOR_UNIT = /^(?:storey|story|stories|storeys|floor)$/;
/** "-story Beacon Court", "-storey Harbour Court": the building's name right after its floors. */
export const FLOORS_BEFORE_NAME = /^-(?:storey|story)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)/u;
const YEAR = /\b(?:19|20)\d\d\b/g;

/** A building's floors read as one measure: unit "storey", event "building", the building's name as owner when written. */
export function buildingFloors(mention: NumberMention): NumberMention | null {
  const text = mention.item.sentence.text;
  const after = text.slice(mention.end - mention.item.sentence.start);
  const name = FLOORS_BEFORE_NAME.exec(after)?.[1];
  if (!name && !FLOOR_UNIT.test(mention.unit ?? "")) return null;
  // Only floors set before the building's noun or name ("a 14-storey block"), never a floor reached.
  if (!/^-(?:storey|story)\b/i.test(after)) return null;
  return {
    ...mention,
    unit: "storey",
    event: "building",
    // A building's floors do not change in days: reports of any day compare.
    size: true,
    ...(name ? { owner: name.toLowerCase() } : {}),
  };
}

/**
 * The floors of buildings described without their name, given to the named building the story's
 * texts name most often (see buildingFloors); others as they were.
 */
export function floorsOfStoryBuilding(
  mentions: readonly NumberMention[],
  articles: readonly Article[],
): NumberMention[] {
  const floors = mentions.filter((mention) => mention.unit === "storey" && mention.event === "building");
  if (floors.length === 0 || floors.every((mention) => mention.owner)) return [...mentions];
  const names = [...new Set(floors.flatMap((mention) => (mention.owner ? [mention.owner] : [])))];
  const timesNamed = (name: string) =>
    articles.reduce((sum, article) => sum + (article.text.toLowerCase().split(name).length - 1), 0);
  const best = names.length > 0 ? names.reduce((top, name) => (timesNamed(name) > timesNamed(top) ? name : top)) : null;
  // A building named once ("the neighbouring 15-storey Mill House") is a detail of the story, not its subject.
  const main = best && timesNamed(best) > 1 ? best : null;
  return mentions.map((mention) => {
    if (mention.unit !== "storey" || mention.event !== "building" || mention.owner) return mention;
    const published = mention.item.article.publishedAt?.slice(0, 4) ?? "";
    const before = mention.item.sentence.text.slice(0, mention.start - mention.item.sentence.start);
    const earlier = [...before.matchAll(YEAR)].find((match) => published && match[0] < published)?.[0];
    if (earlier) return { ...mention, owner: `the building of ${earlier}` };
    return main ? { ...mention, owner: main } : mention;
  });
}
