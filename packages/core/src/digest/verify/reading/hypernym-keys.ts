import { stemOf } from "./analyze-text.js";

/**
 * General words a news summary uses for the specific ones its source gives ("a passenger jet" for "a
 * Boeing 737", "attacked" for "stabbed", "damage" for "cracks"), by comparison key. One way only: the
 * general word stands for any of its kinds, never a kind for the general word or for another kind (a
 * "helicopter" is not a "plane", "shot" is not "stabbed"). Deliberately small: only kinds a reader
 * would never call anything else.
 */
const KINDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["aircraft", ["plane", "aeroplane", "airplane", "jet", "airliner", "helicopter", "boeing", "airbus", "glider"]],
  ["plane", ["jet", "airliner", "boeing", "airbus"]],
  ["jet", ["airliner", "boeing", "airbus"]],
  [
    "vessel",
    ["boat", "ship", "trawler", "ferry", "yacht", "tanker", "freighter", "dinghy", "lifeboat", "tug", "barge", "liner"],
  ],
  ["boat", ["trawler", "dinghy", "yacht", "lifeboat", "tug", "barge", "canoe", "kayak"]],
  ["ship", ["ferry", "tanker", "freighter", "liner", "warship", "frigate"]],
  ["vehicle", ["lorry", "truck", "van", "bus", "coach", "tractor", "motorbike", "motorcycle", "taxi"]],
  ["attack", ["stab", "shoot", "punch", "assault", "bomb", "kick"]],
  ["injury", ["fracture", "wound", "bruise", "burn", "broken", "break"]],
  ["damage", ["crack", "corrosion", "rot", "subsidence"]],
  ["weapon", ["knife", "gun", "rifle", "pistol", "shotgun", "machete", "sword"]],
  ["animal", ["lion", "turtle", "tortoise", "seal", "dolphin", "tiger", "elephant", "penguin", "otter"]],
  ["jewellery", ["ring", "brooch", "necklace", "bracelet", "earring", "pendant"]],
  ["jewelry", ["ring", "brooch", "necklace", "bracelet", "earring", "pendant"]],
  ["instrument", ["violin", "piano", "guitar", "cello", "viola", "organ", "trumpet", "harp", "flute", "drum"]],
  // A game won: "a victory over Kelso" for "beat Kelso 4-2".
  ["victory", ["beat", "defeat"]],
  ["win", ["beat", "defeat"]],
];

const byKey = new Map<string, string[]>();
for (const [general, kinds] of KINDS) {
  const key = stemOf(general);
  byKey.set(key, [...new Set([...(byKey.get(key) ?? []), ...kinds.map(stemOf)])]);
}

/** Keys of the specific words a general word (by key) may stand for; empty for most words. */
export function specificKeys(key: string): readonly string[] {
  return byKey.get(key) ?? [];
}
