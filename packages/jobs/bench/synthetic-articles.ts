/** Deterministic synthetic news for load benchmarks: articles about `topics` events, as corpus JSONL records. */

const SYLLABLES = "ka lo mi ra ne to vu sa de li po an er in on ul te ba go fi ru".split(" ");
const VERBS = ["approved", "rejected", "announced", "delayed", "opened", "closed", "expanded", "cut"];
const THINGS = ["bridge", "budget", "school", "hospital", "rail line", "port", "tax plan", "water plant", "stadium"];
const SOURCES = ["Daily Ledger", "Morning Post", "City Wire", "Evening Star", "Coast Herald", "Valley News"];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function name(next: () => number, syllables: number): string {
  let result = "";
  for (let index = 0; index < syllables; index += 1) result += pick(next, SYLLABLES);
  return capitalise(result);
}

interface Topic {
  city: string;
  person: string;
  thing: string;
  verb: string;
  amount: number;
  day: number;
}

export interface SyntheticRecord {
  id: string;
  title: string;
  text: string;
  source: string;
  publishedAt: string;
}

/** `count` articles spread over `topics` events; each article words its event in its own way. */
export function syntheticArticles(count: number, topics: number, seed = 7): SyntheticRecord[] {
  const next = random(seed);
  const events: Topic[] = Array.from({ length: topics }, () => ({
    city: name(next, 3),
    person: `${name(next, 2)} ${name(next, 3)}`,
    thing: pick(next, THINGS),
    verb: pick(next, VERBS),
    amount: 5 + Math.floor(next() * 900),
    day: 1 + Math.floor(next() * 27),
  }));
  const records: SyntheticRecord[] = [];
  for (let index = 0; index < count; index += 1) {
    const event = events[index % topics] as Topic;
    const source = pick(next, SOURCES);
    const sentences = [
      `The city council of ${event.city} ${event.verb} the ${event.thing} on ${event.day} March after a long debate.`,
      `Mayor ${event.person} said the ${event.thing} would cost ${event.amount} million euros over ${2 + (index % 5)} years.`,
      `Opponents in ${event.city} argued that the money was needed elsewhere, ${source} reported.`,
      `A vote of ${10 + (index % 30)} to ${3 + (index % 9)} settled the matter late in the evening.`,
      `Residents interviewed on ${event.day} March were divided about the ${event.thing}, and reporter ${name(next, 2)} ${name(next, 2)} counted ${index} comments.`,
    ];
    records.push({
      id: `synthetic-${index}`,
      title: `${event.city} council ${event.verb} ${event.thing} (${source} ${index})`,
      text: sentences.join(" "),
      source,
      publishedAt: `2026-03-${String(event.day).padStart(2, "0")}T${String(index % 24).padStart(2, "0")}:00:00Z`,
    });
  }
  return records;
}
