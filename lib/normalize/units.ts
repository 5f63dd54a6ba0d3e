/** Currency spellings → ISO 4217, and scale words → multipliers. Tables, not code, so new spellings are one line. */
import { table } from '../lookup';

/** Currency signs that stand alone before a number. "¥" is read as JPY unless a CNY word is near. */
export const CURRENCY_SIGNS = table<string>({
  $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR', '¥': 'JPY', '￥': 'JPY', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₦': 'NGN', '₪': 'ILS', '₴': 'UAH', '₣': 'CHF',
});

/** Words (lower-case) that prefix a "$" to name a dollar: US$, A$, C$, NT$, HK$, S$, NZ$, R$ (real). */
export const DOLLAR_PREFIXES = table<string>({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', nt: 'TWD', hk: 'HKD', s: 'SGD', sg: 'SGD', nz: 'NZD',
  r: 'BRL', mx: 'MXN',
});

/** The dollars a "$" stands for on some pages ("A$", "C$", "NT$"), not the US one "US$" names. */
export const LOCAL_DOLLARS = new Set([...DOLLAR_PREFIXES.values()].filter((c) => c !== 'USD'));

/** Currency words (lower-case) before or after a number. */
export const CURRENCY_WORDS = table<string>({
  usd: 'USD', dollar: 'USD', dollars: 'USD', eur: 'EUR', euro: 'EUR', euros: 'EUR', gbp: 'GBP', pound: 'GBP',
  pounds: 'GBP', sterling: 'GBP', inr: 'INR', rs: 'INR', rupee: 'INR', rupees: 'INR', jpy: 'JPY', yen: 'JPY',
  cny: 'CNY', rmb: 'CNY', yuan: 'CNY', renminbi: 'CNY', krw: 'KRW', won: 'KRW', aud: 'AUD', cad: 'CAD',
  chf: 'CHF', sgd: 'SGD', hkd: 'HKD', nzd: 'NZD', brl: 'BRL', zar: 'ZAR', mxn: 'MXN', sek: 'SEK', nok: 'NOK',
  dkk: 'DKK', rub: 'RUB', try: 'TRY', aed: 'AED', sar: 'SAR', sr: 'SAR', idr: 'IDR', rp: 'IDR', thb: 'THB', vnd: 'VND',
  php: 'PHP', myr: 'MYR', rm: 'MYR', twd: 'TWD', pln: 'PLN', czk: 'CZK', huf: 'HUF', ils: 'ILS', egp: 'EGP',
  ngn: 'NGN', pkr: 'PKR', bdt: 'BDT', lkr: 'LKR', clp: 'CLP', cop: 'COP', pen: 'PEN', ars: 'ARS', qar: 'QAR',
  kwd: 'KWD', dong: 'VND', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', naira: 'NGN', rand: 'ZAR',
  lira: 'TRY', franc: 'CHF', francs: 'CHF', krona: 'SEK', kronor: 'SEK', krone: 'NOK', zloty: 'PLN', riyal: 'SAR',
  dirham: 'AED', dirhams: 'AED', shekel: 'ILS', ruble: 'RUB', rubles: 'RUB', roubles: 'RUB',
  kes: 'KES', ksh: 'KES', kshs: 'KES', ghs: 'GHS', cedi: 'GHS', cedis: 'GHS', ugx: 'UGX', tzs: 'TZS', etb: 'ETB',
  birr: 'ETB', mad: 'MAD', xof: 'XOF', xaf: 'XAF', ron: 'RON', lei: 'RON', bgn: 'BGN', uah: 'UAH', hryvnia: 'UAH',
  kzt: 'KZT', tenge: 'KZT', omr: 'OMR', bhd: 'BHD', jod: 'JOD', npr: 'NPR', mmk: 'MMK', kyat: 'MMK', reais: 'BRL',
  forint: 'HUF', koruna: 'CZK', isk: 'ISK', r: 'ZAR',
});

/** Codes that are also English words ("won", "try"): a currency only when written in capitals. */
const ENGLISH_WORD_CODES = new Set(['try', 'won', 'rm', 'pen', 'php', 'rand', 'dong', 'franc', 'lira', 'mad', 'ron', 'lei', 'isk', 'r']);

/** "pound" before a number is as often a weight as a currency. */
const WEIGHTS = new Set(['pound', 'pounds']);

/**
 * The ISO code of a currency word as written, `before` a number or after it; null where it is not one. Right after
 * a scale word ("15 trillion won") a code that is also an English word can only be the currency.
 */
export function currencyWord(word: string, before: boolean, afterScale = false): string | null {
  const lower = word.toLowerCase();
  const code = CURRENCY_WORDS.get(lower);
  if (!code) return null;
  const capitals = word === word.toUpperCase();
  if (ENGLISH_WORD_CODES.has(lower) && !capitals && !afterScale) return null;
  if (before && WEIGHTS.has(lower) && !capitals) return null;
  return code;
}

/** Scale words (lower-case) → multiplier. Single letters count only when glued to the number or after a currency. */
export const SCALE_WORDS = table<number>({
  thousand: 1e3, thousands: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, mn: 1e6, mio: 1e6, mln: 1e6, mil: 1e6, m: 1e6, mm: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, bil: 1e9, b: 1e9, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, md: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, tln: 1e12, trln: 1e12, tr: 1e12, t: 1e12, quadrillion: 1e15,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
  // Misspellings pages publish ("USD 2.26 tillion by 2030"): none is another word that can follow a number.
  milion: 1e6, millon: 1e6, bilion: 1e9, billon: 1e9, trilion: 1e12, tillion: 1e12, trillon: 1e12,
});

/** "billion-plus", "bn-plus": a scale word with "-plus" glued on, the amount's lower bound. The bare scale word, or null. */
export function plusScale(lower: string): string | null {
  return lower.endsWith('-plus') && SCALE_WORDS.has(lower.slice(0, -5)) ? lower.slice(0, -5) : null;
}

/** "a $2.5 billion-dollar market": the scale glued to the currency it counts, as an adjective. */
export function dollarScale(lower: string): string | null {
  const cut = lower.endsWith('-dollar') ? 7 : lower.endsWith('-dollars') ? 8 : 0;
  return cut && SCALE_WORDS.has(lower.slice(0, -cut)) ? lower.slice(0, -cut) : null;
}

/** Scale words that are too short to trust unless glued to the number ("$5m", "$1.2B") or after a currency. */
export const WEAK_SCALE_WORDS = new Set(['k', 'm', 'b', 't', 'md', 'cr', 'mil', 'tr']);
