/**
 * What the first version of saved summaries (saved-store v1) put in `browser.storage.local` under `saved`,
 * written out by hand: no `history`, and a summary from before `Cagr.literal` existed. Do not generate this from
 * the code under test; it stands for data already on readers' disks.
 */
export const V1_STORED = [
  {
    url: 'https://reports.example/intrathecal-pain-pump-market',
    title: 'Intrathecal Pain Pump Market Size Report',
    savedAt: '2026-03-02T09:15:00.000Z',
    summary: {
      schemaVersion: 1,
      url: 'https://reports.example/intrathecal-pain-pump-market',
      title: 'Intrathecal Pain Pump Market Size Report',
      analyzedAt: '2026-03-02T09:14:30.000Z',
      isMarketReport: true,
      detection: { score: 0.9, reasons: ['title mentions "Market Size"'] },
      markets: [
        {
          name: 'Intrathecal Pain Pump Market',
          geography: 'United States',
          base: {
            value: 2500000000,
            currency: 'USD',
            year: 2022,
            literal: '2.5',
            unit: 'Billion',
            interval: { low: 2450000000, high: 2550000000 },
            text: 'valued at USD 2.5 Billion in 2022',
          },
          forecast: {
            value: 4100000000,
            currency: 'USD',
            year: 2030,
            literal: '4.1',
            unit: 'Billion',
            interval: { low: 4050000000, high: 4150000000 },
            text: 'reach USD 4.1 Billion by 2030',
          },
          otherFigures: [],
          cagr: {
            rate: 0.07,
            from: 2024,
            to: 2030,
            periodSource: 'stated',
            interval: { low: 0.0695, high: 0.0705 },
            historical: false,
            text: 'growing at a CAGR of 7.0% from 2024 to 2030',
          },
          otherCagrs: [],
          implied: { rate: 0.0638, low: 0.0595, high: 0.0681, from: 2022, to: 2030 },
          segments: { applications: [], types: [], regions: [], companies: [] },
          findings: [
            {
              kind: 'cagr-mismatch',
              severity: 'error',
              message: 'The stated CAGR of 7% does not fit the figures: they imply 6.38%/yr.',
              math: ['USD 2.5 bn (2022) → USD 4.1 bn (2030) over n = 8 years implies 6.38%/yr'],
              phrases: ['valued at USD 2.5 Billion in 2022', 'growing at a CAGR of 7.0% from 2024 to 2030'],
            },
          ],
          verdict: 'inconsistent',
          verdictReason: 'The figures imply 6.4% a year, not the stated 7.0%.',
          series: null,
        },
      ],
      limits: { totalChars: 4000, analyzedChars: 4000, truncated: false, timedOut: false },
    },
  },
  {
    url: 'https://reports.example/recipe',
    title: 'Not a report',
    savedAt: '2026-03-01T08:00:00.000Z',
    summary: {
      schemaVersion: 1,
      url: 'https://reports.example/recipe',
      title: 'Not a report',
      analyzedAt: '2026-03-01T07:59:00.000Z',
      isMarketReport: false,
      detection: { score: 0.1, reasons: [] },
      markets: [],
      limits: { totalChars: 900, analyzedChars: 900, truncated: false, timedOut: false },
    },
  },
];
