export { officeTitleWords } from "./office-title.js";
export {
  buildPeopleIndex,
  genderOfNoun,
  isGenericRole,
  isOrganisationWord,
  isSurnameOnly,
  NAME_PARTICLE,
  type PeopleIndex,
  POST_NOMINALS,
  SURNAME_TITLE,
  splitTitledName,
  TITLE_WORDS,
} from "./people-index.js";
