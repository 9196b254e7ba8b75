import { escapeRegExp } from "../../../text/escape-reg-exp.js";
import type { AnalyzedText } from "../reading/index.js";

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*`;
const ROLE = String.raw`(?:head coach|manager|coach|boss)`;
// "Wales manager Chris Coleman", "The Scotland coach, Kirsty Dunmore,": the team, the role, the person.
const ROLE_BEFORE = new RegExp(String.raw`\b(?:[Tt]he )?(${NAME}) ${ROLE}(,?) (${NAME})(,?)`, "gu");
// "Chris Coleman, the Wales manager,": the person, then the team and the role.
const ROLE_AFTER = new RegExp(String.raw`\b(${NAME}), the (${NAME}) ${ROLE}(,?)`, "gu");

/** Whether a passage tells the person as the one who runs the team: "Coleman's Wales side", "Jamaica, coached by Marva Thompson". */
function runsTeam(passages: readonly AnalyzedText[], person: string, team: string): boolean {
  const surname = escapeRegExp(person.split(" ").at(-1)!);
  const side = escapeRegExp(team);
  const told = [
    new RegExp(String.raw`\b${surname}['’]s ${side}\b`, "u"),
    new RegExp(String.raw`\b${side}, (?:coached|managed) by (?:${NAME} )?${surname}\b`, "u"),
  ];
  return passages.some((passage) => told.some((pattern) => pattern.test(passage.text)));
}

/**
 * The statement with a team's coach or manager named only by the name, where the passages tell the
 * role by the team ("Wales manager Chris Coleman said" read as "Chris Coleman said" over "Chris
 * Coleman's Wales side lost … Coleman said"): a sports report's "X's Wales side" or "Wales, coached
 * by X" makes X the one who manages or coaches Wales. Only manager, coach and boss: a captain or a
 * chairman is no one the possessive tells. One variant per role phrase.
 */
export function teamRoleVariants(statement: AnalyzedText, passages: readonly AnalyzedText[]): string[] {
  const { text } = statement;
  const variants: string[] = [];
  for (const match of text.matchAll(ROLE_BEFORE)) {
    const [whole, team, commaBefore, person, commaAfter] = match as unknown as string[];
    if (!runsTeam(passages, person!, team!)) continue;
    // "The Scotland coach, Kirsty Dunmore, said": the apposition's commas go with the role.
    const keep = commaBefore ? "" : commaAfter;
    variants.push(`${text.slice(0, match.index)}${person}${keep}${text.slice(match.index + whole!.length)}`);
  }
  for (const match of text.matchAll(ROLE_AFTER)) {
    const [whole, person, team] = match as unknown as string[];
    if (!runsTeam(passages, person!, team!)) continue;
    variants.push(`${text.slice(0, match.index)}${person}${text.slice(match.index + whole!.length)}`);
  }
  return variants;
}
