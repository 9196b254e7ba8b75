export { floorsOfStoryBuilding } from "./building-floors.js";
export {
  EVENT_NAMES,
  eventBeforeCount,
  FIGURE_PUT_AT,
  findNumberMentions,
  inSpeakersOwnPlace,
  isLengthUnit,
  isMoneyUnit,
  type NumberMention,
  sameThingAs,
} from "./find-number-mentions.js";
export { sizedThing } from "./thing-dimension.js";
