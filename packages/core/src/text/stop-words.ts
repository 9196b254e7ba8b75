// The one stop-word list of core: grouping and digests both ignore these words.

/** English function words, contractions included, and reporting verbs: they carry no topic. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his
how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most mustn't my myself no nor
not now of off on once one only or other ought our ours ourselves out over own same shall shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too two under until up very was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's which while who who's whom why why's will with won't would
wouldn't you you'd you'll you're you've your yours yourself yourselves said says say told may might must`.split(/\s+/),
);

/**
 * News filler on top of the function words: dates' and people's generic words, and the fragments
 * the tokenizer leaves of contractions. Grouping ignores them too (they say nothing about which event
 * an article covers); digests keep them (they can matter inside a sentence).
 */
export const NEWS_FILLER_WORDS: ReadonlySet<string> = new Set(
  `according like new get got year years day days time week weeks month months people mr mrs ms dr s t re ve ll d m
well even still since around many much another although though however yet per via including among`.split(/\s+/),
);
