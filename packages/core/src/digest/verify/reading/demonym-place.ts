/**
 * Nationalities and the places they are of ("Welsh" of Wales, "Scottish" and "Scots" of Scotland): a
 * report says "the Welsh national team" where a summary says "Wales", and a nationality is a claim
 * about someone as much as a name is. Lower case; the places by their last word ("zealand"). No
 * singular that is also a first name or a common word ("Finn", "Dane", "Scot", "pole").
 */
const PLACES: Record<string, readonly string[]> = {
  afghanistan: ["afghan"],
  africa: ["african"],
  albania: ["albanian"],
  algeria: ["algerian"],
  america: ["american"],
  argentina: ["argentine", "argentinian"],
  armenia: ["armenian"],
  asia: ["asian"],
  australia: ["australian"],
  austria: ["austrian"],
  bangladesh: ["bangladeshi"],
  belgium: ["belgian"],
  bolivia: ["bolivian"],
  bosnia: ["bosnian"],
  brazil: ["brazilian"],
  britain: ["british", "briton"],
  bulgaria: ["bulgarian"],
  cambodia: ["cambodian"],
  cameroon: ["cameroonian"],
  canada: ["canadian"],
  chile: ["chilean"],
  china: ["chinese"],
  colombia: ["colombian"],
  croatia: ["croatian", "croat"],
  cuba: ["cuban"],
  cyprus: ["cypriot"],
  czechia: ["czech"],
  denmark: ["danish", "danes"],
  ecuador: ["ecuadorian"],
  egypt: ["egyptian"],
  england: ["english"],
  estonia: ["estonian"],
  ethiopia: ["ethiopian"],
  europe: ["european"],
  finland: ["finnish", "finns"],
  france: ["french"],
  georgia: ["georgian"],
  germany: ["german"],
  ghana: ["ghanaian"],
  greece: ["greek"],
  hungary: ["hungarian"],
  iceland: ["icelandic", "icelander"],
  india: ["indian"],
  indonesia: ["indonesian"],
  iran: ["iranian"],
  iraq: ["iraqi"],
  ireland: ["irish"],
  israel: ["israeli"],
  italy: ["italian"],
  jamaica: ["jamaican"],
  japan: ["japanese"],
  jordan: ["jordanian"],
  kenya: ["kenyan"],
  korea: ["korean"],
  latvia: ["latvian"],
  lebanon: ["lebanese"],
  libya: ["libyan"],
  lithuania: ["lithuanian"],
  malaysia: ["malaysian"],
  mexico: ["mexican"],
  morocco: ["moroccan"],
  netherlands: ["dutch"],
  zealand: ["zealander"],
  nigeria: ["nigerian"],
  norway: ["norwegian"],
  pakistan: ["pakistani"],
  palestine: ["palestinian"],
  peru: ["peruvian"],
  philippines: ["filipino", "philippine"],
  poland: ["polish", "poles"],
  portugal: ["portuguese"],
  romania: ["romanian"],
  russia: ["russian"],
  scotland: ["scottish", "scots"],
  senegal: ["senegalese"],
  serbia: ["serbian", "serb"],
  slovakia: ["slovak", "slovakian"],
  slovenia: ["slovenian", "slovene"],
  somalia: ["somali"],
  spain: ["spanish", "spaniard"],
  sudan: ["sudanese"],
  sweden: ["swedish", "swede"],
  switzerland: ["swiss"],
  syria: ["syrian"],
  taiwan: ["taiwanese"],
  thailand: ["thai"],
  tunisia: ["tunisian"],
  turkey: ["turkish", "turk"],
  uganda: ["ugandan"],
  ukraine: ["ukrainian"],
  uruguay: ["uruguayan"],
  venezuela: ["venezuelan"],
  vietnam: ["vietnamese"],
  wales: ["welsh"],
  yemen: ["yemeni"],
  zimbabwe: ["zimbabwean"],
};

const DEMONYMS = new Map<string, string>();
for (const [place, demonyms] of Object.entries(PLACES))
  for (const demonym of demonyms) {
    DEMONYMS.set(demonym, place);
    DEMONYMS.set(`${demonym}s`, place);
  }

// A country by its initials too ("the US", "the UK"): only as where the nationality is told, never as
// a synonym in the alignment ("us" is a pronoun).
const INITIALS: Record<string, readonly string[]> = { america: ["us", "usa"], britain: ["uk"] };

/** The place a nationality word is of ("Welsh" → "wales", "Scots" → "scotland"), or null. */
export function demonymPlace(word: string): string | null {
  return DEMONYMS.get(word.toLowerCase()) ?? null;
}

/** The ways a passage may name a place: its name, its initials, its nationality words ("britain", "uk", "british", "briton"). */
export function placeWords(place: string): readonly string[] {
  const demonyms = PLACES[place] ?? [];
  return [place, ...(INITIALS[place] ?? []), ...demonyms, ...demonyms.map((demonym) => `${demonym}s`)];
}

/** The nationality words of a place ("Wales" → ["welsh"]), empty when it is none we know. */
export function placeDemonyms(word: string): readonly string[] {
  return PLACES[word.toLowerCase()] ?? [];
}

/** Each place with its nationality words, for the synonyms a rewrite may swap. */
export const PLACE_NATIONALITIES: ReadonlyArray<readonly string[]> = Object.entries(PLACES).map(([place, demonyms]) => [
  place,
  ...demonyms,
]);
