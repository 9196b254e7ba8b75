import { readDateExpressions } from "../src/digest/facts/read-date-expressions.js";
const [s, p] = process.argv.slice(2);
console.log(JSON.stringify(readDateExpressions(s!, p ?? null), null, 0));
