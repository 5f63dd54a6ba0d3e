/**
 * The one data type that flows through the extension: page → lib summary → message → panel → storage → export.
 * Every TypeScript type of the summary comes from these schemas (z.infer); every boundary parses with them.
 */
// zod/mini: the same schemas at a fraction of the size, because the content script ships them (40 KB budget).
import * as z from 'zod/mini';
import { MAX_PUBLISHED_CHARS } from './read/limits';

export const SCHEMA_VERSION = 1;

const Year = z.number().check(z.int(), z.minimum(1000), z.maximum(9999));
const FiniteNumber = z.number().check(z.refine(Number.isFinite, 'must be finite'));

/** How the page hedges a number: rounding only (approx), or a one-sided bound (over / under). */
export const Qualifier = z.enum(['approx', 'over', 'under']);
export type Qualifier = z.infer<typeof Qualifier>;

/** The values a stated number stands for; `null` on a side means unbounded on that side. */
export const Interval = z.object({
  low: z.nullable(FiniteNumber),
  high: z.nullable(FiniteNumber),
});
export type Interval = z.infer<typeof Interval>;

/** A market-size figure, normalized to base units, with the exact phrase it came from. */
export const Figure = z.object({
  /** For a range ("USD 2.4-2.6 billion"), the low end; `valueMax` holds the high end. */
  value: FiniteNumber,
  valueMax: z.optional(FiniteNumber),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  year: z.nullable(Year),
  /** The number as written ("2.5", "4,146.02"): its last digit is its precision. */
  literal: z.string(),
  /** The scale word as written ("Billion", "Mn", "lakh crore"), empty when none. */
  unit: z.string(),
  interval: Interval,
  qualifier: z.optional(Qualifier),
  text: z.string(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * Where a CAGR's period came from: its own words, the figures its sentence connects, the page's forecast period,
 * or the figures of a sentence near it (a reading of the page, not its claim).
 */
export const PeriodSource = z.enum(['stated', 'figures', 'page', 'nearby', 'none']);

export const Cagr = z.object({
  /** Fraction: 7.0% is 0.07; a decline is negative. For a range, the low end. */
  rate: FiniteNumber,
  rateMax: z.optional(FiniteNumber),
  /** The rate as stated, unsigned, in percent with its written precision ("7.0"); absent in summaries saved before. */
  literal: z.optional(z.string().check(z.regex(/^\d+(\.\d+)?$/))),
  from: z.nullable(Year),
  to: z.nullable(Year),
  periodSource: PeriodSource,
  interval: Interval,
  qualifier: z.optional(Qualifier),
  /** Historical rates ("grew at a CAGR of 25% during 2021-2024") are kept but not the headline. */
  historical: z.boolean(),
  /** A rate its sentence gives a quantity (tons, units, gigawatts) and no money: shown, never checked against sizes. */
  volume: z.optional(z.boolean()),
  /**
   * Stated as an average of yearly rates ("at an average annual rate of 17.91%"), not as a compound rate: never
   * below the compound rate the figures imply, so `interval` bounds that rate from above only.
   */
  average: z.optional(z.boolean()),
  text: z.string(),
});
export type Cagr = z.infer<typeof Cagr>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const FindingKind = z.enum(['cagr-mismatch', 'period-mismatch', 'contradiction', 'scope', 'off-path', 'cannot-check']);

/** A claim the reader can check by hand: the message, the arithmetic lines, and the phrases it rests on. */
export const Finding = z.object({
  kind: FindingKind,
  severity: Severity,
  message: z.string(),
  math: z.array(z.string()),
  phrases: z.array(z.string()),
});
export type Finding = z.infer<typeof Finding>;

export const Verdict = z.enum(['consistent', 'inconsistent', 'cannot-check']);
export type Verdict = z.infer<typeof Verdict>;

/** The growth rate the figures imply over n years, across the rounding of both figures. */
export const ImpliedCagr = z.object({
  rate: FiniteNumber,
  low: z.nullable(FiniteNumber),
  high: z.nullable(FiniteNumber),
  from: Year,
  to: Year,
});
export type ImpliedCagr = z.infer<typeof ImpliedCagr>;

/** Yearly values for the chart, in the figures' currency and base units. */
export const ForecastSeries = z.object({
  currency: z.string(),
  years: z.array(Year),
  stated: z.array(z.nullable(FiniteNumber)),
  statedCagrPath: z.nullable(z.array(FiniteNumber)),
  impliedPath: z.nullable(z.array(FiniteNumber)),
});
export type ForecastSeries = z.infer<typeof ForecastSeries>;

export const Segments = z.object({
  applications: z.array(z.string()),
  types: z.array(z.string()),
  regions: z.array(z.string()),
  companies: z.array(z.string()),
});
export type Segments = z.infer<typeof Segments>;

export const Market = z.object({
  name: z.string(),
  geography: z.nullable(z.string()),
  base: z.nullable(Figure),
  forecast: z.nullable(Figure),
  otherFigures: z.array(Figure),
  cagr: z.nullable(Cagr),
  otherCagrs: z.array(Cagr),
  implied: z.nullable(ImpliedCagr),
  segments: Segments,
  findings: z.array(Finding),
  verdict: Verdict,
  /** One line a reader sees first: why this verdict. */
  verdictReason: z.string(),
  series: z.nullable(ForecastSeries),
});
export type Market = z.infer<typeof Market>;

export const Detection = z.object({
  score: FiniteNumber,
  reasons: z.array(z.string()),
});
export type Detection = z.infer<typeof Detection>;

/** What was cut to keep the work bounded; the panel tells the reader. */
export const Limits = z.object({
  totalChars: z.number().check(z.int(), z.nonnegative()),
  analyzedChars: z.number().check(z.int(), z.nonnegative()),
  truncated: z.boolean(),
  timedOut: z.boolean(),
});
export type Limits = z.infer<typeof Limits>;

export const BlockKind = z.enum(['title', 'heading', 'text', 'item', 'row']);
export type BlockKind = z.infer<typeof BlockKind>;

/**
 * A run of the page's text as lib/read cuts it: the title, a heading, a paragraph, a list item, a table row. A
 * heading keeps its level (h1-h6): a "Market Size" under "Satellite Manufacturing" is that section's, not the page's.
 */
export const Block = z.object({ kind: BlockKind, text: z.string(), level: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(6))) });
export type Block = z.infer<typeof Block>;

/** More blocks than a page's text cap could fill: a message with more is not the content script's. */
export const MAX_BLOCKS = 100_000;

/**
 * What the content script reads off a page: its blocks after Readability, and the cheap detection that let it
 * through. The analysis of it runs in the background, off the page's main thread; the content script never
 * parses this (its bundle stays small), the background parses it where it lands.
 */
export const PageText = z.object({
  url: z.string(),
  title: z.string(),
  /** ISO time of the reading, which the summary keeps as its `analyzedAt`. */
  readAt: z.string(),
  detection: Detection,
  blocks: z.array(Block).check(z.maxLength(MAX_BLOCKS)),
  /** Characters of the page's text, counting what the size cap left out. */
  totalChars: z.number().check(z.int(), z.nonnegative()),
  truncated: z.boolean(),
  /** When the page says it was published (its metadata): what "this year" in its text means. */
  published: z.optional(z.string().check(z.maxLength(MAX_PUBLISHED_CHARS))),
});
export type PageText = z.infer<typeof PageText>;

export const Summary = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  url: z.string(),
  title: z.string(),
  analyzedAt: z.string(),
  isMarketReport: z.boolean(),
  detection: Detection,
  /** The primary market (the page's own) first. */
  markets: z.array(Market),
  limits: Limits,
});
export type Summary = z.infer<typeof Summary>;
