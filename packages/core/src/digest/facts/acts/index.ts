export { ACT_PARTICLE } from "./act-particle.js";
export { mainClause } from "./main-clause.js";
export { actsTold, actWordsIn, synonymFamilies, withPhrasesAsWords } from "./news-act-families.js";
export { oneTellsAnother, sameAct, storyMainActs, tellsMainAct } from "./same-act.js";
