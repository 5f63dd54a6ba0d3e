/**
 * Segments of a report page: the applications, types, regions and companies it lists. Report pages announce each
 * list with a cue ("By Application:", "Key players include", "Regional Analysis", a title's "By Category (...)"),
 * so the list is read after its cue and named by it; text without a cue is never mined for names, since a wrong
 * segment misleads more than a missing one. The one exception is a page that lists no regions: its sentences that lead
 * with a place and state its share or growth ("North America dominated the market with 38%") name them, where two or
 * more places are so stated.
 */
import type { Block } from '../read/blocks';
import type { Segments } from '../schema';
import { placesIn } from './markets';
import { isLowerAscii } from './tokens';

type Category = keyof Segments;

/** 'other' is a split the labels leave out (channel, gender, size...): its list is consumed so no other cue claims it. */
type Dimension = Category | 'other';

const MAX_NAMES = 40;
const MAX_NAME_CHARS = 120;
/** Inline scans read at most this much of a block: report cues sit near their lists, and it bounds the work. */
const MAX_SCAN_CHARS = 4000;
/** A block longer than this is prose, never a cue or a name. */
const MAX_CUE_WORDS = 24;
const MAX_CUE_CHARS = 400;
const MAX_SECTION_BLOCKS = 40;

// ---------------------------------------------------------------------------------------------------------------
// Dimensions

const EXCLUDED_DIMENSION =
  /channel|gender|sex\b|enterprise|organi[sz]ation|company size|business size|\bage\b|demograph|price|income|indicator|\bkpis?\b|metric|sales|revenue|volume|\bvalue\b|forecast|outlook|trend|share|\bsize\b|year|period/;
const COMPANY_DIMENSION = /player|compan|vendor|competitor|manufacturer|supplier/;
const REGION_DIMENSION = /region|geograph|countr|location|continent/;
// A medical specialty is where a service goes, a crop or an animal what a farm or veterinary product goes on: "By crop
// type", "By Pet", "By Animal Type" are applications.
const APPLICATION_DIMENSION =
  /applica|end[- ]?use|vertical|industr|\bsectors?\b|use case|\busers?\b|\bpatients?\b|customer|indication|therap|\bspecialt(?:y|ies)$|\b(?:crops?|pets?|animals?|livestock)(?: types?)?$/;
const TYPE_DIMENSION =
  /type|product|component|technolog|deploy|service|categor|source|derivative|offering|solution|material|\bforms?\b|grade|platform|payment|\bmodes?\b|model|design|capacit|fuel|ingredient|nature|function|class|device|equipment|system|software|hardware|modalit|method|packag|format|flavou?r|propulsion|chemistry|configuration/;

/** What a split named on the page ("End-use", "Retail Product Categories", "Distribution Channel") is labelled as. */
export function dimensionOf(words: string): Dimension | null {
  const d = words.toLowerCase();
  if (EXCLUDED_DIMENSION.test(d)) return 'other';
  if (COMPANY_DIMENSION.test(d)) return 'companies';
  if (REGION_DIMENSION.test(d)) return 'regions';
  // End use before type: "End Use Device" says who buys, not what is sold.
  if (APPLICATION_DIMENSION.test(d)) return 'applications';
  if (TYPE_DIMENSION.test(d)) return 'types';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Places: regions are only taken when they are places, so a stray list under a region cue cannot pass as one.

const PLACES = new Set(
  [
    'africa', 'america', 'americas', 'asia', 'europe', 'oceania', 'antarctica', 'north america', 'south america',
    'latin america', 'central america', 'central and south america', 'csa', 'caribbean', 'middle east', 'near east',
    'asia pacific', 'apac', 'apj', 'emea', 'mea', 'lamea', 'latam', 'gcc', 'asean', 'nordics', 'nordic', 'benelux',
    'dach', 'scandinavia', 'southeast asia', 'south east asia', 'south asia', 'east asia', 'central asia',
    'western europe', 'eastern europe', 'northern europe', 'southern europe', 'central europe', 'european union',
    'eu', 'sub saharan africa', 'north africa', 'west africa', 'east africa', 'southern africa', 'rest of world',
    'row', 'world', 'pacific', 'australasia', 'anz', 'cis', 'gulf', 'balkans', 'baltics',
    'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
    'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan',
    'bolivia', 'bosnia', 'bosnia and herzegovina', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso',
    'burundi', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'costa rica',
    'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'djibouti', 'dominican republic', 'ecuador',
    'egypt', 'el salvador', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia',
    'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hong kong',
    'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'ivory coast',
    'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'south korea', 'north korea', 'kosovo', 'kuwait',
    'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania',
    'luxembourg', 'macau', 'macao', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania',
    'mauritius', 'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar',
    'namibia', 'nepal', 'netherlands', 'the netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria',
    'north macedonia', 'norway', 'oman', 'pakistan', 'panama', 'papua new guinea', 'paraguay', 'peru',
    'philippines', 'poland', 'portugal', 'puerto rico', 'qatar', 'romania', 'russia', 'russian federation',
    'rwanda', 'saudi arabia', 'ksa', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia',
    'south africa', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan',
    'tajikistan', 'tanzania', 'thailand', 'togo', 'trinidad and tobago', 'tunisia', 'turkey', 'turkiye',
    'turkmenistan', 'uganda', 'ukraine', 'united arab emirates', 'uae', 'united kingdom', 'uk', 'u.k', 'u.k.',
    'great britain', 'britain', 'england', 'scotland', 'wales', 'united states', 'united states of america', 'us',
    'u.s', 'u.s.', 'usa', 'u.s.a.', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'viet nam', 'yemen', 'zambia',
    'zimbabwe',
  ],
);

const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast',
  'northwest', 'southeast', 'southwest', 'rest', 'of', 'the', 'other', 'greater', 'mainland',
]);

/** "Middle East & Africa", "Asia-Pacific", "Rest of the World", "Canada": every part is a place, maybe with a compass word. */
export function isPlace(name: string): boolean {
  const n = name.toLowerCase().replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
  if (!n) return false;
  if (PLACES.has(n)) return true;
  const parts = n.split(/\s*(?:&|\/|,|\band\b)\s*/).map((p) => p.replace(/^the /, '')).filter(Boolean);
  if (!parts.length) return false;
  return parts.every((p) => {
    if (PLACES.has(p)) return true;
    const words = p.split(' ');
    const core = words.filter((w) => !DIRECTIONS.has(w)).join(' ');
    return core !== '' && core !== p && PLACES.has(core);
  });
}

/** The place a line starts with ("Austria Social Commerce Market ..."), longest first, and the rest of the line. */
function leadingPlace(text: string): { place: string; rest: string } | null {
  // Where the first four words end; a place is at most four words and never the whole line.
  const ends: number[] = [];
  for (let at = text.indexOf(' '); at >= 0 && ends.length < 4; at = text.indexOf(' ', at + 1)) ends.push(at);
  for (let n = ends.length; n >= 1; n--) {
    const place = text.slice(0, ends[n - 1]);
    if (PLACES.has(place.toLowerCase())) return { place, rest: text.slice(ends[n - 1]! + 1) };
  }
  return null;
}

/** Regions that are one place though every part is a place of its own ("Middle East and Africa"). */
const PAIRED_REGIONS = new Set(['middle east and africa', 'latin america and caribbean', 'latin america and the caribbean', 'europe middle east and africa', 'asia pacific and japan']);

/** The verb a sentence about a region's share or growth goes on with: "North America dominated …", "Europe is …". */
const REGION_PREDICATES = new Set([
  'dominated', 'dominates', 'dominate', 'accounted', 'accounts', 'account', 'held', 'holds', 'hold', 'led', 'leads',
  'lead', 'captured', 'captures', 'commanded', 'commands', 'represented', 'represents', 'contributed', 'contributes',
  'generated', 'generates', 'emerged', 'emerges', 'remained', 'remains', 'is', 'was', 'are', 'were', 'has', 'had',
  'have', 'will', 'would', 'could', 'may', 'shows', 'showed', 'registered', 'registers', 'witnessed', 'witnesses',
  'stood', 'stands', 'occupied', 'occupies', 'recorded', 'records', 'exhibited', 'exhibits', 'grew', 'grows',
  'continues', 'continued', 'ranks', 'ranked', 'consumed', 'consumes', 'topped', 'tops', 'followed', 'follows',
  'maintains', 'maintained', 'show', 'showed', 'remain', 'continue',
]);

/** What makes a sentence led by a place a statement about the market there: its share, size, growth or demand. */
const REGION_STATEMENT_CUE = /market|share|cagr|grow|revenue|demand|largest|biggest|fastest|leading|domina|consum|sales|%|percent/i;

const CONTRAST_CLAUSE = /,\s+(?:while|whereas|but)\s+/;
const SHARE_ASIDE = /\s*\([^()]{0,12}%\)/g;
const MAX_CLAUSES = 3;

/** "The Asia Pacific dominated …, followed by North America and Europe": the places ranked after the one stated. */
function followingPlaces(sentence: string): string[] {
  const at = sentence.indexOf('followed by ');
  if (at < 0) return [];
  // "… followed by Europe and Asia Pacific, respectively": the run ends before the adverb.
  const run = sentence.slice(at + 12).split(/[.;:(]|,?\s+(?:with|which|at|while|whereas|respectively)\b|,\s+and\s+the\b/, 1)[0]!;
  const names = joinPairs(run.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim().replace(/^the\s+/i, '')));
  return names.length && names.every((n) => isPlace(n)) ? names : [];
}

/**
 * The place a sentence leads with and speaks of as a part of the market: "North America dominated the market with a
 * share of 38%", "Asia-Pacific, which is the fastest growing market, …", "In China, the adoption rate has increased by
 * 50%". A place named in passing ("demand from hospitals in Europe") is not read.
 */
export function regionStatements(text: string): string[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  const out: string[] = [];
  // Sentences found by a native search for ". ": a regex pass over every block cost more than the rest of the reader.
  for (let start = 0, n = 0; start < scan.length && n < MAX_STATEMENTS; n++) {
    const stop = scan.indexOf('. ', start);
    const end = stop < 0 ? scan.length : stop + 1;
    REGION_OPENER.lastIndex = start;
    const from = REGION_OPENER.test(scan) ? REGION_OPENER.lastIndex : start;
    // The first word settles most sentences: only a place's first word (after "In" or "The") can lead a statement.
    if (leadsWithPlaceWord(scan, from, end)) {
      const sentence = scan.slice(from, end);
      // "… dominates the market, while Asia-Pacific is witnessing the fastest growth": a contrast clause states one too.
      // "Latin America (5.8%) and Middle East & Africa (4.4%) are smaller contributors": a place's share in parentheses.
      const plain = sentence.replace(SHARE_ASIDE, '');
      const found = plain.split(CONTRAST_CLAUSE, MAX_CLAUSES).flatMap(statedRegions);
      if (found.length && REGION_STATEMENT_CUE.test(sentence)) out.push(...found, ...followingPlaces(plain));
    }
    if (stop < 0) break;
    start = stop + 2;
  }
  return out;
}

const MAX_STATEMENTS = 200;

/**
 * "Region-wise, North America dominated …", "From a geographical perspective North America is …", "However, the
 * Asia-Pacific region is expected to …", "In 2022, North America dominated …": an opener that says the sentence is
 * about regions, or only links it to the one before or dates it.
 */
const REGION_OPENER =
  /(?:[•▪►*-]\s+)?(?:(?:(?:region[- ]wise|regionally|geographically|however|meanwhile|moreover|additionally|similarly|likewise|furthermore|notably|overall|currently|today|together|also|and|in addition|in (?:19|20)\d\d|in terms of (?:geography|geographical distribution|regions?))\s*,|(?:from an?|in) (?:geographic(?:al)?|regional) (?:perspective|standpoint|point of view|terms),?|while\s)\s*(?:the\s+(?=\p{Lu}))?)?/iuy;

// Case-sensitive, with the capital only where a sentence may open with the word: V8 scans it in a fraction of the
// time of an "i" pattern.
const REGION_LIST_CUE = /\b(?:[Gg]eographically|[Rr]egionally|[Rr]egion[- ]wise|regions|geographies|countries)\b/;
/** Every cue holds one of these: a scan for them rules out most blocks. */
const REGION_LIST_HINT = /egion|eograph|ountries/;
const LIST_OWNER = /\b(?:market|report|industry|sector|study)\b/i;
/** A stop that ends a sentence: not the dots of "U.S." or "U.K.", which a list of countries often holds. */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.;!?](?:\s|$)/u;
const MIN_LISTED_PLACES = 3;
const PLACE_MAX_WORDS = 4;

/**
 * "Geographically, the market spans North America, Europe, Asia Pacific and Latin America", "The report covers regions
 * such as …": a run of three or more places in a sentence that says it speaks of a market's regions. A run may start
 * at the last words of its first entry and end at the first words of its last.
 */
export function regionLists(text: string): string[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  if (!REGION_LIST_HINT.test(scan)) return [];
  const out: string[] = [];
  for (const sentence of scan.split(SENTENCE_END, MAX_STATEMENTS)) {
    if (REGION_LIST_CUE.test(sentence) && LIST_OWNER.test(sentence)) out.push(...placeRun(sentence));
  }
  return out;
}

/** The longest run of places in a sentence's list, if it has at least three. */
function placeRun(sentence: string): string[] {
  const pieces = sentence.split(/\s*,\s*/).flatMap((p) => joinPairs(p.replace(/^(?:and|or)\s+/, '').split(/\s+(?:and|or)\s+/)));
  let best: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length > best.length) best = run;
    run = [];
  };
  for (const piece of pieces) {
    const name = piece.replace(/^the\s+/i, '');
    if (isPlace(name) && wordCount(name) <= PLACE_MAX_WORDS) {
      run.push(name);
      continue;
    }
    const words = piece.split(/\s+/);
    const head = run.length ? placeAtEdge(words, 'start') : null;
    if (head) run.push(head);
    close();
    const tail = placeAtEdge(words, 'end');
    if (tail) run.push(tail);
  }
  close();
  return best.length >= MIN_LISTED_PLACES ? best : [];
}

/** "Asia Pacific and the Middle East and Africa" split at its "and"s: "Middle East" and "Africa" are one region. */
function joinPairs(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    const pair = last === undefined ? '' : `${last} and ${part}`.toLowerCase().replace(/^the\s+/, '');
    if (PAIRED_REGIONS.has(pair)) out[out.length - 1] = `${last} and ${part}`;
    else out.push(part);
  }
  return out;
}

/** The longest place a piece of a list starts or ends with ("the market spans North America" → "North America"). */
function placeAtEdge(words: string[], edge: 'start' | 'end'): string | null {
  for (let len = Math.min(PLACE_MAX_WORDS, words.length - 1); len >= 1; len--) {
    const part = edge === 'start' ? words.slice(0, len) : words.slice(words.length - len);
    const name = part.join(' ').replace(/^the\s+/i, '');
    // A place's words are capitalized but for its joiners: "spans north" is no place.
    if (/^\p{Lu}/u.test(name) && isPlace(name)) return name;
  }
  return null;
}

/** The first word of every place as a sentence starts it: "North" of "North America", "USA", "U.S.". */
const PLACE_FIRST_WORDS = new Set(
  [...PLACES].flatMap((p) => {
    const w = p.split(/[ -]/)[0]!;
    return [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
  }),
);

function leadsWithPlaceWord(text: string, start: number, end: number): boolean {
  let at = start;
  for (let k = 0; k < 3 && at < end; k++) {
    const c = text.charCodeAt(at);
    if (c < 65 || c > 90) return k > 0 && text.startsWith('the ', at) && leadsWithPlaceWord(text, at + 4, end);
    let stop = at + 1;
    while (stop < end && isWordChar(text.charCodeAt(stop))) stop++;
    const word = text.slice(at, stop);
    if (word !== 'In' && word !== 'The') return PLACE_FIRST_WORDS.has(word);
    at = stop + 1;
  }
  return false;
}

/** Letters and the dots of "U.S.": a place's first word ends at a space, hyphen, comma or apostrophe. */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/**
 * The place that leads a sentence and the word after it: "In the", a place or a list of places of up to eight words
 * ("Africa, the Middle East, and the CIS"), "region", an adverb.
 */
const LEAD_WORDS = 12;
const MAX_PLACE_WORDS = 8;
/** "North America currently dominates …", "Europe and Asia each accounted for …": a word before the predicate. */
const BEFORE_PREDICATE = /^(?:\p{Ll}+ly|now|still|also|each|together|alone)$/u;

function statedRegions(sentence: string): string[] {
  const words = sentence.split(' ', LEAD_WORDS);
  let k = 0;
  const lead = words[0] === 'In';
  if (lead) k++;
  if (words[k] === 'The' || (lead && words[k] === 'the')) k++;
  // A place's words are capitalized but for its joiners ("Middle East and Africa", "Rest of the World").
  let run = 0;
  while (k + run < words.length - 1 && run < MAX_PLACE_WORDS && (/^\p{Lu}/u.test(words[k + run]!) || PLACE_JOINERS.has(words[k + run]!))) run++;
  for (let len = run; len >= 1; len--) {
    const raw = words.slice(k, k + len).join(' ');
    const comma = raw.endsWith(',');
    const name = raw.replace(/[,;:]$/, '').replace(/['’]s$/, '');
    const key = name.toLowerCase().replace(/[-–]/g, ' ');
    const one = PLACES.has(key) || PAIRED_REGIONS.has(key.replace(/\s*&\s*/g, ' and ').replace(/,/g, ''));
    // "North America and Europe dominate …": two places, each a region.
    const composite = !one && len >= 3 && isPlace(name);
    if (!one && !composite) continue;
    let after = k + len;
    if (/^(?:regions?|countries)$/i.test(words[after] ?? '')) after++;
    if (BEFORE_PREDICATE.test(words[after] ?? '')) after++;
    // "Asia-Pacific dominates, contributing …": the predicate's comma is not part of it.
    const next = (words[after] ?? '').toLowerCase().replace(/[,;:]$/, '');
    const stated = lead ? comma || /^regions?,?$/.test((words[k + len] ?? '').toLowerCase()) : comma ? /^(?:which|with)$/.test(next) : REGION_PREDICATES.has(next);
    if (!stated) return [];
    if (!composite) return [name];
    // "Middle East & Africa" among them is one region; "North America & Europe" two.
    const parts = name.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).flatMap((p) => (PAIRED_REGIONS.has(p.toLowerCase().replace(/^the\s+/, '').replace(/\s*&\s*/g, ' and ')) ? [p] : p.split(/\s*&\s*/)));
    return parts.map((p) => p.replace(/^the\s+/, '')).filter((p) => p && isPlace(p));
  }
  return [];
}

const PLACE_JOINERS = new Set(['and', '&', 'of', 'the']);

// ---------------------------------------------------------------------------------------------------------------
// Names

const CORPORATE_SUFFIX = /^(?:inc|ltd|llc|llp|plc|corp|co|ag|se|sa|s\.a|nv|n\.v|bv|b\.v|gmbh|kg|lp|l\.p|s\.p\.a|spa|ab|oy|asa)\.?$/i;
const ABBREVIATION = /^(?:inc|ltd|co|corp|jr|sr|st|bros|no|vs|etc|dr|mr|mrs|ms|plc|llc|intl|mfg|[a-z])$/i;

/**
 * A period after this word ends the sentence: not "Dr." or "S.A." or "U.K.", and not "Co." before "Ltd.", though
 * "Baz AG. Sales rose" does end one.
 */
function endsSentence(word: string, next = ''): boolean {
  const bare = word.replace(/[.,;:'"”’)]+$/, '');
  if (!bare || bare.includes('.') || ABBREVIATION.test(bare)) return false;
  if (CORPORATE_SUFFIX.test(bare)) return /^[\p{Lu}]/u.test(next) && !CORPORATE_SUFFIX.test(next.replace(/[.,;:]+$/, ''));
  return true;
}

const isStop = (c: number): boolean => c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */;
const isCloser = (c: number): boolean => c === 34 /* " */ || c === 0x201d /* ” */ || c === 0x2019 /* ’ */ || c === 41 /* ) */;

/**
 * Cuts text at its first sentence end, so a list never runs on into the next sentence. Words are read one space at
 * a time, up to the cut: the callers cut long texts sentence by sentence, and splitting the whole rest each time
 * made that quadratic.
 */
function firstSentence(text: string): { head: string; cut: boolean } {
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    const last = end > start ? text.charCodeAt(end - 1) : 0;
    // The word ends in ".", "!" or "?", or in one of them and a closing quote or parenthesis.
    const stop = isStop(last) || (isCloser(last) && end - 2 >= start && isStop(text.charCodeAt(end - 2)));
    if (stop && space >= 0) {
      const nextSpace = text.indexOf(' ', end + 1);
      const next = text.slice(end + 1, nextSpace < 0 ? text.length : nextSpace);
      if (endsSentence(text.slice(start, end), next)) return { head: text.slice(0, end), cut: true };
    }
    if (last === 33 || last === 63) return { head: text.slice(0, end), cut: true };
    if (space < 0) break;
    start = space + 1;
  }
  return { head: text, cut: false };
}

/**
 * Block text (every caller's input) arrives with its white space collapsed, so only markdown marks need a rewrite,
 * and most text has none: three native searches instead of two regex passes and two copies.
 */
function stripMarkup(text: string): string {
  if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('`') < 0) return text.trim();
  return text.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
}

/** Prose, not a heading: most of its longer words start in lower case. */
function mostlyLowerCase(text: string): boolean {
  const words = text.split(' ').filter((w) => w.length >= 4 && /^\p{L}/u.test(w));
  return words.filter((w) => w[0] !== w[0]!.toUpperCase()).length * 2 > words.length;
}

/** Words of a single-spaced text, counted without splitting it. */
function wordCount(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** `[\s,;:]`, as a set: the separators and every white space a trailing run may hold. */
const TRAILING_MARK = new Set([',', ';', ':', ...' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff']);

/** Drops the trailing period of a sentence but keeps the one of "Inc." or "S.A.". */
function trimTrailing(name: string): string {
  // Read from the end: an anchored-at-end pattern is tried at every position of the name.
  let end = name.length;
  while (end > 0 && TRAILING_MARK.has(name[end - 1]!)) end--;
  let s = name.slice(0, end);
  if (s.endsWith('.')) {
    const last = s.split(' ').pop() ?? '';
    if (endsSentence(last)) s = s.slice(0, -1);
  }
  return s.trim();
}

/**
 * The name of a list entry as written: its description (after ":" or " - "), a "Subsegment" suffix, bullets,
 * markdown and a parenthetical sub-list ("North America (United States, Canada, etc.)") go; an abbreviation in
 * parentheses ("Natural Language Processing (NLP)") stays, being part of the name.
 */
const BULLET_MARKS = '[-•*–·▪►✓]';
/** A list entry's number, letter or bullet: "1.", "b)", "- ", "• ". */
const LIST_MARK = new RegExp(String.raw`^(?:\d{1,2}[.)]|[a-z][.)]|${BULLET_MARKS})\s+`, 'i');
/** A bullet alone, as a line written with a dash starts: not "1." or "a)", which may start a label's own words. */
const BULLET = new RegExp(String.raw`^${BULLET_MARKS}\s+`);

export function cleanName(raw: string): string {
  let s = stripMarkup(raw.slice(0, 600));
  s = s.replace(LIST_MARK, '');
  // A statistics card's caption names its segment between the measure and the period.
  const card = STAT_CAPTION.exec(s);
  if (card) return card[1]!;
  const colon = s.indexOf(':');
  if (colon > 0 && !/^\/\//.test(s.slice(colon + 1))) s = s.slice(0, colon);
  const dash = s.search(/\s[-–—]\s/);
  if (dash > 0) s = s.slice(0, dash);
  s = s.trim().replace(/\s+(?:sub-?segments?|segments?)$/i, '');
  const paren = s.lastIndexOf('(');
  // A sub-list, a share or a headquarters country in parentheses is not part of the name.
  // So is a description of several words ("Services (Dominant Revenue Driver)"), where an abbreviation is one.
  if (paren > 0 && s.endsWith(')') && (/[,\d%]|etc|\S\s+\S/.test(s.slice(paren)) || isPlace(s.slice(paren + 1, -1)))) s = s.slice(0, paren);
  // A sub-list in braces or brackets, "Tables {Surgical Tables, Examination Tables}", never is.
  const brace = Math.max(s.lastIndexOf('{'), s.lastIndexOf('['));
  if (brace > 0 && (s.endsWith('}') || s.endsWith(']'))) s = s.slice(0, brace);
  s = s.replace(/^(?:and|or)\s+/i, '');
  // "… speed sensor and others).": the close of a parenthesis the entry never opened.
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1);
  return trimTrailing(s.trim());
}

/** "value share, Passenger Seats, 2023", "Projected CAGR, Widebody, 2024-2030": a statistics card's caption. */
const STAT_CAPTION = /^(?:projected\s+)?(?:cagr|(?:value|volume|revenue|market)\s+share|share)\s*,\s*([^,]{1,80}?)\s*,\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/i;

const NOT_A_NAME = /https?:|www\.|@|\.com\b|\.html?\b/i;
const BOILERPLATE =
  /\b(?:market|report|sample|purchase|download|click|visit|request|enquir|inquir|contact|subscribe|pdf|copyright|read more|learn more|table of contents|faq)/i;

function isName(name: string, maxWords: number): boolean {
  if (!name || name.length > MAX_NAME_CHARS) return false;
  if (!/^[\p{L}\p{N}]/u.test(name) || !/\p{L}/u.test(name)) return false;
  // "3Timeline signal": a list number glued to a word, a page's numbered step, not a name ("5G", "3M" stay).
  if (NOT_A_NAME.test(name) || /[?!]$/.test(name) || /^\d{1,2}\p{Lu}\p{Ll}/u.test(name)) return false;
  if (wordCount(name) > maxWords) return false;
  return !firstSentence(name).cut;
}

const MONEY = /[$€£¥₹%]|\b(?:usd|eur|billion|million|trillion|bn|mn)\b/i;

/** "and Others", "Others…", a last bullet "MORE": the rest of a list, not a company. */
const OTHERS = /^(?:others?|more)\W*$/i;

/**
 * Two words in lower case that join nothing ("Abib sheet masks top Amazon K-beauty seller"): a statistic about a
 * company, not its name; names keep lower case for their connectors ("Bank of America", "Marks and Spencer").
 */
function hasLowerCaseWords(name: string): boolean {
  let n = 0;
  for (const w of name.split(' ')) if (/^\p{Ll}/u.test(w) && !CONNECTORS.has(w) && ++n >= 2) return true;
  return false;
}

/** A report's own chapters, listed after its "Key Market Players" chapter in a table of contents. */
const CHAPTER = /^(?:strategic conclusions?|conclusions?|references|appendix|appendices|(?:research )?methodology|executive summary|introduction|glossary|disclaimer|bibliography|acknowledge?ments?)$/i;

/**
 * How a name's word starts: a capital or digit, or a brand's few lower-case letters before a capital ("iQIYI", "eBay",
 * "bioMerieux").
 */
const NAME_WORD = /^(?:[\p{Lu}\p{N}]|\p{Ll}{1,4}\p{Lu})/u;

function isCompanyName(name: string): boolean {
  // One letter is a name cut short ("…, McKesson Corporation, K"), not a company.
  return (
    name.replace(/[^\p{L}\p{N}]/gu, '').length > 1 && isName(name, 8) && NAME_WORD.test(name) && !MONEY.test(name) &&
    !isPlace(name) && !OTHERS.test(name) && !hasLowerCaseWords(name) && !CHAPTER.test(name)
  );
}

/**
 * A name in a written-out list: capitalized as names are (unless the list sits in parentheses after its split,
 * "by technology (microfiltration, ultrafiltration)"), and not a count ("bulk carrier 12").
 */
function isListedName(category: Category, name: string, lowerCaseOk = false): boolean {
  // A name in capitals may be longer ("Living Room and Dining Room Furniture") than one in lower case, which prose runs
  // into.
  const capitalized = /^[\p{Lu}\p{N}]/u.test(name);
  return (lowerCaseOk || capitalized) && !/\s\d[\d.,]*$/.test(name) && isNameFor(category, name, capitalized ? 8 : 5);
}

function isNameFor(category: Category, name: string, maxWords: number): boolean {
  if (category === 'companies') return isCompanyName(name);
  if (category === 'regions') return isName(name, maxWords) && isPlace(name);
  return isName(name, maxWords) && !MONEY.test(name) && !SPECIFICATION.test(name);
}

/** "Energy density of 200 Wh/kg", "100,000+ full charge cycles": a product's specification, not a segment. */
const SPECIFICATION = /\bof\s+[-+]?\d|\d\+/;

/** Distribution channels are often filed under "Application" by publishers; the labels leave them out. */
const CHANNEL = /retail|store|supermarket|hypermarket|online|offline|e-?commerce|distributor|distribution|wholesale|direct sales|convenience|pharmac|channel|dealer/i;

function isChannelList(names: string[]): boolean {
  return names.length > 0 && names.filter((n) => CHANNEL.test(n)).length * 2 >= names.length;
}

/** "Category (Men and Women)": a split by gender, left out as a "Gender" split is, whatever it is filed under. */
const GENDER = /^(?:men|women|male|female|males|females|boys|girls|unisex|man|woman)(?:'s|’s)?$/i;

function isGenderList(names: string[]): boolean {
  return names.length > 0 && names.every((n) => GENDER.test(n.trim()));
}

// ---------------------------------------------------------------------------------------------------------------
// Inline lists: "(A, B, and Others)", "include A, B and C"

const OPENERS = '({[';
const CLOSERS = ')}]';

/**
 * The comma- and semicolon-separated pieces of a list, not splitting inside brackets: "Tables {Surgical Tables,
 * Examination Tables}, Accessories" and "North America (U.S., Canada), Europe" are two entries each, whose
 * sub-lists cleanName drops.
 */
function topLevelPieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';') && depth === 0) {
      out.push(text.slice(from, k));
      from = k + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** Splits "A, B, and C" / "A and B" into entries; "Aerospace and Defense" in a list with commas stays whole. */
function splitList(text: string): string[] {
  // "Conventional Syringe, (Eccentric Tip Syringe, Catheter Tip Syringe)": a sub-list set as an entry of its own
  // lists more entries.
  const pieces = topLevelPieces(text)
    .map((p) => p.trim())
    .flatMap((p) => (p.startsWith('(') && p.endsWith(')') && p.includes(',') ? topLevelPieces(p.slice(1, -1)).map((q) => q.trim()) : [p]))
    .filter(Boolean);
  if (pieces.length === 1) return pieces[0]!.split(/\s+(?:and|&)\s+/);
  const out: string[] = [];
  pieces.forEach((p, i) => {
    // "… Medical Bandages(Gauze Bandage, Cohesive and Elastic Bandage)": an "and" inside the entry's sub-list is the
    // sub-list's, which cleanName drops whole.
    const open = p.search(/[({[]/);
    const head = open < 0 ? p : p.slice(0, open);
    const last = i === pieces.length - 1 && !/^(?:and|or)\s/i.test(p);
    // "Frozen (-18–0 °C) and More": the last entry after a parenthesis of the one before it.
    const after = last && open >= 0 ? PAREN_THEN_LAST.exec(p) : null;
    if (last && /\s(?:and|or)\s/i.test(head)) {
      const parts = head.split(/\s+(?:and|or)\s+/i);
      parts[parts.length - 1] += open < 0 ? '' : p.slice(open);
      out.push(...parts);
    } else if (after) out.push(after[1]!, after[2]!);
    else out.push(p);
  });
  // "… and More", "Fiserv & more" close a list as "etc." does: no entry of their own.
  return out.map((x) => x.replace(/\s+&\s+more\s*$/i, '')).filter((x) => !/^\s*(?:(?:and|or)\s+)?more\s*$/i.test(x));
}

const PAREN_THEN_LAST = /^([^()]*\([^()]*\))\s+(?:and|or)\s+([^()]+)$/i;

/** "E. I. du Pont de Nemours and Company", "Johnson and Sons": "and" inside a name, not between two. */
const NAME_AND = /^(?:Company|Co\.?|Sons|Partners|Associates)\b/;
const NAME_SPLIT = /\s+and\s+(?!(?:Company|Co\.?|Sons|Partners|Associates)\b)/;

const CONNECTORS = new Set(['&', 'of', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'y', 'et', 'and']);

/** The capitalized words a text starts with: "Molnlycke Health are also..." → "Molnlycke Health". */
function capitalizedRun(text: string): { run: string; rest: string } {
  // Words are read one space at a time up to the run's end: a run is a few words, the sentence after it may be long.
  const wordAt = (at: number): { word: string; end: number } => {
    const space = text.indexOf(' ', at);
    const end = space < 0 ? text.length : space;
    return { word: text.slice(at, end), end };
  };
  let at = 0;
  let runEnd = -1;
  while (at <= text.length) {
    const { word: w, end } = wordAt(at);
    if (NAME_WORD.test(w)) {
      runEnd = end;
      at = end + 1;
      // A comma closes the name: "Panasonic Corporation, Samsung SDI" is two names, not one.
      if (w.endsWith(',')) break;
      continue;
    }
    const next = end < text.length ? wordAt(end + 1).word : undefined;
    const joinsName = w.toLowerCase() !== 'and' || NAME_AND.test(next ?? '');
    if (runEnd >= 0 && CONNECTORS.has(w.toLowerCase()) && joinsName && next && /^[\p{Lu}]/u.test(next)) {
      runEnd = end;
      at = end + 1;
      continue;
    }
    break;
  }
  return { run: runEnd < 0 ? '' : text.slice(0, runEnd), rest: at > text.length ? '' : text.slice(at) };
}

const PAREN_ASIDE = /\s*\([^()]{0,60}\)/g;
const DASH_CLOSE = /\s*[—–]/;

/**
 * The names a prose list gives after its cue: capitalized entries separated by commas and "and", up to the first
 * entry that is not a name (", each vying", ", among others", ", which") or the end of the sentence.
 */
function proseNames(text: string): string[] {
  // "Dematic (KION Group), Daifuku, and Swisslog": a name's aside in parentheses is not the end of the list; a dash
  // is ("… and Swisslog—collectively hold …").
  const head = firstSentence(stripMarkup(text.slice(0, 800))).head.replace(PAREN_ASIDE, '').split(DASH_CLOSE, 1)[0]!;
  const out: string[] = [];
  // Separators are kept (odd indices) so a suffix rejoins its name as written: "Co,Ltd", "Power, Inc.".
  const pieces = head.split(/(\s*[,;]\s*)/);
  for (let p = 0; p < pieces.length; p += 2) {
    const raw = pieces[p]!;
    const piece = trimTrailing(raw.trim().replace(/^(?:and|or)\s+/i, '').replace(/^the\s+/i, ''));
    if (!piece) break;
    const run = capitalizedRun(piece).run.split(' ');
    const suffix = run[0] ?? '';
    // "Actagro LLC, AG Biochem Inc": after a name that has its suffix, a run of capitalized words is the next name, which
    // starts with a word like one ("Merck & Co., Inc." still takes its second suffix).
    const suffixed = out.length > 0 && CORPORATE_SUFFIX.test(out[out.length - 1]!.split(' ').pop() ?? '');
    if (out.length && !(suffixed && run.length > 1) && CORPORATE_SUFFIX.test(suffix) && /^[\p{Lu}]/u.test(piece)) {
      // "LG Chem Power, Inc." : the suffix belongs to the name before it.
      out[out.length - 1] = `${out[out.length - 1]}${pieces[p - 1]}${suffix}`;
      if (piece.length > suffix.length) break;
      continue;
    }
    const parts = piece.split(NAME_SPLIT);
    let stop = false;
    for (const part of parts) {
      const read = capitalizedRun(part.replace(/^the\s+/i, ''));
      // "Rachio inc.": a suffix written in lower case still closes the name.
      const suffixed = read.run && CORPORATE_SUFFIX.test(read.rest.trim());
      const run = suffixed ? `${read.run} ${read.rest.trim()}` : read.run;
      const rest = suffixed ? '' : read.rest;
      const name = trimTrailing(run);
      if (!name || !isCompanyName(name)) {
        stop = true;
        break;
      }
      out.push(name);
      if (rest) {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }
  return out;
}

/** A few words after a label's colon, then the verb that opens the list: "Global leaders include", "Top firms are". */
const LABEL_THEN_VERB = /^\s*(?:[\p{L}-]+\s+){1,3}?(?:include|includes|are|such as|like)\s+/iu;

/** A cue naming the players, then a verb that opens their list: "Key players include", "prominent players such as". */
const COMPANY_CUE =
  /\b(?:key|major|leading|top|prominent|notable|significant|main|dominant|established|other|profiled|market|industry|large|largest|biggest)\s+(?:[\w-]+\s+){0,4}?(?:players|companies|competitors|vendors|manufacturers|participants|leaders|brands|names|firms|organi[sz]ations|providers|suppliers)\b/gi;
const LIST_OPENER = /^(?:\s*[—–]|[^.;!?:]{0,60}?(?:\b(?:include|includes|including|such as|like|namely|are|being)\b|:))/i;
/**
 * Without a qualifier the examples must follow at once and lead the market: "led by organizations like the Serum
 * Institute and ...", or be set off by a dash as an aside: "owned by five companies—AkzoNobel, Chugoku Marine Paints, …
 * and PPG". Examples of anything else are no players: "For instance, companies like Shell and Total are investing in
 * …", "Companies like Google, Microsoft, and Amazon have all invested …".
 */
const PLAIN_COMPANY_CUE =
  /\b(?:(?:led|dominated|driven|spearheaded|headed)\s+by\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|organi[sz]ations|players|manufacturers|vendors|competitors)\s*,?\s+(?:like|such as|including)\s+|with\s+leaders\s+(?:like|such as|including)\s+|(?:companies|firms|organi[sz]ations|players|manufacturers|vendors|competitors)\s*[—–]\s*)/gi;

/**
 * Every company cue names its nouns; one literal scan rules out most blocks before the cue patterns run. The "u" flag
 * makes V8 scan this alternation in half the time (it only widens what the gate lets through: "ſ" is an "s" to it);
 * the hints with a \b are four times slower with it and keep their plain "i".
 */
const COMPANY_NOUN_HINT = /player|compan|competitor|vendor|manufacturer|participant|firms|organi[sz]ation|leaders|brands|names|providers|suppliers/iu;

/**
 * A wire release's headline names the players it features: "… Industry to 2026 - Featuring Sonova Holding, GN Store
 * Nord & Widex Among Others", "Animal Health Market … - Top Companies Vetoquinol, Virbac, Elanco". The list runs to the
 * end of the headline; an "&" before its last name joins the list, as "and" would.
 */
const HEADLINE_PLAYERS = /\b(?:featuring|top companies|key companies|key players|leading players|major players|top players)\s*:?\s+([^:|]{3,300})$/i;
const AMONG_OTHERS = /\s+(?:among|and|&)\s+others\s*$/i;

function headlinePlayers(block: Block): string[] {
  if (block.kind !== 'title' && block.kind !== 'heading') return [];
  const m = HEADLINE_PLAYERS.exec(block.text);
  if (!m) return [];
  const list = m[1]!.replace(AMONG_OTHERS, '');
  const last = list.lastIndexOf(',');
  const joined = last < 0 ? list : `${list.slice(0, last)}${list.slice(last).replace(/\s+&\s+/, ' and ')}`;
  const names = proseNames(joined);
  return names.length >= 2 ? names : [];
}

/**
 * The players named before their cue: "Nestle, ConAgra, H.J. Heinz are some of the leading industry participants",
 * "Acme and Initech are the key players in the market". The names must make up the whole sentence before the verb.
 */
const TRAILING_COMPANY_CUE =
  /\s(?:are|were|remain)\s+(?:(?:some|a few|two|three|four|five)\s+of\s+|among\s+)?the\s+(?:key|major|leading|top|prominent|notable|main|dominant|biggest|largest)\s+(?:[\w-]+\s+){0,2}?(?:players|companies|competitors|vendors|manufacturers|participants)\b/gi;

const MAX_NAMES_BEFORE_CHARS = 200;

/**
 * The start of the sentence holding `at`, if it starts within `reach` characters: a verb's subject, or the names before
 * a players' cue, is read from there. With `afterLowerCase`, a stop ends a sentence only after a lower-case letter
 * ("market. Nestle"), not after initials ("H.J. Heinz").
 */
function sentenceStartNear(text: string, at: number, reach: number, afterLowerCase = false): number | null {
  for (let k = at - 1; k >= 0 && at - k <= reach; k--) {
    const c = text[k]!;
    if (k === 0) return 0;
    if ((c === ' ' || c === '\n') && '.!?'.includes(text[k - 1]!) && (!afterLowerCase || isLowerAscii(text.charCodeAt(k - 2)))) return k + 1;
  }
  return null;
}


function namesBefore(scan: string, at: number): string[] {
  const start = sentenceStartNear(scan, at, MAX_NAMES_BEFORE_CHARS, true);
  if (start === null) return [];
  const head = scan.slice(start, at).trim();
  const names = proseNames(head);
  const entries = head.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).filter(Boolean);
  return names.length >= 2 && names.length === entries.length && names.every(leadIsName) ? names : [];
}

function cuedCompanies(text: string): string[] {
  if (!COMPANY_NOUN_HINT.test(text.slice(0, MAX_SCAN_CHARS))) return [];
  const scan = stripMarkup(text.slice(0, MAX_SCAN_CHARS));
  const out: string[] = [];
  for (const m of scan.matchAll(TRAILING_COMPANY_CUE)) out.push(...namesBefore(scan, m.index));
  for (const m of scan.matchAll(COMPANY_CUE)) {
    const after = scan.slice(m.index + m[0].length);
    const opener = LIST_OPENER.exec(after);
    if (!opener) continue;
    const list = after.slice(opener[0].length).replace(/^\s*:/, '');
    // "Leading Players: Global leaders include Medtronic, …": a label's colon, then the sentence that opens the list.
    const verb = opener[0].endsWith(':') ? LABEL_THEN_VERB.exec(list) : null;
    out.push(...proseNames((verb ? list.slice(verb[0].length) : list).trim()));
  }
  for (const m of scan.matchAll(PLAIN_COMPANY_CUE)) out.push(...proseNames(scan.slice(m.index + m[0].length)));
  return out;
}

/**
 * A split's name and its list in parentheses, which may hold sub-lists of its own: "Type (Insulin Syringe,
 * Conventional Syringe, (Eccentric Tip Syringe, Luer Lock Syringe))". Each character is taken by one branch only,
 * so a failed match gives back at most one step per character.
 */
const NAMED_PAREN_LIST = String.raw`([A-Za-z][A-Za-z &/-]{0,40}?)\s*\(((?:[^()]|\([^()]{0,200}\)){1,400})\)`;

/** The words that open a split: "by type", "based on end use", "on the basis of …", "in terms of technology". */
const SPLIT_WORDS = String.raw`(?:by|based on|on the basis of|in terms of)`;

/**
 * "By Category (Hair Care, Skin Care, Makeup, and Others)" in a report title or press release, and a title's
 * "Segmented in Shipment Type (A, B), Cargo Type (C, D)".
 */
const PAREN_LIST = new RegExp(String.raw`\b(?:${SPLIT_WORDS}|segmented in)\s+` + NAMED_PAREN_LIST, 'gi');
/** "(e.g., SaaS, PaaS, IaaS)", "(such as CRM and ERP)": what opens a list of examples is no name. */
const EXAMPLES = /^\s*(?:e\.\s?g\.|i\.\s?e\.|eg\.|such as|including|incl\.|like)\s*,?\s*/i;

/**
 * The next split of the same phrase: "by technology (…) and end-user industry (…)", "…, type (…)", "…; Form (…)", or of the next
 * sentence where it goes on with one: "Segmented by Service Model (IaaS, PaaS, SaaS). Deployment Model (Public Cloud, …)".
 */
const PAREN_LIST_NEXT = new RegExp(String.raw`^\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\.\s+(?=[A-Z]))` + NAMED_PAREN_LIST, 'i');

/**
 * "segmented by Type - Fingerprint Recognition, Facial Recognition, by Application - Military, Civil": a split's list
 * after a dash, up to the next "by" or the sentence's end. The list is lazy up to its end, at most 400 characters.
 */
const BY_DASH_PART = /\bby\s([A-Za-z][A-Za-z &/]{0,40}?)\s[-–—]\s([^;:()]{1,400}?)(?=,?\s+by\s|[.;](?:\s|$)|$)/gi;

/** "By Vehicle type [Passenger, Commercial, Off the Road], By Tyre Type [Radial, Bias]": a title's lists in brackets. */
const BRACKET_LIST = new RegExp(String.raw`\b${SPLIT_WORDS}\s+([A-Za-z][A-Za-z &/-]{0,40}?)\s*\[([^\[\]]{1,400})\]`, 'gi');

/** "Analysis by Type, Multiplex PCR, Digital PCR, and Others, Product Type, ...": only when it ends in "and Others". */
const BARE_LIST = /\bby\s+([A-Za-z][A-Za-z -]{0,30}?),\s*([^()]{1,400})/gi;

/**
 * "Tower Crane Market (By Type: A, B, C; By Application: D, E)": splits in a title's parentheses, each "By X:" list
 * ended by a semicolon or the closing parenthesis. The list is lazy up to its end, at most 400 characters a split, and
 * nothing between it and its end can backtrack (splitList trims it). An entry may hold a short parenthesis of its own
 * ("Magnetic Resonance Imaging (MRI)"), taken whole by its own branch.
 */
const BY_COLON_PART = /\bby\s([A-Za-z][A-Za-z &/-]{0,40}?) ?: ?((?:[^;:()]|\([^();:]{1,40}\)){1,400}?)(?=;|\))/gi;

/** "By Application: A, B, C" in one block. */
const COLON_LIST = /^(?:segment(?:ed|ation)?\s+)?by\s+([A-Za-z][A-Za-z &/-]{0,40}?)\s*:\s*(.+)$/i;

interface InlineList {
  category: Category;
  names: string[];
}

/**
 * Every inline list and every list a split leads opens with "by", "based on", "on the basis of", "in terms of" or
 * "segmented in": one scan rules out most blocks for both.
 */
const LIST_HINT = /\bby\b|based on|basis of|terms of|segmented in/i;

/**
 * A key fact laid out as a labelled list: "End-Users: Individual Consumers, Music Bands, Recording Studios", "Key
 * Regions: North America, Europe, Asia-Pacific", "Primary Segments: Hardware, Software, IT Services". The label is
 * short and ends in the plural of a split ("Logistics Industry: Trending Facts & Insights" is a title, "Sources:" cite),
 * every entry must be a name, and the line holds no sentence. "By Type: …" is the colon list's.
 */
const LABELLED_LIST = /^([A-Za-z][A-Za-z -]{1,40}?)\s*:\s+([^:]{3,400})$/;
const MAX_LABEL_WORDS = 4;
const MAX_AND_ENTRY_WORDS = 3;
const MAX_LABEL_CHARS = 45;
const MAX_LABELLED_CHARS = 450;
const LABEL_HEAD = /(?:^|[\s-])([A-Za-z]+s)$/;
const TYPE_OF = /^types? of\b/i;
const LANDSCAPE = /(?:^|\s)competitive landscape$/i;

function labelledList(block: Block): InlineList | null {
  if (block.text.length > MAX_LABELLED_CHARS || block.kind === 'title' || block.kind === 'heading') return null;
  const colon = block.text.indexOf(':');
  // The label ends in a plural ("Key Regions:"), is a "Type of …" or the players' "Competitive Landscape": one
  // character settles most lines.
  const typeOf = TYPE_OF.test(block.text);
  const last = block.text.charCodeAt(colon - 1) | 32;
  const landscape = !typeOf && last === 101 /* e */ && LANDSCAPE.test(block.text.slice(0, colon));
  if (colon < 2 || colon > MAX_LABEL_CHARS || (last !== 115 /* s */ && !typeOf && !landscape)) return null;
  const m = LABELLED_LIST.exec(stripMarkup(block.text).trim().replace(BULLET, ''));
  if (!m || wordCount(m[1]!) > MAX_LABEL_WORDS || /^(?:by|segment|sources)\b/i.test(m[1]!) || /(?<!(?:^|[\s.])\p{Lu})\.\s+\p{Lu}/u.test(m[2]!)) return null;
  const head = typeOf ? m[1]! : LABEL_HEAD.exec(m[1]!)?.[1];
  const category = landscape ? 'companies' : head ? (dimensionOf(head) ?? (/^segments$/i.test(head) ? 'types' : null)) : null;
  if (!category || category === 'other') return null;
  const names = splitList(m[2]!.replace(/\.$/, '')).map(cleanName);
  // "Mobile Payments: Platforms like PayPal and Venmo facilitate seamless transactions via smartphones": an "and" with no
  // comma joins the halves of a sentence, unless both are short names.
  if (!m[2]!.includes(',') && names.some((n) => wordCount(n) > MAX_AND_ENTRY_WORDS)) return null;
  // "COST_REDUCTION, QUALITY_IMPROVEMENT": a program's constants, not a market's segments.
  return names.length >= 2 && names.every((n) => isListedName(category, n) && !n.includes('_')) ? { category, names } : null;
}

function inlineLists(text: string): InlineList[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  const out: InlineList[] = [];
  const push = (dim: string, names: string[], inParentheses = false): void => {
    const category = dimensionOf(dim);
    if (!category || category === 'other') return;
    const kept = names.map(cleanName).filter((n) => isListedName(category, n, inParentheses));
    // One name in parentheses is an abbreviation ("by Congressional Research Service (CRS)"), not a list.
    if (kept.length >= 2) out.push({ category, names: kept });
  };
  for (const m of scan.matchAll(PAREN_LIST)) {
    push(m[1]!, splitList(m[2]!.replace(EXAMPLES, '')), true);
    let rest = scan.slice(m.index + m[0].length);
    for (let n = 0, next = PAREN_LIST_NEXT.exec(rest); next && n < 8; n++, next = PAREN_LIST_NEXT.exec(rest)) {
      push(next[1]!, splitList(next[2]!.replace(EXAMPLES, '')), true);
      rest = rest.slice(next[0].length);
    }
  }
  if (scan.includes('[')) for (const m of scan.matchAll(BRACKET_LIST)) push(m[1]!, splitList(m[2]!), true);
  if (scan.includes(' - ') || scan.includes(' – ')) for (const m of scan.matchAll(BY_DASH_PART)) push(m[1]!, splitList(m[2]!));
  for (const m of scan.matchAll(BARE_LIST)) {
    const pieces = m[2]!.split(/\s*,\s*/);
    const end = pieces.findIndex((p) => /^and\s+others?$/i.test(p.trim()));
    // Without the closing "and Others" a comma run after "by X" is more likely further splits than values.
    if (end < 1) continue;
    const names = pieces.slice(0, end + 1);
    if (names.every((n) => wordCount(n.trim()) <= 5 && /^[\p{Lu}\p{N}]|^and\s/u.test(n.trim()))) push(m[1]!, names);
  }
  if (scan.includes(':')) for (const m of scan.matchAll(BY_COLON_PART)) push(m[1]!, splitList(m[2]!), true);
  // "1) By Type: …", "- By Mode: Offline, Online": a numbered or bulleted line of a split's list.
  const colon = COLON_LIST.exec(stripMarkup(scan).replace(LIST_MARK, ''));
  if (colon) push(colon[1]!, splitList(colon[2]!));
  return out;
}

/** The words that name a split in prose, and the split it names. */
const SPLIT_BY = String.raw`${SPLIT_WORDS}\s+([a-z][a-z &/-]{1,30}?)`;

/**
 * "The consumer electronics market can be categorized into Telephony, Computing, TV, and Drones", "… is divided into
 * seven segments: A, B, …", "By type, it is split into …": a market's own split named by a classifying verb. What the
 * list splits is said by the noun before it ("service models like", "end users such as"), what is sold otherwise. An
 * entry's parenthesis may hold periods ("Small Theme Room (less than 100 sq. m.)"); each character is taken by one
 * branch only, so it stays linear.
 */
/** The verb of a split said of its market as the object: "TMR segments the market into three major categories: …". */
const ACTIVE_SPLIT = String.raw`(?:segments|divides|classifies|categori[sz]es|splits|bifurcates)\s+the\s+`;
const ACTIVE_SPLIT_START = new RegExp(`^${ACTIVE_SPLIT}`, 'i');
const CLASSIFIED_LIST = new RegExp(
  String.raw`\b(?:(?:market|industry|sector|it)\b[^.;:!?]{0,40}?\b(?:(?:categori[sz]ed|classified|segmented|divided|broken down|grouped|bifurcated|split|sub-?divided)\s+(?:${SPLIT_BY}\s+)?into|consists\s+of|comprises)|${ACTIVE_SPLIT}(?:[\w-]+\s+){0,4}?(?:market|industry|sector)\s+into)\s+(?:((?:[a-z-]+\s+){0,3}?(?:segments|categories|types|groups|sectors|industries|models|classes|kinds|verticals|applications|end[- ]users|regions|products|services))\s*(?:,?\s(?:such as|including|like|namely)\s|:|,|\s-\s))?\s*((?:[^.;!?()]|\([^()]{0,80}\)){1,400})`,
  'gi',
);

/** Words that say which market a sentence is about without naming it: "The global market", "This industry". */
const UNNAMING = new Set(['the', 'this', 'that', 'its', 'their', 'global', 'worldwide', 'overall', 'entire', 'whole', 'total']);

/** The market a classifying sentence splits is the page's ("The market", or one named with a word of the title). */
function splitsPageMarket(before: string, title: string): boolean {
  const all = before.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // "It said the global market …": the market's name starts after its article; the words before are the sentence's.
  const article = Math.max(all.lastIndexOf('the'), all.lastIndexOf('this'), all.lastIndexOf('a'));
  const words = all.slice(Math.max(article + 1, all.length - 3)).filter((w) => !UNNAMING.has(w));
  // A plural names the title's product too: "razors" on a page about the "Razor Market".
  return !words.length || words.some((w) => title.includes(w) || (w.length > 3 && w.endsWith('s') && title.includes(w.slice(0, -1))));
}

/** Every classifying verb comes before "into" or is one of two others: one scan rules out most blocks. */
const CLASSIFYING_VERB_END = / into | consists of | comprises /;

/** "… plastic, and others", "… and a variety of others" in prose is the rest of the list, not a segment the page names. */
const isNamed = (name: string): boolean => !/^(?:(?:a variety of|various|many|several|numerous|some)\s+)?others?$/.test(name);
const EXAMPLES_WORD = /\b(?:including|such as|like|namely)\b/i;

/** What a classified list splits, said before it ("By type, …", "In terms of type, …", "On the basis of end use, …"). */
const SPLIT_LEAD = new RegExp(String.raw`^[.\s]*${SPLIT_BY}\s*,`, 'i');
/** "Geographically, the market is segmented into …": the lead says the split is by region. */
const GEOGRAPHY_LEAD = /^[.\s]*(?:geographically|regionally)\s*,/i;
/** … or after it: "… into water-borne, solvent-borne and powder coating, based on technology." */
const SPLIT_TAIL = new RegExp(String.raw`,?\s+${SPLIT_BY}\s*$`, 'i');

/** Who sells, as the last word of a classified list: what it splits is the market's sellers, a split the labels leave out. */
const SELLERS = /\b(?:players|companies|enterprises|firms|businesses|vendors|organi[sz]ations|smes)$/i;
const MAX_SEMICOLON_LIST_CHARS = 400;

/**
 * "… segmented into life insurance; property & casualty insurance; and health & medical insurance": where a list's first
 * entry ends at a semicolon, the rest of its sentence continues it when every entry is set off by one and the last
 * follows "; and". A first entry with a comma is a list of its own, and what follows the semicolon another clause.
 */
function semicolonTail(scan: string, from: number, first: string): string {
  if (scan[from] !== ';' || first.includes(',')) return '';
  const window = scan.slice(from, from + MAX_SEMICOLON_LIST_CHARS);
  const end = window.search(/[.!?](?:\s|$)/);
  const tail = end < 0 ? window : window.slice(0, end);
  const pieces = tail.split(';').slice(1);
  const last = pieces[pieces.length - 1]?.trim() ?? '';
  return pieces.length >= 2 && /^(?:and|or)\s/i.test(last) && !tail.includes(',') ? tail : '';
}

function classifiedLists(text: string, title: string): InlineList[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  if (!CLASSIFYING_VERB_END.test(scan)) return [];
  const out: InlineList[] = [];
  for (const m of scan.matchAll(CLASSIFIED_LIST)) {
    const sentenceStart = Math.max(scan.lastIndexOf('. ', m.index), m.index - 80, 0);
    const before = scan.slice(sentenceStart, m.index);
    // "By geography, the market is segmented into …": the lead names the split, as "by X (A, B)" does.
    const leadMatch = SPLIT_LEAD.exec(before) ?? GEOGRAPHY_LEAD.exec(before);
    const tailMatch = SPLIT_TAIL.exec(m[3]!);
    // "segmented by region into …" names its split between the verb and the list.
    const lead = m[1] ?? (leadMatch ? (leadMatch[1] ?? 'region') : tailMatch?.[1]);
    // "By product type, it is classified into …": "it" is the page's market only right after a lead naming the split.
    const pronoun = /^it\b/i.test(m[0]);
    if (pronoun && !(leadMatch && !before.slice(leadMatch[0].length).trim())) continue;
    // Said actively, the market is the verb's object, named inside the match: "segments the global robotics market into".
    const active = ACTIVE_SPLIT_START.exec(m[0]);
    const owner = active ? m[0].slice(active[0].length, m[0].search(/\s(?:market|industry|sector)\b/i)) : leadMatch ? before.slice(leadMatch[0].length) : before;
    if (!pronoun && !splitsPageMarket(owner, title)) continue;
    const list = tailMatch ? m[3]!.slice(0, tailMatch.index) : (m[3]! + semicolonTail(scan, m.index + m[0].length, m[3]!));
    // "including the automotive, …": the article is the list's, not the first entry's.
    const names = splitList(list).map((n) => cleanName(n).replace(/^the\s+(?=\p{Ll})/u, '')).filter(isNamed);
    const named = lead ? dimensionOf(lead) : m[2] ? dimensionOf(m[2]) : null;
    const category = named ?? (names.every(isPlace) ? 'regions' : 'types');
    if (category === 'other') continue;
    // "segmented into type, application and region" names the splits, not their segments.
    if (names.some((n) => dimensionOf(n) !== null && PLAIN_DIMENSION.test(n.replace(/s$/, '')))) continue;
    // "divided into small, medium and large enterprises", "organized and unorganized players": a split of the sellers.
    if (SELLERS.test(names[names.length - 1] ?? '')) continue;
    // Entries in lower case are names where a lead or a noun says what they are, or where three or more make the list.
    const lowerCaseOk = !!lead || !!m[2] || names.length >= 3;
    // An entry that introduces examples ("many different industries including automotive") is what the list is of.
    const kept = names.filter((n) => isListedName(category, n, lowerCaseOk) && !EXAMPLES_WORD.test(n));
    // A pair is a split only where the page says what it splits by ("On the basis of type, … bifurcated into A and B").
    if (kept.length >= (lead ? 2 : 3) && kept.length === names.length) out.push({ category, names: kept });
  }
  return out;
}

/**
 * "The wine market contains three main product types – still wine, sparkling wine, and fortified wine", "four major
 * orthopedic product segments—reconstructive joint replacements, spinal implants, orthobiologics, and trauma
 * implants—", "classified into two types; natural and synthetic": a count of a split's segments, then its list after a
 * dash, a colon or a semicolon. The list must hold as many entries as the count says, which a mark that sets off
 * something else cannot.
 */
const COUNTED_SPLIT =
  /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:(?:main|major|key|primary|principal|broad|distinct|different|leading)\s+)?((?:[a-z-]+\s+){0,2}?(?:types|segments|categories|applications|kinds|classes|end[- ]users|verticals))\s*(?:[–—:;]|\s-\s)\s*([^.;!?–—:]{3,300})/gi;
/** The splits a trailed list ends with all hold one of these, and those of an exampled list but "types": most blocks have none. */
const TRAILED_LIST_HINT = /applications|end[- ]use|industries|verticals/;
/** Every counted list is set off by one of these marks, a semicolon only after the split's plural: most blocks have none. */
const COUNTED_SPLIT_HINT = /[–—:]| - |s; /;
/** What goes on after a counted list: "…, as well as …", "natural and synthetic, which are used for drug delivery". */
const COUNTED_LIST_END = /,?\s+as well as\b.*$|,\s+(?:which|where|wherein|who)\b.*$/i;
const COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);

/**
 * "… use in packaging, tapes and labels, motor vehicles, electronics, and footwear applications": a run of three or more
 * entries in a market's prose, closed by the split it lists. Each entry is short and the run's size is bounded, so a
 * failed match gives back little.
 */
const TRAILED_LIST =
  /\b(?:in|for|across)\s+((?:[a-z][a-z -]{1,30},\s+){2,8}(?:and|&)\s+[a-z][a-z -]{1,30}?)\s+(applications|end[- ]users|end[- ]use industries|industries|verticals)\b/g;

/**
 * "demand across diverse end-use industries, particularly automotive, electrical and electronics, and industrial
 * machinery", "used in applications such as A, B, and C": a split's noun, then examples of its segments. The list runs
 * lazily to the first word that goes on with the sentence, at most 300 characters, and every entry must be a short name.
 * Bare "industries" is no split's noun: "used in many industries, such as manufacturing, retail" gives examples of use.
 */
const EXAMPLED_LIST =
  /\b(applications|end[- ]use industries|end[- ]users|end[- ]uses|verticals|types)\s*,?\s+(?:such as|including|particularly|especially|namely|notably)\s+([^.;:!?()]{3,300}?)(?=\s+(?:are|is|were|was|have|has|had|will|would|can|could|which|that|who|where|with|due|because|to|drive|drives|driving|account|accounts)\b|[.;:!?()]|$)/g;
const MAX_EXAMPLE_WORDS = 4;

function exampledLists(text: string): InlineList[] {
  const out: InlineList[] = [];
  for (const m of text.slice(0, MAX_SCAN_CHARS).matchAll(EXAMPLED_LIST)) {
    const category = dimensionOf(m[1]!);
    const names = splitList(m[2]!).map(cleanName);
    const short = names.every((n) => wordCount(n) <= MAX_EXAMPLE_WORDS);
    if (category && category !== 'other' && names.length >= 3 && short && names.every((n) => isListedName(category, n, true))) out.push({ category, names });
  }
  return out;
}

const INNER_PREPOSITION = /\s(?:in|for|of|on|at|to|with|from)\s/;

function trailedLists(text: string): InlineList[] {
  const out: InlineList[] = [];
  for (const m of text.slice(0, MAX_SCAN_CHARS).matchAll(TRAILED_LIST)) {
    const names = splitList(m[1]!).map(cleanName);
    // "a replacement for conventional insecticides, nematicides, and fungicides in agricultural applications": an entry
    // with a preposition inside is a phrase that runs into the split, not a name in its list.
    if (names.some((n) => INNER_PREPOSITION.test(n))) continue;
    if (names.length >= 3 && names.every((n) => isListedName('applications', n, true))) out.push({ category: 'applications', names });
  }
  return out;
}

function countedSplits(text: string): InlineList[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  const out: InlineList[] = [];
  for (const m of scan.matchAll(COUNTED_SPLIT)) {
    const category = dimensionOf(m[2]!) ?? (/segments$/i.test(m[2]!) ? 'types' : null);
    if (!category || category === 'other') continue;
    const names = splitList(m[3]!.replace(COUNTED_LIST_END, '')).map(cleanName);
    const count = COUNTS.get(m[1]!.toLowerCase()) ?? Number(m[1]);
    if (names.length === count && names.every((n) => isListedName(category, n, true))) out.push({ category, names });
  }
  return out;
}

/**
 * "The types are RPGs, card games, dice games, and tabletop games.", "The key applications of the board games market
 * include schools, families and cafes", "The regional segmentation of the market in the report includes North America,
 * …": a sentence whose subject is a split of the market lists its segments. Where
 * the subject says whose split it is ("of the X market"), that must be the page's market.
 */
const NAMED_SPLIT =
  /(?:the\s+)?(?:(?:main|key|major|primary|principal|different|various)\s+)?((?:[a-z-]+\s+)?(?:types|applications|indications|segments|end[- ]users|end[- ]uses|categories|verticals|regions|countries|segmentation))(?:\s+(?:of|for|covered in|covered by)\s+([^.;:!?]{1,40}?))?\s+(?:are|include|includes|comprise)\s+([^.;!?]{1,400})/iy;
/** The verbs, found by one regex scan (three literal searches cost three times as much). */
const SPLIT_VERB = / (?:are|include|includes|comprise) /g;
const MAX_SUBJECT_CHARS = 90;
const REPORT_OWNER = /\b(?:report|study|analysis)\b/i;
const MAX_VERBS = 40;

/**
 * "Different plywood types are available in the market, designed with …": after the verb comes what the split is, not
 * its entries, where the first word is an adverb, a participle or an adjective of availability.
 */
const PREDICATE_START = /^(?:available|popular|common|widely|often|also|now|increasingly|very|more|most|[a-z]+(?:ed|ing|able|ible|ly))\b/;

function namedSplitLists(text: string, title: string): InlineList[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  const out: InlineList[] = [];
  SPLIT_VERB.lastIndex = 0;
  for (let v = SPLIT_VERB.exec(scan), n = 0; v && n < MAX_VERBS; v = SPLIT_VERB.exec(scan), n++) {
    const start = sentenceStartNear(scan, v.index, MAX_SUBJECT_CHARS);
    if (start === null) continue;
    NAMED_SPLIT.lastIndex = start;
    const m = NAMED_SPLIT.exec(scan);
    if (!m || m.index + m[0].length <= v.index) continue;
    // Whose split: the page's market, or the report the page is ("The regions covered in the compost report are …").
    // "The different types of razors are …" on a page about the razor market: the owner is the page's product.
    const owner = m[2] && m[2].replace(MARKET_WORD, ' ').trim();
    // "Indications for their use include …": a possessive points back at what the page is about.
    if (owner && !REPORT_OWNER.test(owner) && !/^(?:its|their)\b/i.test(owner) && !splitsPageMarket(owner, title)) continue;
    const category = dimensionOf(m[1]!) ?? (/segments/i.test(m[1]!) ? 'types' : null);
    if (!category || category === 'other') continue;
    if (PREDICATE_START.test(m[3]!)) continue;
    const names = splitList(m[3]!).map(cleanName).filter(isNamed);
    if (names.length >= 3 && names.every((x) => isListedName(category, x, true))) out.push({ category, names });
  }
  return out;
}

// Case-sensitive, as the words stand mid-sentence: one such scan costs less than the literal searches that would gate it.
const SEGMENTS_AFTER = / (?:are|were) the (?:(?:major|key|main|primary|principal|leading|prominent|largest|two|three|four|five) )?([a-z-]+(?: [a-z-]+)?) (?:segments|categories)\b/g;
const MARKET_OPENER = /^(?:in|among|within|for|across|of)\b/i;
const MAX_LIST_BEFORE_CHARS = 300;

/**
 * "In this market, surgical, cardiovascular, and orthopedics are the major application segments": the list stands
 * before what it is, as the subject of "are the … segments". An opener that names the market ("In this market,") is
 * no entry.
 */
function segmentsNamedAfter(text: string): InlineList[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  const out: InlineList[] = [];
  SEGMENTS_AFTER.lastIndex = 0;
  for (let m = SEGMENTS_AFTER.exec(scan), n = 0; m && n < MAX_VERBS; m = SEGMENTS_AFTER.exec(scan), n++) {
    const category = dimensionOf(m[1]!);
    const start = sentenceStartNear(scan, m.index, MAX_LIST_BEFORE_CHARS);
    if (!category || category === 'other' || start === null) continue;
    const pieces = splitList(scan.slice(start, m.index));
    while (pieces.length && MARKET_OPENER.test(pieces[0]!)) pieces.shift();
    const names = pieces.map(cleanName).filter(isNamed);
    // "Growth is strong, and tablets are the main product segments": a clause, not a list of names.
    if (names.some((x) => CLAUSE_VERB.test(x))) continue;
    if (names.length >= 2 && names.every((x) => isListedName(category, x, true))) out.push({ category, names });
  }
  return out;
}

const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/i;

/**
 * "By end user, the household segment …", "Based on drug class type, the targeted therapy and chemotherapy segments
 * …": a sentence that leads with a split names one of its segments (two, where "segments" says so).
 */
const LED_SEGMENT = new RegExp(String.raw`\b${SPLIT_BY}\s*,\s+the\s+([^.;:,!?()]{2,60}?)\s+(segments?)\b`, 'gi');

/** A "by" that names the agent of a passive: "driven by industrial growth, Europe accounts for 28%" leads with no split. */
const PASSIVE_AGENT = String.raw`(?<!\b(?:driven|led|fueled|fuelled|propelled|supported|boosted|spurred|powered|backed|followed|accompanied|hampered|hindered|restrained|impacted|affected|influenced|offset)\s)`;

/**
 * A key takeaway that leads with a split and names its segment by the share it holds: "By material, steel frameworks
 * held 84% of the … market share in 2024", then often a second one by its growth: "…, while relocatable units are the
 * fastest-growing application", "…; residential is poised to grow at 7.82% CAGR". The segment's name is what stands
 * between the lead and the verb.
 */
const SHARE_LED = new RegExp(
  String.raw`${PASSIVE_AGENT}\b${SPLIT_BY}\s*,\s+(?:the\s+)?([^.;:,!?()]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:held|holds|accounted for|accounts for|led|leads|dominated|dominates|captured|captures|commanded|commands|maintained|maintains|represented|represents)\b`,
  'gi',
);
const GROWTH_LED =
  /^(?:[^.;!?]|\.(?=\d)){0,200}?(?:,\s+(?:while|whereas)|;)\s+(?:the\s+)?([^.;:,!?()]{2,60}?)\s+(?:is|are)\s+(?:(?:projected|forecast|forecasted|poised|expected|set|anticipated|likely|estimated)\s+to|the\s+fastest[- ]growing)\b/i;
/**
 * What a lead names when it points back rather than at a segment ("…, and the segment is projected to expand"), or the
 * split itself where a template left its name out ("…, while application are forecast to grow").
 */
const NOT_A_SEGMENT =
  /^(?:segments?|market|industry|it|this|they|these|others?|demand|sales|revenue|applications?|types?|products?|regions?|categor(?:y|ies)|components?|end[- ]?users?|end[- ]?uses?)$|^(?:and|or|but)\b|\bsegments?$/i;

function ledSegments(text: string): InlineList[] {
  const scan = text.slice(0, MAX_SCAN_CHARS);
  const out: InlineList[] = [];
  const push = (dim: string, names: string[]): void => {
    const category = dimensionOf(dim);
    if (!category || category === 'other') return;
    const kept = names.map(cleanName);
    if (kept.every((n) => isListedName(category, n, true))) out.push({ category, names: kept });
  };
  if (scan.includes('segment')) {
    for (const m of scan.matchAll(LED_SEGMENT)) push(m[1]!, m[3]!.toLowerCase() === 'segments' ? splitList(m[2]!) : [m[2]!]);
  }
  for (const m of scan.matchAll(SHARE_LED)) {
    const growth = GROWTH_LED.exec(scan.slice(m.index + m[0].length));
    const names = [m[2]!, ...(growth ? [growth[1]!] : [])].filter((n) => !NOT_A_SEGMENT.test(n.trim()));
    if (names.length) push(m[1]!, names);
  }
  return out;
}

const ROW_SEGMENT_CUE = /^(?:segment(?:ed)?\s+)?by\s+|\bsegments?\b|\bcovered\b|\bscope\b/i;
const ROW_COMPANY_CUE = /\b(?:key|major|leading|top|prominent)\b.*\b(?:players|companies|vendors)\b|companies (?:profiled|covered)/i;

/**
 * A report-scope table row: "By Application | Hospitals, Clinics" or "Key Players | A, B, C". A header row of an
 * ordinary table ("Component | Technology | Latency") names columns, not segments, so the first cell must say
 * "by", "segment", "covered" or "scope" and the names must come as a list inside one cell.
 */
function rowList(text: string): InlineList | null {
  const cells = text.slice(0, MAX_SCAN_CHARS).split(' | ');
  if (cells.length !== 2) return null;
  const first = stripMarkup(cells[0]!).replace(/[:\s]+$/, '');
  if (wordCount(first) > 6) return null;
  let dimension: Dimension | null = null;
  if (ROW_COMPANY_CUE.test(first)) dimension = 'companies';
  else if (ROW_SEGMENT_CUE.test(first)) dimension = dimensionOf(first.replace(ROW_SEGMENT_CUE, ' '));
  // "Applications | Consumer Electronics, Retail, and Others": a first cell that only names a split.
  else if (PLAIN_DIMENSION.test(first)) dimension = dimensionOf(first);
  if (!dimension || dimension === 'other') return null;
  const cell = stripMarkup(cells[1]!);
  // "Trupanion; Nationwide; Petplan": a cell listed with semicolons keeps its entries' own commas ("Kawasaki Heavy
  // Industries, Ltd.").
  const semicolons = cell.includes(';');
  if (!semicolons && !cell.includes(',')) return null;
  const names = (semicolons ? cell.split(';') : splitList(cell)).map(cleanName).filter((n) => isNameFor(dimension, n, 8));
  return names.length >= 2 ? { category: dimension, names } : null;
}

/** "Largest Market | North America | Fastest Growing Market | Europe": report-scope cells that each name a region. */
const LEADING_REGION_CELL = /^(?:largest|biggest|dominant|dominating|leading|fastest[- ]growing)\s+(?:market|region)$/i;

function leadingRegions(text: string): string[] {
  const cells = text.slice(0, MAX_SCAN_CHARS).split(' | ').map((c) => stripMarkup(c).replace(/[:\s]+$/, ''));
  const out: string[] = [];
  for (let k = 0; k + 1 < cells.length; k++) {
    if (!LEADING_REGION_CELL.test(cells[k]!)) continue;
    const place = cleanName(cells[k + 1]!);
    if (isPlace(place)) out.push(place);
  }
  return out;
}

/** A table's first header cell that says its rows are places: "Country", "Region", "Country/Region". */
const PLACE_COLUMN_HEADER = /^(?:countr(?:y|ies)|regions?|geograph(?:y|ies)|countr(?:y|ies)\s*\/\s*regions?|regions?\s*\/\s*countr(?:y|ies))$/i;

/** A row of the whole among a table's places: "Global", "Total". */
const WHOLE_ROW = /^(?:global|total|world|worldwide|overall|grand total)$/i;

/**
 * "Country/Region | Market Size | Year" over "United States | $2.58 trillion | 2024", "China | …": a table whose first
 * column is headed as places lists the market's geographic segments in it, down to the first row that names none.
 */
function placeColumns(blocks: Block[]): string[] {
  const out: string[] = [];
  let column: string[] | null = null;
  const close = (): void => {
    if (column && column.length >= 2) out.push(...column);
    column = null;
  };
  for (const block of blocks) {
    if (block.kind !== 'row') {
      close();
      continue;
    }
    const cell = stripMarkup(block.text.slice(0, MAX_NAME_CHARS).split(' | ', 1)[0]!);
    // A header is a bare word or two: only the rows under one are cleaned as names.
    if (PLACE_COLUMN_HEADER.test(cell)) {
      close();
      column = [];
      continue;
    }
    if (!column) continue;
    const first = cleanName(cell);
    if (WHOLE_ROW.test(first)) continue;
    if (isPlace(first) && wordCount(first) <= PLACE_MAX_WORDS) column.push(first);
    else close();
  }
  close();
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Section cues: a short block that announces a list in the blocks after it.

/** "… Market By Application", "… by types is segmented into:", "… by Region are:", "… by Platforms, 2021-2030". */
const TRAILING_DIMENSION =
  /\b(?:by|based on|in terms of)\s+([A-Za-z][A-Za-z &/-]{1,50}?)\s*,?\s*(?:(?:is|are)\s+(?:segmented|divided|categori[sz]ed|classified|split|bifurcated)\s+into|are|is)?\s*(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*,?\s*\([^()]{1,30}\)){0,3}\s*[:.;]?$/i;
/** "Application Outlook", "Product Insights", "U.S. Cannabis End-use Outlook (Revenue, USD Billion, 2017 - 2030)". */
const DIMENSION_HEADING =
  /^([^()]{1,80}?)\s+(?:segment\s+)?(?:outlook|insights|analysis|segmentation|overview|breakdown)\s*(?:\([^()]{0,80}\))?\s*:?$/i;
/** Outside a "by" phrase only the plain split names count: "System Overview" or "Customer Insights" split nothing. */
const HEADING_DIMENSION =
  /^(?:applications?|end[- ]?uses?|end[- ]?users?|end[- ]use|verticals?|types?|products?|components?|technolog(?:y|ies)|deployments?|services?|categor(?:y|ies)|offerings?|solutions?|regional|regions?|geograph(?:y|ical)|countr(?:y|ies)|distribution channels?|channels?)$/i;
const REGION_HEADING =
  /^(?:regional|geographic(?:al)?|region[- ]wise|country[- ]wise|country[- ]level)\s+(?:analysis|outlook|insights|overview|landscape|segmentation|breakdown|scope)\b/i;
const COMPANY_QUALIFIER = /^(?:key|major|leading|top|prominent|main|featured)$/i;
const COMPANY_NOUN = /^(?:players|companies|vendors|competitors|manufacturers)\b/i;

/** "Top United States Widget Market Companies", "Identify Key Players and New Entrants", "Competitive Landscape". */
function isCompanyHeading(text: string): boolean {
  if (/^(?:competitive landscape|company profiles|companies profiled)\b/i.test(text)) return true;
  const words = text.split(' ');
  let qualifier = -1;
  for (let i = 0; i < words.length; i++) {
    if (COMPANY_QUALIFIER.test(words[i]!)) qualifier = i;
    else if (qualifier >= 0 && i - qualifier <= 9 && COMPANY_NOUN.test(words[i]!)) return true;
  }
  return false;
}

/**
 * "Exception rates by type" is a phrase; "By Application:", "… is segmented into:" and "… Market Size by Platforms"
 * announce a list: the cue opens the line, closes it with a colon, or follows the market or segment it splits.
 */
function isReportCue(text: string, at: number): boolean {
  return at === 0 || text.endsWith(':') || /\b(?:market|segment(?:s|ation|ed)?|industry)\b/i.test(text.slice(0, at));
}

/** A word every section cue below needs: most short blocks have none, and skip the patterns. */
const CUE_HINT = /\bby\b|based on|in terms of|outlook|insight|analys|segmentation|overview|breakdown|landscape|scope|profile|player|compan|vendor|competitor|manufacturer/i;

export function sectionCue(block: Block): Dimension | null {
  if (block.kind === 'row' || block.kind === 'title' || block.text.length > MAX_CUE_CHARS) return null;
  if (!CUE_HINT.test(block.text)) return plainDimension(block) ?? splitOfLine(block);
  const text = stripMarkup(block.text);
  if (wordCount(text) > MAX_CUE_WORDS || text.endsWith('?') || NOT_A_NAME.test(text)) return null;
  const trailing = TRAILING_DIMENSION.exec(text);
  // "Market share breakdown for top 10 companies varies by report methodology." is a sentence, not a cue; "… Market
  // By Application, 2020-2030, (USD Million)." is a heading with a period.
  const sentence = text.endsWith('.') && trailing?.index !== 0 && !/\binto\b/i.test(text) && mostlyLowerCase(text);
  if (trailing && !sentence && isReportCue(text, trailing.index)) return dimensionOf(trailing[1]!) ?? 'other';
  if (REGION_HEADING.test(text)) return 'regions';
  const heading = DIMENSION_HEADING.exec(text);
  if (heading) {
    // The split is named by the last words; earlier ones are the market's name ("Medical Device ...").
    const words = heading[1]!.split(' ').slice(-2);
    const last = words[words.length - 1] ?? '';
    const named = /^end$/i.test(words[0] ?? '') ? words.join(' ') : last;
    if (HEADING_DIMENSION.test(named)) return dimensionOf(named);
  }
  // "Hearing aid market consolidation: top 5 companies hold 85% share." states a share, and heads no list of players.
  if (wordCount(text) <= 14 && isCompanyHeading(text) && !STATES_SHARE.test(text)) return 'companies';
  return null;
}

const STATES_SHARE = /\d\s?%|\bper ?cent\b/i;

/**
 * The split names a bare label may be: not "Solution:" or "Service:", which head a problem's answer or a price as
 * often as a list of segments.
 */
const PLAIN_DIMENSION =
  /^(?:applications?|end[- ]?uses?|end[- ]?users?|verticals?|types?|products?|components?|technolog(?:y|ies)|deployments?|categor(?:y|ies)|regions?|countr(?:y|ies)|geograph(?:y|ies))$/i;

/** "Types of Jerky", "Applications of Graphene:": a short line that names a split of the product, over its list. */
const SPLIT_OF_LINE = /^(types|categories|applications|end[- ]uses|end[- ]users)\s+of\s+(?:the\s+)?[\p{L}][\p{L}\p{N} &'-]{1,40}:?$/iu;
const MAX_SPLIT_OF_WORDS = 6;

function splitOfLine(block: Block): Dimension | null {
  if (block.text.length > 60 || block.kind === 'row' || block.kind === 'title' || block.kind === 'item') return null;
  const m = SPLIT_OF_LINE.exec(stripMarkup(block.text));
  if (!m || wordCount(m[0]) > MAX_SPLIT_OF_WORDS) return null;
  return dimensionOf(m[1]!);
}

/** "Product Type:", "End-User:", "Region:": a heading, or a line ending in a colon, that only names its split. */
function plainDimension(block: Block): Dimension | null {
  if (block.text.length > 40 || block.kind === 'row' || block.kind === 'title') return null;
  const text = stripMarkup(block.text);
  const plain = text.replace(/\s*:$/, '');
  if ((block.kind !== 'heading' && plain === text) || wordCount(plain) > 3) return null;
  const named = dimensionOf(plain);
  const last = plain.split(' ').pop() ?? '';
  return named && named !== 'other' && (PLAIN_DIMENSION.test(plain) || PLAIN_DIMENSION.test(last)) ? named : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Company paragraphs: in a players section each paragraph often opens with the company it is about.

const STOP_LEADS = new Set(
  (
    'the this these that those it its their they we our in on at for with by from to as while although though ' +
    'however moreover additionally furthermore also overall other others some many most several both each all key ' +
    'major leading top new recent sales revenue revenues market markets companies company players player ' +
    'competitors manufacturers vendors according despite among based due given since after before during following ' +
    'further finally thus therefore hence notably meanwhile together between within across today currently ' +
    'globally estimates analysts experts there here what which who when where why how one two three innovation ' +
    'growth demand competition strategic collaborations partnerships mergers acquisitions'
  ).split(' '),
);

const LEAD_VERBS = new Set(
  (
    'is are has have was were remains remain continues continue holds hold leads lead offers offer specializes ' +
    'focuses leverages dominates reported reports stands operates provides produces manufactures competes maintains ' +
    'emphasizes boasts commands recorded posted generated launched introduced acquired'
  ).split(' '),
);
const APPOSITIVE_STARTS = new Set(['a', 'an', 'the', 'known', 'part', 'one', 'founded', 'headquartered', 'based', 'which']);
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ing|ance|ence|ers|ors|ics|ies|ism|ly)$/i;

function leadIsName(name: string): boolean {
  const words = name.split(' ');
  if (STOP_LEADS.has(words[0]!.toLowerCase()) || /['’]s$/.test(name)) return false;
  const distinctive = words.length > 1 || /\d|[\p{Lu}].*[\p{Lu}]/u.test(name);
  if (!distinctive && COMMON_NOUN_ENDING.test(name)) return false;
  return isCompanyName(name);
}

/** "Honeywell has...", "Medtronic, known for...", "GE Healthcare and Philips are...": the subjects of a sentence. */
function subjectNames(sentence: string): string[] {
  const first = capitalizedRun(sentence);
  if (!first.run) return [];
  const names = [trimTrailing(first.run)];
  let rest = first.rest;
  if (/^and\s/.test(rest)) {
    const second = capitalizedRun(rest.slice(4));
    if (!second.run) return [];
    names.push(trimTrailing(second.run));
    rest = second.rest;
  }
  const lastRun = names[names.length - 1]!;
  const comma = /,$/.test(sentence.slice(0, sentence.length - rest.length).trim()) || lastRun !== lastRun.replace(/,$/, '');
  const next = rest.split(' ')[0]?.toLowerCase() ?? '';
  const ok = comma ? APPOSITIVE_STARTS.has(next) : LEAD_VERBS.has(next) || /^[a-z]{3,}[^s]s$/.test(next);
  if (!ok) return [];
  const cleaned = names.map((n) => n.replace(/,$/, ''));
  return cleaned.every(leadIsName) ? cleaned : [];
}

/** Splits prose into sentence starts, bounded by the scan cap. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let rest = stripMarkup(text.slice(0, MAX_SCAN_CHARS));
  for (let i = 0; rest && i < 20; i++) {
    const { head, cut } = firstSentence(rest);
    out.push(head);
    if (!cut) break;
    rest = rest.slice(head.length).trim();
  }
  return out;
}

const BOLD = /\*\*([^*]{1,120})\*\*/g;
const LED_BY = /\b(?:dominated|led)\s+by\s+/gi;

interface ParagraphNames {
  /** Set apart by the page: bold, a "Name:" lead, "dominated by". */
  marked: string[];
  /** Read from sentence subjects: weaker, so a short form of a marked name ("Takeda") is dropped later. */
  subjects: string[];
}

/** The companies a paragraph of a players section is about. */
function companyParagraphNames(text: string): ParagraphNames {
  const bold = [...text.slice(0, MAX_SCAN_CHARS).matchAll(BOLD)].map((m) => cleanName(m[1]!)).filter(isCompanyName);
  if (bold.length) return { marked: bold, subjects: [] };
  const plain = stripMarkup(text.slice(0, MAX_SCAN_CHARS));
  const colon = plain.indexOf(':');
  if (colon > 0 && colon < 80 && !SEGMENT_LEAD.test(plain.slice(colon))) {
    const lead = cleanName(plain.slice(0, colon));
    if (wordCount(lead) <= 6 && leadIsName(lead)) return { marked: [lead], subjects: [] };
  }
  const marked: string[] = [];
  for (const m of plain.slice(0, MAX_SCAN_CHARS).matchAll(LED_BY)) marked.push(...proseNames(plain.slice(m.index + m[0].length)));
  const subjects = sentencesOf(plain).flatMap(subjectNames);
  return { marked, subjects };
}

// ---------------------------------------------------------------------------------------------------------------
// The walk

interface Section {
  category: Dimension;
  names: string[];
  /** Where names come from once the first is found: a run of list items, of short lines, or of sub-headings. */
  style: 'none' | 'item' | 'text' | 'heading';
  /** A group line ("North America:") was seen: the items under it are sub-segments, not segments. */
  grouped: boolean;
  subjects: string[];
  sinceName: number;
  blocks: number;
  /** Names taken from lines of their own, in a players' section. */
  lines: number;
  /** The cue ends with a colon: what follows is its list. */
  colon: boolean;
}

class Collector {
  readonly lists: Segments = { applications: [], types: [], regions: [], companies: [] };
  private readonly seen: Record<Category, Set<string>> = {
    applications: new Set(), types: new Set(), regions: new Set(), companies: new Set(),
  };

  addList(category: Category, names: string[]): void {
    if (category !== 'companies' && category !== 'regions' && (isChannelList(names) || isGenderList(names))) return;
    for (const name of names) this.add(category, name);
  }

  private readonly subjects: string[] = [];

  addSubjects(names: string[]): void {
    this.subjects.push(...names);
  }

  /** Subject-read names join unless they are the short form of a listed name ("Takeda" of "Takeda Pharmaceuticals"). */
  finish(): Segments {
    const listed = this.lists.companies.map((c) => `${c.toLowerCase()} `);
    for (const name of this.subjects) {
      const key = `${name.toLowerCase()} `;
      if (!listed.some((c) => c !== key && c.startsWith(key))) this.add('companies', name);
    }
    return this.lists;
  }

  add(category: Category, raw: string): void {
    // "… and the Middle East": the region is "Middle East".
    const name = category === 'regions' ? raw.replace(/^the\s+/i, '') : raw;
    const key = name.toLowerCase();
    const list = this.lists[category];
    if (this.seen[category].has(key) || list.length >= MAX_NAMES) return;
    this.seen[category].add(key);
    list.push(name);
  }
}

/** "North America:" heads the countries listed under it. */
function isGroupLine(text: string): boolean {
  return /:$/.test(text) && wordCount(text) <= 4;
}

type Step = 'name' | 'skip' | 'close';

const SEGMENT_LIST_LINE = /\b(?:segments|categories|product types)\b/i;

/** The description after an entry's name says it is a part of the market: "…: This segment, …", "…: The category …". */
const SEGMENT_LEAD = /^\s*[:–-]\s*(?:this|the|a)\s+(?:sub-?)?(?:segment|category|product category|sub-?sector)\b/i;

/** One block inside a section: a name of its list, a block to pass over, or the end of the list. */
function stepSection(sec: Section, block: Block): Step {
  const text = stripMarkup(block.text.slice(0, MAX_SCAN_CHARS));
  const category = sec.category;
  const take = (names: string[], style: Section['style']): Step => {
    if (!names.length) return 'skip';
    sec.names.push(...names);
    if (sec.style === 'none') sec.style = style;
    return 'name';
  };
  if (block.kind === 'heading') {
    const sub = /\s(?:sub-?segments?|segments?)$/i.test(text) ? cleanName(text) : '';
    if (category !== 'other' && sub && isNameFor(category, sub, 6) && !BOILERPLATE.test(sub)) return take([sub], 'heading');
    return 'close';
  }
  if (block.kind === 'row') return sec.names.length ? 'close' : 'skip';
  if (category === 'other') {
    // Consume the excluded split's own list so it is not read as part of the next one.
    if (block.kind === 'item' || isGroupLine(text)) return 'name';
    return sec.blocks > 2 ? 'close' : 'skip';
  }
  if (block.kind === 'item') {
    if (sec.grouped) return 'name';
    const name = cleanName(text);
    // "Preschool Toys: This segment, led by companies like …" under "Segmentation and Top Players": a segment.
    if (category === 'companies' && SEGMENT_LEAD.test(text.slice(name.length))) return takeParagraph(sec, block.text, take);
    if (isNameFor(category, name, 8)) return take([name], 'item');
    if (category === 'companies') return takeParagraph(sec, block.text, take);
    return sec.names.length ? 'close' : 'skip';
  }
  // "… through distinct segments:" under "Market Segmentation and Top Players": the items are segments after all.
  if (category === 'companies' && !sec.names.length && text.endsWith(':') && SEGMENT_LIST_LINE.test(text)) {
    sec.category = 'types';
    return 'skip';
  }
  if (category === 'companies') return stepCompanyLine(sec, block.text, take);
  if (isGroupLine(text)) {
    const name = cleanName(text);
    if (isNameFor(category, name, 6) && !BOILERPLATE.test(name)) {
      sec.grouped = true;
      return take([name], 'text');
    }
  }
  const short = cleanName(text);
  if ((sec.style === 'none' || sec.style === 'text') && wordCount(text) <= 8 && isListedName(category, short) && !BOILERPLATE.test(text)) {
    return take([short], 'text');
  }
  // "By Gaming Platform;" then "Mobile Games, PC Games (Downloaded/Box and Browser), Console Games and VR/AR Gaming": the
  // section's list set in one line.
  if (sec.style === 'none' && text.includes(',') && !/[.!?]$/.test(text)) {
    const names = splitList(text).map(cleanName);
    if (names.length >= 2 && names.every((n) => isListedName(category, n) && wordCount(n) <= 5 && !BOILERPLATE.test(n))) return take(names, 'text');
  }
  if ((sec.style === 'item' || sec.style === 'text') && sec.names.length) return 'close';
  return 'skip';
}

type Take = (names: string[], style: Section['style']) => Step;

function takeParagraph(sec: Section, text: string, take: Take): Step {
  const found = companyParagraphNames(text);
  sec.subjects.push(...found.subjects);
  const step = take(found.marked, sec.style === 'none' ? 'text' : sec.style);
  return found.subjects.length ? 'name' : step;
}

/**
 * A line in a players section: a company on its own line, a paragraph about one, or a sub-heading written as a
 * line ("Highlight Recent Partnerships, Mergers, and Acquisitions"), which ends the section.
 */
/** A comma or "and" that joins names, not the comma before a corporate suffix ("Co., Ltd."). */
const LISTING_COMMA = /,(?!\s*(?:inc|ltd|llc|llp|plc|corp|co|ag|se|sa|s\.a|nv|gmbh|limited)\b)|\band\b/i;

function stepCompanyLine(sec: Section, raw: string, take: Take): Step {
  // "Apple Inc. (US)," "Huawei Technologies Co., Ltd. (China),": a list set one name a line keeps its commas.
  const text = stripMarkup(raw.slice(0, MAX_SCAN_CHARS)).replace(/[,;]$/, '');
  if (text.endsWith('?')) return 'close';
  const short = cleanName(text);
  // "• HBO Max (owned by WarnerMedia)": an aside in parentheses is no part of the name's length.
  const alone = wordCount(text.replace(PAREN_ASIDE, '')) <= 5 && !LISTING_COMMA.test(text) && !BOILERPLATE.test(text);
  if ((sec.style === 'none' || sec.style === 'text') && alone && isCompanyName(short)) {
    sec.lines++;
    return take([short], 'text');
  }
  if (wordCount(text) <= 12 && !/[.!]$/.test(text)) return 'close';
  return takeParagraph(sec, raw, take);
}

function skipLimit(sec: Section): number {
  if (sec.category === 'companies') return 6;
  return sec.style === 'heading' ? 4 : 3;
}

/**
 * A bundle of country editions ("Austria Social Commerce Market ...", "Belgium Social Commerce Market ..."): lines
 * that differ only in the place they start with name the market's regional segments.
 */
const MARKET_WORD = /\bmarket\b/i;

function placeRuns(blocks: Block[]): string[] {
  const out: string[] = [];
  let run: { place: string; rest: string }[] = [];
  const flushRun = (): void => {
    if (run.length >= 3) out.push(...run.map((r) => r.place));
    run = [];
  };
  for (const block of blocks) {
    // A line of the run names the market after its place, so a line without "market" is never one (checked first:
    // it is the cheap test, and most short lines fail it).
    const text = block.text.length > MAX_CUE_CHARS || !MARKET_WORD.test(block.text) ? '' : stripMarkup(block.text);
    const lead = block.kind !== 'title' && text && wordCount(text) <= MAX_CUE_WORDS ? leadingPlace(text) : null;
    if (!lead || wordCount(lead.rest) < 2 || !MARKET_WORD.test(lead.rest)) {
      flushRun();
      continue;
    }
    if (run.length && run[0]!.rest.toLowerCase() !== lead.rest.toLowerCase()) flushRun();
    run.push(lead);
  }
  flushRun();
  return out;
}

const LEADS_THE_MARKET = /\b(?:lead|leads|led|leading|dominat\w*|largest|biggest|fastest|highest)\b[^.;]*\bmarket\b/i;

/**
 * The text says of the place that it leads the market or grows in it fastest, between where it names the place and
 * that sentence's end (the place's statement itself was found by regionStatements).
 */
function leadsTheMarket(text: string, place: string): boolean {
  for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length)) {
    const end = text.indexOf('. ', at);
    if (LEADS_THE_MARKET.test(text.slice(at, end < 0 ? text.length : end))) return true;
  }
  return false;
}

/** The page's own geography is the market's scope, not one of its segments: "India" on a page titled "Indian …". */
function dropOwnGeography(regions: string[], title: string): string[] {
  const words = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ').trim()} `;
  const t = words(title);
  const own = placesIn(title);
  return regions.filter((r) => !t.includes(words(r)) && !(own.size && [...placesIn(r)].some((p) => own.has(p))));
}

export function extractSegments(blocks: Block[]): Segments {
  const title = (blocks.find((b) => b.kind === 'title')?.text ?? '').toLowerCase();
  const out = new Collector();
  // Read only at the end, and only where the page lists no regions: most report pages list them.
  const prose: string[] = [];
  // Counted or trailed in prose ("two primary types: for patients and for doctors", "in A, B, and C applications"),
  // often beside the list that names them.
  const counted: InlineList[] = [];
  let sec: Section | null = null;
  const close = (): void => {
    // A players' heading whose one name is a line of its own has met a sub-heading ("Emerging Threat Landscape"), not a
    // list: players stand in lines by the few, unless the cue opened a list with its colon.
    const lone = !!sec && sec.lines === 1 && sec.names.length === 1 && !sec.colon;
    if (sec && sec.category !== 'other' && !lone) out.addList(sec.category, sec.names);
    if (sec) out.addSubjects(sec.subjects);
    sec = null;
  };
  for (const block of blocks) {
    // A labelled list ("- Key Players: PayPal, Stripe, Adyen & more.") is whole in its line: it heads no section, and
    // the key facts after it ("- Regional Insights: …", "- Challenges: …") are no names of one.
    let whole = false;
    if (block.kind === 'row') {
      const row = rowList(block.text);
      if (row) out.addList(row.category, row.names);
      out.addList('regions', leadingRegions(block.text));
    } else {
      const splitWords = LIST_HINT.test(block.text.slice(0, MAX_SCAN_CHARS));
      if (splitWords) for (const list of inlineLists(block.text)) out.addList(list.category, list.names);
      // The headline set again as the page's first line is no key fact, as the title itself is none.
      const labelled = block.text.length === title.length && block.text.toLowerCase() === title ? null : labelledList(block);
      if (labelled) out.addList(labelled.category, labelled.names);
      whole = !!labelled;
      for (const list of classifiedLists(block.text, title)) out.addList(list.category, list.names);
      for (const list of namedSplitLists(block.text, title)) out.addList(list.category, list.names);
      for (const list of segmentsNamedAfter(block.text)) out.addList(list.category, list.names);
      if (COUNTED_SPLIT_HINT.test(block.text)) counted.push(...countedSplits(block.text));
      const trailed = TRAILED_LIST_HINT.test(block.text);
      if (trailed) counted.push(...trailedLists(block.text));
      if (trailed || block.text.includes('types')) counted.push(...exampledLists(block.text));
      if (splitWords) for (const list of ledSegments(block.text)) out.addList(list.category, list.names);
      out.addList('companies', cuedCompanies(block.text));
      out.addList('companies', headlinePlayers(block));
      if (block.kind !== 'heading' && block.kind !== 'title') prose.push(block.text);
    }
    const cue = whole ? null : sectionCue(block);
    if (cue) {
      close();
      sec = { category: cue, names: [], style: 'none', grouped: false, subjects: [], sinceName: 0, blocks: 0, lines: 0, colon: block.text.trimEnd().endsWith(':') };
      continue;
    }
    const current = sec as Section | null;
    if (!current) continue;
    current.blocks++;
    const step = stepSection(current, block);
    if (step === 'name') current.sinceName = 0;
    else if (step === 'skip') current.sinceName++;
    if (step === 'close' || current.sinceName > skipLimit(current) || current.blocks > MAX_SECTION_BLOCKS) close();
  }
  close();
  for (const list of counted) if (!out.lists[list.category].length) out.addList(list.category, list.names);
  out.addList('regions', placeRuns(blocks));
  out.addList('regions', placeColumns(blocks));
  for (const text of prose) out.addList('regions', regionLists(text));
  // A page that lists its regions has named its geographic segments, and what its prose says of a country is detail
  // (one region named so far, "By region, North America held the largest share", is no list); one place stated alone
  // is the page's subject or an aside more often than a split, unless it is said to lead the market or to grow in it
  // fastest ("North America is anticipated to lead the medical devices market").
  const stated = out.lists.regions.length >= 2 ? [] : prose.flatMap(regionStatements);
  const distinct = new Set(stated.map((r) => r.toLowerCase())).size;
  if (distinct >= 2 || (distinct === 1 && prose.some((p) => leadsTheMarket(p, stated[0]!)))) out.addList('regions', stated);
  const lists = out.finish();
  return {
    applications: lists.applications,
    types: lists.types,
    regions: dropOwnGeography(lists.regions, title),
    companies: lists.companies,
  };
}
