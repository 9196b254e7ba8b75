import { bylineMaxLength, bylinePattern } from "./byline-author.js";

export interface CleanTextResult {
  /** The cleaned text: boilerplate lines removed, whitespace normalised, paragraphs kept. */
  text: string;
  /** The lines that were removed, trimmed, in order (for audit and tests). */
  removed: string[];
}

// Line-level rules. Each matches a whole trimmed line that is page furniture, never reporting:
// they are anchored and most require the line to be short, so a real sentence that merely
// mentions "comments" or "cookies" survives.
const SHORT = 160;
/**
 * `needs`: the rule is tried only on a line holding that text; `tail`: it reads only the line's last
 * characters (a credit ends a caption). Both keep an end-anchored pattern from being tried at every
 * position of every long line.
 */
const boilerplateRules: Array<{ pattern: RegExp; maxLength: number; needs?: string; tail?: number }> = [
  // comment forms
  { pattern: /^(leave|post|add|write|submit) a (comment|reply|response)\b/i, maxLength: SHORT },
  {
    pattern: /^(cancel reply|post comment|submit comment|reply|comments?|\d+ comments?|no comments( yet)?\.?)$/i,
    maxLength: 40,
  },
  { pattern: /^your email address will not be published\b/i, maxLength: 240 },
  { pattern: /^required fields are marked\b/i, maxLength: 120 },
  { pattern: /^(name|email|e-mail|website|comment)\s*\*?\s*:?$/i, maxLength: 20 },
  { pattern: /^save my name,? email,? and website\b/i, maxLength: 240 },
  { pattern: /^(you must be )?logged in to post a comment\b/i, maxLength: 120 },
  { pattern: /^join the (conversation|discussion)\.?$/i, maxLength: 30 },
  // links to the source, related and recommended reading
  { pattern: /^(source|original|via)\s*(link|article)?\s*:?$/i, maxLength: 30 },
  { pattern: /^source link\b/i, maxLength: 60 },
  {
    pattern:
      /^related(\s+(articles?|posts?|stories|story|news|content|coverage|reading|links?|topics?|videos?))?(\s*[:…|\-–—].*)?$/i,
    maxLength: SHORT,
  },
  {
    pattern:
      /^(see also|read also|also read|read more|more from|recommended( for you| reading)?|must read|don'?t miss|you may also like|you might also like|more stories|more on this|à lire aussi|a lire aussi|lire aussi|voir aussi|lire la suite|lea también|lee también|ver también|leer más)(?![\p{L}\p{N}])/iu,
    maxLength: 140,
  },
  {
    pattern:
      /^(watch|trending( now)?|up next|most (read|popular)|editor'?s picks?|latest news|popular (videos?|stories|posts|now)|featured)\s*(:.*)?$/i,
    maxLength: 140,
  },
  { pattern: /^(previous|next) (article|post|story)\b/i, maxLength: SHORT },
  { pattern: /^post navigation$/i, maxLength: 30 },
  // sharing widgets
  {
    pattern:
      /^(share|tweet|pin|email|print|copy link|share this( article| story| post)?|share on \w+)(\s*[:|,/·•]\s*(share|tweet|facebook|twitter|x|linkedin|whatsapp|email|print|reddit|pinterest|telegram|copy link))*\s*:?$/i,
    maxLength: 120,
  },
  {
    pattern:
      /^((facebook|twitter|x|linkedin|whatsapp|email|print|reddit|pinterest|telegram|messenger|copy link)\s*[|,/·•]?\s*){2,}$/i,
    maxLength: 160,
  },
  // cookie, newsletter, advertising notices
  {
    pattern:
      /\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences))\b/i,
    maxLength: 300,
  },
  { pattern: /^(subscribe|sign up|join)\b.{0,60}\b(newsletter|updates|alerts|inbox)\b/i, maxLength: 200 },
  {
    pattern:
      /^(advertisement|advertising|sponsored( content)?|ad|paid content|story continues below( this)? (ad|advertisement))$/i,
    maxLength: 60,
  },
  { pattern: /^(click|tap) here to\b/i, maxLength: SHORT },
  // tags, copyright, bylines on their own line
  { pattern: /^(tags|filed under|categories|category|topics)\s*:/i, maxLength: 300 },
  { pattern: /^([—–-]\s*)?(copyright|©|\(c\))\s*.{0,100}(all rights reserved)?\.?$/i, maxLength: 160 },
  { pattern: /^all rights reserved\.?$/i, maxLength: 40 },
  { pattern: bylinePattern, maxLength: bylineMaxLength },
  // self-promotional author bios written in the first person ("I am a dedicated news writer…")
  {
    pattern:
      /^(i am|i'm|i’m)\s+(a|an)\s+(\w+\s+){0,6}(writer|journalist|author|editor|reporter|blogger|content creator|news content writer)\b/i,
    maxLength: 1200,
  },
  { pattern: /^about the author\b/i, maxLength: SHORT },
  // wire sign-offs and standards notes ("Reporting by Jane Doe; Editing by John Roe")
  {
    pattern: /^((additional |further )?reporting|writing|editing|compiled|produced|graphics) by\b/i,
    maxLength: 240,
  },
  { pattern: /^our standards\s*:/i, maxLength: 120 },
  // notes on the article itself, not news: a correction dates nothing and states a figure twice
  // ("Correction: An earlier version of this article said the plant opened in 1972; it opened in 1962.")
  {
    pattern: /^(corrections?|clarifications?|editor['’]s note)\s*(\([^)]{0,40}\))?\s*[:—–]/i,
    maxLength: 600,
  },
  { pattern: /^(an|the) (earlier|previous|original) version of this (article|story|report|post)\b/i, maxLength: 600 },
  { pattern: /^this (article|story|report|post) (has been|was) (updated|corrected|amended)\b/i, maxLength: 400 },
  // datelines on their own line: "Published 7 May 2026", "Posted by Jane Doe on 23 July 2026 at 10:32 AM"
  {
    pattern:
      /^(published|updated|last updated?|posted)( on| at)?\s*:?\s*(\d{1,2}(st|nd|rd|th)? \p{L}+,? \d{4}|\p{L}+ \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4}|\d+ (minutes?|hours?|days?|weeks?) ago)\b[^.!?]{0,40}$/iu,
    maxLength: 100,
  },
  { pattern: /^posted by [^.!?]{1,60} (on|at) [^.!?]{1,60}$/i, maxLength: 140 },
  { pattern: /^(other|top|latest|more|related|featured) (stories|headlines|news|articles)\s*:?$/i, maxLength: 40 },
  // Found on real news pages (the eval in bench/extraction-real-pages.ts), each a class seen across sites:
  // a date (and time) alone on a line, in English, French or Spanish ("June 8, 2012 6:14 AM",
  // "Publié le 29/10/2012", "Mis à jour le 29/10/2012 à 14h03")
  {
    pattern:
      /^((published|updated|publié|mis à jour|publicado|actualizado)( on| le| el)?\s*:?\s*)?(\p{L}+,? )?(\p{L}+\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}\.? (de )?\p{L}+ (de )?\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d\d-\d\d)(,? (at |à |a las )?\d{1,2}[:.h]\d\d( ?[ap]\.?m\.?)?( \p{Lu}{2,4}| \(gmt[+-]?\d*\))?)?$/iu,
    maxLength: 80,
  },
  // a byline with no name left ("By:"), the author's contact or follow line
  { pattern: /^by\s*:?$/i, maxLength: 5 },
  {
    pattern: /^follow [\p{L}\p{M}.'’ -]{2,60} on (twitter|x|facebook|instagram|linkedin|threads|bluesky)\.?$/iu,
    maxLength: 100,
  },
  // a call to follow the site (named in capitals, or "us") for its news, and the heading of such a box
  // ("Follow TweakTown for breaking tech news, reviews, and daily updates.", "Stay Updated")
  {
    pattern:
      /^[Ff]ollow (us|[\p{Lu}\d][\p{L}\p{M}\d.'’-]*( [\p{Lu}\d][\p{L}\p{M}\d.'’-]*){0,3}) for (breaking |the latest |more |daily |all the )?[\p{L}\p{M},' -]{0,80}?(news|updates|stories|coverage|reviews)\.?$/u,
    maxLength: 160,
  },
  { pattern: /^(stay (updated|informed|connected|in the know)|never miss a story)[.!]?$/i, maxLength: 25 },
  { pattern: /^[\p{L}\p{M}.'’ -]{2,60} can be reached at \S+@\S+?\.?$/iu, maxLength: 140 },
  {
    pattern: /\b(follow|like|find|join) (us|him|her|them) on (twitter|x|facebook|instagram|linkedin)\b/i,
    maxLength: 300,
  },
  // photo and illustration credits on their own line ("Illustration by Jane Doe", "Courtesy G4",
  // "Reuters", "Tapie en 2008. REUTERS/Benoit Tessier")
  {
    pattern: /^(photo(graph)?s?|images?|illustrations?|pictures?|graphics?|video)( credit)?\s*(by|:)\s*[^.!?]{1,80}$/i,
    maxLength: 100,
  },
  { pattern: /^(image |photo )?courtesy( of)? [^.!?]{1,60}\.?$/i, maxLength: 80 },
  {
    pattern:
      /^([—–-]\s*)?(\(?(photo|image|file photo)s?:? )?(reuters|ap|afp|epa|getty images|associated press|bloomberg|shutterstock|pa|ap photo)\)?\.?$/i,
    maxLength: 40,
  },
  { pattern: /\b(REUTERS|AFP|EPA|AP Photo|Getty Images|Shutterstock)\s*\/\s*\p{Lu}/u, maxLength: 120 },
  // widgets: text size, share-this-story links, sign-in and alert prompts, finance tickers, scripts
  { pattern: /^(text size|font size|[-+]|a[-+]|reset|print( this (page|article|story))?)$/i, maxLength: 20 },
  { pattern: /^(read or share|share) this (story|article|post)\s*:/i, maxLength: 160 },
  { pattern: /^enter (your?|an?) e-?mail( address)?\b/i, maxLength: 160 },
  { pattern: /^(to )?embed this (post|video|article|story)\b/i, maxLength: 160 },
  { pattern: /^sign (in|up) (now |with |to |for )/i, maxLength: 100 },
  { pattern: /^["“]?(questions|comments|feedback|tips)\?.{0,80}\b(e-?mail|contact|write to)\b/i, maxLength: 120 },
  {
    pattern: /\b(javascript|flash player|cookies)\b.{0,60}\b(must be|needs to be|to be) (enabled|installed)\b/i,
    maxLength: 200,
  },
  { pattern: /^[\p{L}\d&.' ]{2,40} [\d,.]+ [+\-−][\d,.]+ \([+\-−]?[\d.,]+%\)$/u, maxLength: 80 },
  { pattern: /^(\p{L}+ )?highlights:?$/iu, maxLength: 30 },
  // a video player's controls and a sponsor's label left without their buttons and logo ("Close video
  // player", "Now Playing", "Sponsored by"), and a market index's move alone ("NASDAQ 0.33%")
  { pattern: /^((close|exit) (the )?video( player)?|now playing|up next|next up|watch now)$/i, maxLength: 30 },
  { pattern: /^(sponsored|presented|brought to you|powered) by:?$/i, maxLength: 30 },
  {
    pattern:
      /^(dow( jones)?( industrial average)?|djia|nasdaq( composite)?|s&p( 500)?|nyse|ftse( 100)?|dax|cac 40|nikkei( 225)?|hang seng|russell 2000|sensex|nifty( 50)?)\s+[+\-−]?\d+([.,]\d+)?%$/iu,
    maxLength: 40,
  },
  // a reading time alone ("5 min read", "Temps de lecture 4 min.", "1 minute & 45 seconds read time"), a publication line told by a day
  // relative to the reader's ("Publié aujourd'hui à 13h59, mis à jour à 15h25", "Updated yesterday at 3:45
  // pm"), a note that the story came from a newsletter, with its call to subscribe
  {
    pattern:
      /^((reading time|read time|temps de lecture|tiempo de lectura|lesezeit|lesedauer)\s*:?\s*(about |environ |ca\. )?\d+\s*(minutes?|mins?|minuten)\.?|\d+[ -]min(ute)?s?\.?( (&|and) \d+ sec(ond)?s?\.?)? read( time)?)$/iu,
    maxLength: 48,
  },
  {
    pattern:
      /^(published|updated|posted|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert)( le| el| am)? (today|yesterday|aujourd['’]hui|hier|hoy|ayer|heute|gestern)(,? (at|à|a las|um) \d{1,2}[:.h]\d\d( ?[ap]\.?m\.?)?)?(,? (and |et |y |und )?(updated|mis à jour|actualizado|aktualisiert)( (today|yesterday|aujourd['’]hui|hier|hoy|ayer|heute|gestern))?,? (at|à|a las|um) \d{1,2}[:.h]\d\d( ?[ap]\.?m\.?)?)?\.?$/iu,
    maxLength: 100,
  },
  {
    pattern:
      /^(this (article|story|piece|post) (first )?(appeared|was published|ran) in (our|the) [^.]{0,60}newsletter|cet article (est paru|a été publié|a paru) dans (notre|la) (newsletter|lettre))\b.*\b(sign up|subscribe|inscrire|abonnez|abonné)/iu,
    maxLength: 500,
  },
  // a count alone on a line, or a counter's label (likes, shares, "Kudos")
  { pattern: /^[\d,.\s]+$/, maxLength: 12 },
  { pattern: /^(\d+ )?(kudos|likes?|shares?|views?)$/i, maxLength: 20 },
  { pattern: /^(the latest (on|from) [\p{L} ]{1,30}|further reading)$/iu, maxLength: 50 },
  // Found on the Mercury parser's real pages (bench/extraction-mercury-pages.ts), each seen across sites:
  // a time alone ("20 hours ago"), an internal id ("ID: 9723372"), a feedback widget, a call to donate
  { pattern: /^(about )?(an?|\d+) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$/i, maxLength: 30 },
  { pattern: /^id\s*:?\s*\d{4,}$/i, maxLength: 30 },
  {
    pattern: /^(was this|found this|is this|did you find this)( article| page| post| answer)? (helpful|useful)\??$/i,
    maxLength: 50,
  },
  {
    pattern:
      /\b(depends|relies) on (donations|contributions|the support|support) (from|of) (readers|people) like you\b/i,
    maxLength: 200,
  },
  // Kinds of furniture the issue names, written for their usual wording across sites (not from one page):
  // an investment site's disclosure ("Jane Doe owns shares of Acme. The Fool recommends Acme and has a
  // disclosure policy."), a magazine's or paper's print note, a newsletter box's prompts and answers, a
  // byline with a comment counter, a form's status messages, a caption ending in its photographer and agency.
  {
    pattern:
      /\b(owns shares of|holds shares of|has no positions? in)\b.*\b(recommends|disclosure policy|(stocks|securities|companies) mentioned)\b/i,
    maxLength: 1000,
  },
  { pattern: /\bhas a disclosure policy\.?$/i, maxLength: 200 },
  {
    pattern:
      /^((this|the) (article|story|piece|review|essay) )?((was|is) )?(first |originally )?(published|appeared|appears) in (the )?(\p{L}+ \d{4} |\p{L}+ \d{1,2},? \d{4} |print |latest )?(issue|edition)s? of\b/iu,
    maxLength: 200,
  },
  { pattern: /^a version of this (article|story|review|essay|piece) (appears|appeared) in print\b/i, maxLength: 400 },
  {
    pattern: /^(thanks?( you)? for (signing up|subscribing)|you('re| are) (now )?(all )?(signed up|subscribed))\b/i,
    maxLength: 80,
  },
  { pattern: /^by (signing up|subscribing|submitting|clicking)\b.{0,160}\b(agree|privacy|terms)\b/i, maxLength: 300 },
  { pattern: /^(you can|you may) (unsubscribe|opt out) at any time\b/i, maxLength: 160 },
  { pattern: /^(please enter a valid e-?mail( address)?|invalid e-?mail( address)?)\.?$/i, maxLength: 60 },
  {
    pattern: /^(get|have) (the |our )?[\p{L}'’ ]{0,40}(delivered )?(straight |directly )?to your inbox\b/iu,
    maxLength: 140,
  },
  {
    pattern: /^(already a (subscriber|member)\??.{0,30}|subscribe( now| today)?|become a (subscriber|member))$/i,
    maxLength: 60,
  },
  // calls to subscribe or install an app: "Get the Courier's storm alerts on your phone: subscribe
  // today.", "Subscribe to the Courier for $1 a week.", "Download our free app for breaking news alerts."
  {
    pattern:
      /^(get|receive)\b.{0,60}\b(alerts|notifications|newsletters?)\b.{0,50}\b(subscribe|sign up|download|install)\b.{0,30}$/i,
    maxLength: 160,
  },
  {
    pattern: /^subscribe (to|for)\b.{0,60}\b(a (week|month|year)|per (week|month|year)|today|now)\.?$/i,
    maxLength: 120,
  },
  { pattern: /^(download|install|get) (our|the) (free )?[\p{L} ]{0,20}app\b.{0,60}$/iu, maxLength: 120 },
  {
    pattern: /^by [\p{L}\p{M}.'’ -]{2,60}\s*[/|·•—–-].{0,60}\b(leave a comment|no comments|\d+ comments?)$/iu,
    maxLength: 140,
  },
  { pattern: /^(loading|please wait|try again|verifying your credentials)(\.{1,3}|…)?$/i, maxLength: 40 },
  { pattern: /^automatically generated transcript\b/i, maxLength: 80 },
  // an affiliate disclosure, a bracketed widget label
  {
    pattern:
      /\b(participant in the amazon services llc associates program|(we|i) (may )?(earn|receive|get) (a )?(small )?(commission|share of sales|affiliate commission)|(this|the) (post|article|page|story) (may )?contains? affiliate links)\b/i,
    maxLength: 500,
  },
  { pattern: /^\[(embed|edit|show|hide|more|expand|collapse)\]$/i, maxLength: 12 },
  // Found on the article package's real pages (bench/extraction-article-pages.ts), each a class seen
  // across sites: an old-browser notice ("This page is best viewed in an up-to-date web browser…"), a
  // wire's reuse notice ("Copyright 2013 The Associated Press. All rights reserved. This material may
  // not be published, broadcast, rewritten or redistributed."), a page's data printed as JSON
  {
    pattern:
      /^(this (page|site|website) is best viewed (in|with|using)\b|you('re| are) using (an? |the )?(outdated|old|older|unsupported)?\s*(version of )?(internet explorer|browser)\b|please (consider )?(upgrad(e|ing)|updat(e|ing)) your (web )?browser\b)/i,
    maxLength: 600,
  },
  {
    pattern:
      /^[—–-]?\s*(copyright\b|©|\(c\)).{0,160}\b(this material|it) may not be (published|reproduced|redistributed)\b/i,
    maxLength: 400,
  },
  // a comment section's policy and prompts, a rating widget, a citation box, a newsletter's terms, a
  // slideshow's numbered caption ("1 of 5. Jane Doe leaves the court in Kirov, July 19, 2013.")
  {
    pattern:
      /^((all )?(comments|opinions|replies)( and \w+)? (are|will be) (filtered|moderated|reviewed|screened)\b|(add|post|share|leave) your (opinion|comment|thoughts)( on this (article|story|post))?$|have something to say\?.{0,200}\bcomments?\b)/i,
    maxLength: 400,
  },
  {
    pattern:
      /^(rate (this )?(article|story|post)\s*:?|current ratings? for\s*:?|\(?hover over the stars\b.*|please use one of the following formats to cite this (article|page|story)\b.*|mla|apa)$/i,
    maxLength: 120,
  },
  {
    pattern:
      /^(signing up|subscribing)( to (a|our|the|this) newsletters?)?,? (constitutes|means|indicates) (acceptance|you agree)\b/i,
    maxLength: 200,
  },
  { pattern: /^\d{1,2} of \d{1,2}\. \p{Lu}/u, maxLength: 400 },
  { pattern: /^\{\s*"[^"]+"\s*:.*\}$|^\[\s*\{\s*"[^"]+"\s*:.*\}\s*\]$/, maxLength: 100000, needs: '":' },
  // a byline with more than one name or with the writer's outlet or role ("By Jane Doe and John Roe",
  // "By Jane Doe, Reuters", "By JANE DOE | Staff Writer"); not a sentence that starts with "By" and a day or month
  {
    pattern:
      /^[Bb][Yy]:?\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|Then|Now|This|That|Late|Early|Mid)\b)\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|da|del|la|le)){0,6}(\s*(,|\||•|·|—|–|-|and|&)\s*\p{Lu}[\p{L}'’& -]{1,40})?$/u,
    maxLength: 80,
  },
  {
    pattern: /\((photo:? )?(\p{Lu}[\p{L}'’-]+\.? ){1,3}\p{Lu}[\p{L}'’-]+ ?\/ ?\p{Lu}[\p{L}. ]{1,40}\)\.?$/u,
    maxLength: 300,
    needs: "/",
    tail: 140,
  },
  {
    pattern:
      /(\p{Lu}[\p{L}'’-]+\.? ){1,3}\p{Lu}[\p{L}'’-]+ ?\/ ?(Reuters|AP|AFP|EPA|Getty Images|Associated Press|Shutterstock|Bloomberg|AP Photo)\)?\.?$/u,
    maxLength: 300,
    needs: "/",
    tail: 140,
  },
  // Newsroom furniture of the kinds the issue names, written from the misses of the article package's,
  // Readability's and a-extractor's pages (Mercury's pages held out): the writer's contact and follow
  // lines with their address ("Write to Jane Doe at jane.doe@gazette.com", "To contact the reporter on
  // this story: …", "Follow Jane Doe on Twitter: @janedoe"), an "About the author" heading
  {
    pattern:
      /^(write to|e-?mail|contact|reach) [\p{L}\p{M}.'’ -]{2,60}?\s*(at|via|on|:)\s*:?\s*\S+@\S+?\.?(\s+and follow @\w+( on (twitter|x))?\.?)?$/iu,
    maxLength: 200,
    needs: "@",
  },
  {
    pattern:
      /^(to )?contact (the )?(writer|author|reporters?|editors?|columnist)( responsible for| on| of| behind)?( this (story|article|report|column))?\s*:/i,
    maxLength: 240,
  },
  {
    pattern:
      /^follow [\p{L}\p{M}.'’ -]{2,60}? (on (twitter|x|facebook|instagram|threads|bluesky|linkedin)\s*(at\s*)?:?|at\s*:?)\s*(@\w+|https?:\/\/\S+)\.?$/iu,
    maxLength: 160,
  },
  { pattern: /^about (the |this )?(authors?|writers?|contributors?)\s*:?$/i, maxLength: 30 },
  // headings of the links to the site's other stories ("Elsewhere on the Gazette", "Gazette links",
  // "More in Lifestyle", "More tech stories", "Latest blog posts", "Most read in Health", "ALSO:")
  { pattern: /^elsewhere (on|in|at|from) [^.!?]{1,40}$/iu, maxLength: 50 },
  {
    pattern: /^(\p{Lu}{2,6}|related|external|useful|other|more|top|quick|partner|sponsored|popular) links\s*:?$/u,
    maxLength: 30,
  },
  { pattern: /^more (in|from) (the )?\p{Lu}[\p{L}&'’ ]{1,30}:?$/iu, maxLength: 40 },
  {
    pattern:
      /^(more|latest|other|top|recent) ([\p{L}&-]+ ){0,3}(news|stories|headlines|blog posts|posts|videos|articles)( from [\p{L}.&'’ ]{1,30})?\s*:?$/iu,
    maxLength: 50,
  },
  {
    pattern: /^most (read|popular|viewed|shared|e-?mailed|commented)( stories| articles)? (in|on|from) [^.!?]{1,30}$/iu,
    maxLength: 50,
  },
  { pattern: /^(also|see also|related)\s*:$/i, maxLength: 12 },
  // comment sections' headings, counts and policies ("Latest comments", "Visitor opinions (latest shown
  // first)", "Article opinions: 1 posts", "We do not publish your email address…", "We reserve the right
  // to remove any content…"), a rating widget's lines ("User rating:", "(2) Click to rate", "3.5 (2 votes)")
  {
    pattern:
      /^((latest|recent|top|newest|oldest|visitor|reader|readers['’]?) (comments|opinions|replies)|comments? threshold)\b\s*(\([^)]{0,30}\))?\s*:?$/iu,
    maxLength: 50,
  },
  { pattern: /^(article )?(comments|opinions|replies)\s*:\s*\d+( posts?| comments?| replies)?$/i, maxLength: 40 },
  {
    pattern:
      /\b(we|it) (do not|don['’]t|will not|won['’]t|never) (publish|share|display|show|sell) your e-?mail( address)?\b/i,
    maxLength: 300,
  },
  {
    pattern:
      /^we reserve the right to (remove|delete|edit|refuse)\b.{0,120}\b(comments?|content|posts?|submissions?)\b/i,
    maxLength: 400,
  },
  { pattern: /^not sure how to (add|post|leave) (a |your )?comment\b/i, maxLength: 80 },
  {
    pattern:
      /^((\(\d+\) )?click (here )?to rate|(user|reader|readers['’]?|average) ratings?\s*:?|\d(\.\d)? \(\d+ votes?\))$/iu,
    maxLength: 40,
  },
  // a health site's disclaimer, a reuse notice, a copyright line with its slogan, a blog's disclaimer
  {
    pattern:
      /\bnot (intended|meant|designed) (as|to be|to serve as) a (substitute|replacement) for\b.{0,60}\b(medical|professional|doctor|physician)/i,
    maxLength: 600,
  },
  {
    pattern:
      /^(not to be|do not|may not be) (reproduced|republished|redistributed|copied)( in whole or in part)?( without (the )?(prior |express |written )*permission\b.{0,60})?\.?$/i,
    maxLength: 160,
  },
  { pattern: /^(copyright\b|©|\(c\)).{0,200}\ball rights reserved\b.{0,160}$/i, maxLength: 360 },
  // a licence notice ("The copyright holder for this preprint is the author/funder, who has granted …",
  // "This article is licensed under a Creative Commons Attribution 4.0 licence.")
  {
    pattern:
      /^(the copyright holder for this (preprint|article|version|work) is\b|this (article|work|preprint|story) is (licensed|made available|distributed) under (a|the) (cc[ -]by|creative commons)\b)/i,
    maxLength: 400,
  },
  {
    pattern:
      /^(the (author|writer|blogger|contributor) is solely responsible for\b|this (blog|post|column) is not (written|edited|endorsed)\b)/i,
    maxLength: 200,
  },
  // what a story was adapted from ("This article has been adapted from Jane Doe's forthcoming book, …").
  // Not where it first ran ("This article originally appeared on …"): Mercury's gold keeps that line.
  {
    pattern: /^this (post|article|story|essay|piece) (has been|was|is) (adapted|excerpted) from\b/i,
    maxLength: 400,
  },
  // calls to send tips or visit a section, alert prompts, a form's fields, ad and media labels
  {
    pattern:
      /^(please )?send (us )?(any |your )?[\p{L} ]{0,40}\b(tips|press releases|story ideas)\b.{0,100}(:|\S+@\S+\.\w+)$/iu,
    maxLength: 160,
  },
  { pattern: /\bsend us (your )?(news )?(tips|press releases|story ideas)\b.{0,80}\S+@\S+$/i, maxLength: 200 },
  { pattern: /^visit our [\p{L}/&,' -]{1,80} (section|page|hub|channel)\b[^.!?]{0,60}\.?$/iu, maxLength: 180 },
  {
    pattern:
      /^(receive|get) [\p{L}'’ ]{0,40}(updates|alerts|notifications) (directly |straight )?(to|on|in) your (desktop|inbox|phone|browser)\b.{0,30}$/iu,
    maxLength: 120,
  },
  {
    pattern:
      /^(user ?name|password|remember me|forgot (your )?password\??|log ?in|sign ?in|sign up|register( today| now)?|search)$/i,
    maxLength: 25,
  },
  { pattern: /^(ads by google|story continues below|breaking( news)?:?|next video|playlist)$/i, maxLength: 25 },
  { pattern: /^(text|font) size\s*[-+–\s]*$/i, maxLength: 20 },
  // a citation box's entries: a reference ending in its address in angle brackets or, in MLA style, in "Web."
  { pattern: /^.{0,200}<https?:\/\/[^\s>]+>\.?$/, maxLength: 300, needs: "<http" },
  {
    pattern: /^\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}.'’ -]{1,40}\. ["“].{5,200}["”] .{1,120}\d{4}\. Web\.$/u,
    maxLength: 400,
  },
  // a caption's credit: a line ending in "Photo: …" or "(Credit: …)", or one opening with "Credit:"
  {
    pattern: /(^|[.!?)”"] )\(?(Photo|Photograph|Picture|Image|Credit)s?:\s*[\p{Lu}][^.!?:]{1,60}\)?\.?$/u,
    maxLength: 400,
    needs: ":",
  },
  { pattern: /^(photo |image )?credits?\s*:/i, maxLength: 200 },
  // a caption naming its picture as an archive or a stand-in one ("File photo of the harbour master.
  // (Reuters)", "Representative image"): a sentence does not open so
  {
    pattern:
      /^(file (photo|image|picture|pic)s?|representative (photo|image|picture)|representational (photo|image|picture))(\s*[:|,.\-–—(]|\s+of\b|$)/i,
    maxLength: 200,
  },
  { pattern: /^(IMAGE|PHOTO|PHOTOS|PICTURE|PICTURED|GALLERY|SLIDESHOW)\s*:\s*\S/u, maxLength: 400 },
  // more of the writer's social lines ("Jane Doe, a ports writer for the Gazette, is on Twitter @janedoe.",
  // "Follow Jane Doe @janedoe and Google+. Follow us @gazette, Facebook and Google+."), a source link, a
  // feedback form's prompt, a link to the full report, a story pager ("« Previous Story … Next Story »")
  { pattern: /\bis on (twitter|x|instagram|threads|bluesky)\s*(at\s*)?:?\s*@\w+\.?$/iu, maxLength: 200, needs: "@" },
  { pattern: /^follow [\p{L}\p{M}.'’ -]{2,60}? @\w+\b.{0,160}$/iu, maxLength: 220, needs: "@" },
  { pattern: /^sources?\s*:\s*(https?:\/\/|bit\.ly\/|www\.)\S+/i, maxLength: 200 },
  { pattern: /\bplease use (our|the) (feedback|contact|corrections?) form\.?$/i, maxLength: 200 },
  {
    pattern: /^(to (read|see|view|watch|download|hear|listen to)|for (more|the full)\b)[^.!?]{0,80}\bclick here\.?$/i,
    maxLength: 120,
  },
  {
    pattern: /^[«‹<]*\s*previous (story|article|post)\b.{0,100}\bnext (story|article|post)\s*[»›>]*$/i,
    maxLength: 160,
  },
  // A photo gallery's controls, alone on their line: "4 PHOTOS", "See Gallery", "View Images", "See all",
  // "Back to slide", "Next image", "Click to enlarge", "Hide caption", "Photo 3 of 12", "View gallery - 3 images"
  {
    pattern:
      /^(\d+ (photos|images|pictures|slides)|(see|view|browse|open|launch|start|enter) (the )?(full |photo |image )?(gallery|slideshow|photos|images|pictures)( [-–(:]? ?\d+ ?(photos|images|pictures|slides)?\)?)?|(see|view) all|back to (the )?(slide|slides|gallery|slideshow|top)|(previous|next|prev) (slide|image|photo|picture)|(click|tap) to (enlarge|expand|zoom)|enlarge (this )?(image|photo|picture)|(hide|show|toggle) caption|(photo|image|picture|slide) \d+ (of|\/) \d+)$/i,
    maxLength: 40,
  },
  // A byline on its own line written out ("Written by Jane Doe"), a wire credit ("With files from The
  // Canadian Press", "With reporting by AFP and Reuters"), a box's heading ("Editor's choice", "Contact our
  // news editors"), a pull quote's markers ("Start Quote", "End Quote")
  { pattern: /^written by (\p{Lu}[\p{L}\p{M}.'’-]*\s*){1,4}$/iu, maxLength: 60 },
  {
    pattern:
      /^[Ww]ith (additional )?(reporting|files|contributions?|wire reports?) (by|from) (the )?\p{Lu}[\p{L}\p{M}.'’-]*(,? (and |& )?(the )?\p{Lu}[\p{L}\p{M}.'’-]*)*\.?$/u,
    maxLength: 140,
  },
  { pattern: /^(editor['’]?s choice|contact (our|the) (news )?(editors?|newsroom|news ?desk))$/i, maxLength: 40 },
  { pattern: /^["“”]?(start|end) quote["“”]?$/i, maxLength: 20 },
  // A call to a newsletter after a question to the reader: "Want more updates from Jane? Sign up for her
  // newsletter, The Ledger." (the call alone is caught above)
  {
    pattern:
      /^(want|looking for|like|love|enjoy(ed)?|interested in|can['’]t get enough of)\b[^?]{0,100}\?\s*(subscribe|sign up|join)\b.{0,60}\b(newsletters?|updates|alerts|inbox)\b/i,
    maxLength: 240,
    needs: "?",
  },
];

const month =
  "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\.?";
/** The dates of a dateline: "Jan 13, 2017", "13 janvier 2017", "11/28/2016", "2016-11-28". */
const datelineDate = new RegExp(
  `\\b(${month} \\d{1,2}(st|nd|rd|th)?,? \\d{4}|\\d{1,2}\\.? (de )?${month} (de )?\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d\\d-\\d\\d)(?![\\p{L}\\p{N}])`,
  "giu",
);
/**
 * What else a dateline holds: a place in capitals, times and zones, weekdays, "by", "updated", "leave a comment". Not a
 * name after "by": Readability's gold keeps "2/26/2015 7:11 AM PST BY TMZ STAFF" as article text.
 */
const datelineRest = [
  // a wire's place in capitals before a bar: "WASHINGTON | Wed May 15, 2013 3:27pm EDT", "KIROV, Russia | …"
  /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}(,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,30})?(?=\s*\|)/u,
  // a byline or an outlet before a separator: "By JANE DOE, Associated Press : July 18, 2013", "Gazette News/ June 7, 2013"
  /^\s*by\s+[^|:/·•]{2,60}?(?=\s*[|:/·•]\s)/iu,
  /^\s*\p{Lu}[\p{L}.&'’ ]{1,30}(?=\/)/u,
  /\b\d{1,2}[:.h]\d\d( ?[ap]\.?m\.?)?( \p{Lu}{2,4}\b| \(gmt[+-]?\d*\))?/giu,
  // a time in four figures with its zone: "Updated 1930 GMT (0330 HKT)"
  /\(?\b\d{4} (gmt|utc|[a-z][sd]t|hkt|bst|cet|cest)\b\)?/giu,
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/giu,
  /(?<![\p{L}\p{N}])(published|updated|last updated|posted|first posted|article date|publié|mis à jour|publicado|actualizado|by|on|at|le|el|à|a las|leave a comment|\d+ comments?|rss( feed)?|print|e-?mail)(?![\p{L}\p{N}])/giu,
];

/**
 * A line that is a date with its furniture and nothing else: "By Friday, Jan 13, 2017 at 4:45 pm EST",
 * "December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST", "January 19, 2017 / Leave a
 * comment". A line with one word of its own stays.
 */
function isDateline(line: string): boolean {
  if (line.length > 120) return false;
  let rest = line.replace(datelineDate, " ");
  if (rest === line) return false;
  for (const pattern of datelineRest) rest = rest.replace(pattern, " ");
  return /^[\s—–\-|/·•,:()]*$/u.test(rest);
}

/**
 * A heading over other stories ("Next in Business News", "Here's some other news you might have missed:",
 * "More stories"): when only a few short lines follow it to the end, they are those stories' teasers, which
 * read as sentences of their own ("Samsung Unveils Rugged Galaxy S4: The Active version will …").
 */
const otherStoriesHeading =
  /^((here['’]s |here are )?(some |a few )?(other|more) (news|stories|headlines)( (that )?you (may|might) have missed| from around the (web|world))?|next in [\p{L}&'’ ]{1,30}|(other|top|latest|related|featured) (stories|headlines|news|articles)|more (in|from) (the )?\p{Lu}[\p{L}&'’ ]{1,30})\s*:?$/iu;
const otherStoriesMaxLines = 12;
const teaserMaxLength = 320;

/** The lines after the one at `index`, trimmed, blank ones left out. */
function followingLines(lines: readonly string[], index: number): string[] {
  return lines
    .slice(index + 1)
    .map((next) => next.trim())
    .filter(Boolean);
}

/** "About the author" alone: what follows it at the article's end is the writer's bio. */
const authorBoxHeading = /^about (the |this )?(authors?|writers?|contributors?)\s*:?$/i;
const authorBoxMaxLength = 700;

// The end mark of a press release: "###", "-30-", "ENDS".
const releaseEnd = /^(#{3}|-\s*30\s*-|-*\s*ends\s*-*)$/i;

// Lines made only of separators are layout, not text.
const ruleLine = /^[\s\-–—_=*~#·•.]{3,}$/;

// A note on the writer at the article's end, in the third person: "Kirsten Weir is a freelance
// science writer in Minneapolis.", "Jane Doe teaches at Lund University and is the author of Small
// Rooms." A name of two to four capitalised words (with "van", "de"…) opens it, and it names the
// writer's trade or a book; a last sentence on someone else's role ("Doe is the author of the bill")
// does not.
const contributorNoteMaxLength = 300;
//
// Also the writer's outlet or beat: "Jane Doe writes for The Harbour Star, a Gazette property.", "Jane
// Doe covers courts and City Hall for the Gazette." Not "Jane Doe is the Gazette's … editor": Mercury's
// gold keeps such a note (with the writer's address after it) as article text.
const contributorNote =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|del|du|la|le|ter|bin|ibn)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}\b(?:[^.!?]{0,150}?\b(?:is|was)\s+(?:(?:a|an)\s+(?:[\p{L}-]+,?\s+){0,5}?(?:writer|journalist|columnist|correspondent|reporter|contributor|blogger|novelist|editor)\b|the author of\s+(?:["“‘'\p{Lu}]|\d+\s|(?:[\p{L}-]+\s+){0,3}(?:books?|novels?|memoirs?)\b))|\s+(?:also\s+)?writes\s+for\s+(?:the\s+)?\p{Lu}|\s+covers\s+[^.!?]{1,150}?\s+for\s+(?:the\s+)?\p{Lu}[\p{L}.&'’ -]{0,40}\.?$)/u;

/** Sentences after a note on the writer that only ask to follow or reach them ("Follow @janedoe on Twitter."). */
const followPrompt = /\b(follow|twitter|facebook|instagram|google\+|rss|subscribe|e-?mail|connect with|@\w+)/i;

/**
 * A note on the writer: the whole line, or its first sentence when every sentence after it only asks to
 * follow or reach them ("Jane Doe is the Gazette's science editor. Connect with her on Facebook and
 * follow @janedoe on Twitter.").
 */
function isContributorNote(line: string): boolean {
  if (line.length <= contributorNoteMaxLength && contributorNote.test(line)) return true;
  if (line.length > contributorNoteMaxLength * 2) return false;
  const [first, ...rest] = line.split(/(?<=[.!?]["”’]?)\s+(?=["“\p{Lu}])/u);
  return (
    first !== undefined &&
    rest.length > 0 &&
    first.length <= contributorNoteMaxLength &&
    contributorNote.test(first) &&
    rest.every((sentence) => followPrompt.test(sentence))
  );
}

function isBoilerplate(line: string): boolean {
  if (ruleLine.test(line) || isDateline(line)) return true;
  for (const rule of boilerplateRules) {
    if (line.length > rule.maxLength || (rule.needs && !line.includes(rule.needs))) continue;
    if (rule.pattern.test(rule.tail ? line.slice(-rule.tail) : line)) return true;
  }
  return false;
}

/**
 * Removes boilerplate and spam lines (comment forms, share/related/see-also lines, bios, cookie and
 * newsletter notices) and normalises whitespace, keeping paragraph breaks as they were (a blank
 * line stays a blank line, a single newline stays a single newline). The input is not modified.
 */
export function cleanText(original: string): CleanTextResult {
  const removed: string[] = [];
  const kept: string[] = [];
  const lines = original.replace(/\r\n?/g, "\n").split("\n");
  let blankPending = false;
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
      .replace(/[\u200b-\u200d\ufeff]/g, "")
      .replace(/ {2,}/g, " ")
      .trim();
    if (line === "") {
      blankPending = kept.length > 0;
      continue;
    }
    // A press release ends at its end mark; what follows is the issuer's boilerplate and contacts.
    if (releaseEnd.test(line) && kept.filter((keptLine) => keptLine !== "").length >= 2) {
      removed.push(
        ...lines
          .slice(index)
          .map((rest) => rest.trim())
          .filter(Boolean),
      );
      break;
    }
    // Other stories' teasers under their heading, ending the page.
    const teasers = otherStoriesHeading.test(line) && kept.length > 0 ? followingLines(lines, index) : [];
    if (
      teasers.length > 0 &&
      teasers.length <= otherStoriesMaxLines &&
      teasers.every((teaser) => teaser.length <= teaserMaxLength)
    ) {
      removed.push(line, ...teasers);
      break;
    }
    if (isBoilerplate(line)) {
      removed.push(line);
      // An author box at the article's end: its heading, then the writer's bio in a line or two.
      const rest = authorBoxHeading.test(line) ? followingLines(lines, index) : [];
      if (rest.length > 0 && rest.length <= 2 && rest.join(" ").length <= authorBoxMaxLength) {
        removed.push(...rest);
        break;
      }
      continue;
    }
    if (blankPending) kept.push("");
    blankPending = false;
    kept.push(line);
  }
  const last = kept.at(-1);
  if (last !== undefined && isContributorNote(last)) {
    removed.push(last);
    kept.pop();
    while (kept.at(-1) === "") kept.pop();
  }
  return { text: kept.join("\n"), removed };
}
