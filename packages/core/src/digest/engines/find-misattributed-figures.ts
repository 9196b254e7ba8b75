import type { SummarizeFacts } from "@roundup/prompts";
import { escapeRegExp } from "../../text/escape-reg-exp.js";
import { figuresIn } from "./find-stale-statements.js";

// Where a sentence's clauses part ("Reuters counted 35, while AP said 40"): a figure belongs to the
// outlet named in its own clause.
const CLAUSE_BREAK = /;|,\s*(?:while|whereas|but|and|compared with)\b|\s(?:while|whereas|but)\s/i;

/** Where a clause names an outlet ("Reuters", "The Guardian" also as "Guardian"), as character ranges. */
function mentionsOf(clause: string, outlet: string): Array<{ outlet: string; start: number; end: number }> {
  const names = [outlet, outlet.replace(/^the\s+/i, "")].filter((name) => name.length > 1);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...new Set(names)].map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return [...clause.matchAll(pattern)].map((match) => ({
    outlet,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

type Side = SummarizeFacts["disagreements"][number]["claims"][number];

/** Who gives a side: its outlets and the source its text names ("the coast guard"). */
const giversOf = (side: Side) => [...(side.outlets ?? []), ...(side.source ? [side.source] : [])];

/**
 * Where a model's sentence gives one side of a computed disagreement to the wrong outlet: a
 * figure of a side, in a clause that names who gives a side, whose nearest such name gives another
 * side and not this one ("Reuters counted 35" where the facts say Reuters gave 40 and AP 35). Who
 * gives each side is what the prompt named (summarize@7): its outlets and its named source.
 */
export function findMisattributedFigures(text: string, disagreements: SummarizeFacts["disagreements"]): string[] {
  const faults: string[] = [];
  for (const disagreement of disagreements) {
    const sides = disagreement.claims.filter((claim) => giversOf(claim).length > 0);
    if (sides.length < 2) continue;
    const givers = [...new Set(sides.flatMap(giversOf))];
    for (const clause of text.split(CLAUSE_BREAK)) {
      const mentions = givers.flatMap((giver) => mentionsOf(clause, giver));
      if (mentions.length === 0) continue;
      for (const match of clause.matchAll(/\d[\d,.]*\d|\d/g)) {
        const figure = match[0].replace(/,/g, "");
        const side = sides.find((claim) => figuresIn(claim.value).includes(figure));
        if (!side) continue;
        const distance = (mention: { start: number; end: number }) =>
          mention.end <= match.index ? match.index - mention.end : mention.start - (match.index + match[0].length);
        const named = mentions.reduce((best, mention) => (distance(mention) < distance(best) ? mention : best));
        if (giversOf(side).includes(named.outlet)) continue;
        if (sides.some((claim) => claim !== side && giversOf(claim).includes(named.outlet)))
          faults.push(
            `gives ${match[0]} (${disagreement.topic}) to ${named.outlet}, which gives another figure; ${giversOf(side).join(" and ")} gives ${match[0]}`,
          );
      }
    }
  }
  return [...new Set(faults)];
}
