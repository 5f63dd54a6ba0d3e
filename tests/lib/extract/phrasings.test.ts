/**
 * Phrasings met on report pages outside the development corpus (wire releases, trade press, Indian and Korean
 * press), each written anew here: one sentence shape per test, the expected fields worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../../lib/analyze';
import { abbreviationsIn } from '../../../lib/extract/markets';
import { tokenize } from '../../../lib/extract/tokens';
import { analyzeHtml, page } from '../../helpers/analyze';

const primary = (html: string) => analyzeHtml(html).markets[0]!;

describe('amounts as the press writes them', () => {
  it('"CAD$1.7 billion (USD$1.4B) in 2018": a dollar named by its code, and its conversion in parentheses a restatement', () => {
    const m = primary(page('Canadian Market Projected Growth', 'The total legal cannabis market forecast for Canada is to reach CAD$1.7 billion (USD$1.4B) in 2018, growing to CAD$7.7 billion (USD$6.1B) by 2025.'));
    expect(m.base).toMatchObject({ value: 1.7e9, currency: 'CAD', year: 2018 });
    expect(m.forecast).toMatchObject({ value: 7.7e9, currency: 'CAD', year: 2025 });
  });

  it('"Legal Services is a $430 billion industry": on a page naming no market, the subject the sentence sizes', () => {
    const m = analyzeHtml(page('Legaltech Growth', 'Legal Services is a $430 billion industry comprising roughly 2% of the domestic economy.'));
    expect(m.markets[0]).toMatchObject({ name: 'Legal Services', base: { value: 430e9, year: null } });
  });

  it('"Plastic Recycling in the U.S. Is a $2.5 Trillion Industry": a subject with its place, dotted or not, in a headline\'s capitals', () => {
    const m = analyzeHtml(page('Plastic Recycling in the U.S. Is a $2.5 Trillion Industry', 'A new report quantifies the trade.'));
    expect(m.markets[0]).toMatchObject({ geography: 'U.S.', base: { value: 2.5e12, year: null } });
    expect(analyzeHtml(page('Recycling', 'Plastic recycling in India is a $2.5 billion industry.')).markets[0]).toMatchObject({ geography: 'India', base: { value: 2.5e9 } });
    // "us" the pronoun ends a subject still.
    expect(analyzeHtml(page('Recycling', 'For all of us is a $2.5 billion industry.')).markets).toEqual([]);
  });

  it('"Nowadays, food delivery has become a global market worth more than $150 billion": the subject is the market', () => {
    const m = analyzeHtml(page('Food Delivery', 'Nowadays, food delivery has become a global market worth more than $150 billion.'));
    expect(m.markets[0]).toMatchObject({ name: 'food delivery', base: { value: 150e9, year: null, qualifier: 'over' } });
  });

  it('a conversion in parentheses restates the amount before it: the local figure keeps its year and currency', () => {
    const m = primary(page('Korea Pet Care Market',
      'The government plans to grow the pet care market to 15 trillion won (US$11.47 billion) by 2027, from 8 trillion won in 2022.'));
    expect(m.forecast).toMatchObject({ value: 15e12, currency: 'KRW', year: 2027 });
    expect(m.base).toMatchObject({ value: 8e12, currency: 'KRW', year: 2022 });
    expect(m.otherFigures).toEqual([]);
  });

  it('"$US90 billion ($125 billion)": after named US dollars, a bare "$" of another value is the local restatement', () => {
    const m = primary(page('Mining Equipment Market', 'The global mining equipment market is forecast to reach $US90 billion ($125 billion) by 2027.'));
    expect(m.forecast).toMatchObject({ value: 90e9, currency: 'USD', year: 2027 });
    expect(m.otherFigures).toEqual([]);
  });

  it('"$24.5 billion (AU$33.9 billion)" on an Australian page: a bare "$" restated in the local dollar is the US one', () => {
    const m = primary(page('Australia Pharmaceutical Market',
      'Australia’s pharmaceutical market is forecast to reach $24.5 billion (AU$33.9 billion) by 2030, growing at a CAGR of 6.5%.'));
    expect(m.forecast).toMatchObject({ value: 24.5e9, currency: 'USD', year: 2030 });
    // A bare "$" on the same page with no restatement beside it stays the page's own dollar.
    const local = primary(page('Australia Pharmaceutical Market', 'Australia’s pharmaceutical market is worth A$30 billion in 2024 and will reach $34 billion by 2030.'));
    expect(local.forecast).toMatchObject({ value: 34e9, currency: 'AUD' });
  });

  it('a conversion between a figure and its year does not take the year from it', () => {
    const m = primary(page('Indian Tyre Market',
      'The Indian tyre market stood at Rs 9,705 crore (US$1.091 billion) in 2024 and is projected to reach Rs 16,575 crore (US$1.86 billion) by 2029.'));
    expect(m.base).toMatchObject({ value: 9705e7, currency: 'INR', year: 2024 });
    expect(m.forecast).toMatchObject({ value: 16575e7, currency: 'INR', year: 2029 });
  });

  it('"€12.3 bn. By 2032 …": the stop after an abbreviated scale ends the sentence, so each year dates its own figure', () => {
    const m = primary(page('Solar Inverter Market', 'In 2023, the solar inverter market stood at €12.3 bn. By 2032 it is projected to hit €27.8 bn, registering a CAGR of 9.5%.'));
    expect(m.base).toMatchObject({ value: 12.3e9, currency: 'EUR', year: 2023 });
    expect(m.forecast).toMatchObject({ value: 27.8e9, currency: 'EUR', year: 2032 });
    expect(m.verdict).toBe('consistent');
    // Still one sentence where it goes on in lower case.
    expect(primary(page('Solar Inverter Market', 'The solar inverter market stood at €12.3 bn. in 2023.')).base).toMatchObject({ year: 2023 });
  });

  it('"won" after a scale word is the currency; "won" as a verb is not', () => {
    const m = primary(page('Korea Webtoon Market', 'The Korean webtoon market reached 1.8 tln won in 2023.'));
    expect(m.base).toMatchObject({ value: 1.8e12, currency: 'KRW', year: 2023 });
    const verb = analyzeHtml(page('Awards', 'The team won 3 titles in 2023 and won the cup market trophy.'));
    expect(verb.isMarketReport).toBe(false);
  });

  it('an Indian fiscal year ("FY 2023-24", "2028-29") is one year, the one it ends in, and no CAGR period', () => {
    const m = primary(page('Indian Packaging Industry',
      'The Indian packaging industry was valued at Rs 9,705 crore in FY 2023-24 and is projected to reach Rs 16,575 crore by 2028-29, growing at a CAGR of 11.3%.'));
    expect(m.base).toMatchObject({ year: 2024 });
    expect(m.forecast).toMatchObject({ year: 2029 });
    expect(m.cagr).toMatchObject({ rate: 0.113, from: 2024, to: 2029, periodSource: 'figures' });
    // (16575 / 9705)^(1/5) - 1 = 11.30%
    expect(m.verdict).toBe('consistent');
  });

  it('a rate written in words: "two per cent", as precise as a whole number', () => {
    const m = primary(page('Europe Carton Market',
      'The European carton market was worth €14.5 billion in 2018 and is forecast to reach €16 billion by 2023, a compound annual growth rate of two per cent.'));
    expect(m.cagr).toMatchObject({ rate: 0.02, from: 2018, to: 2023 });
    expect(m.verdict).toBe('consistent');
  });
});

describe('amounts in words and bounds in phrases', () => {
  it('"valued at approximately thirty-two billion dollars in 2024 and projected to reach sixty-three billion dollars by 2032"', () => {
    const m = primary(page('BI Market', 'The global BI market, valued at approximately thirty-two billion dollars in 2024 and projected to reach sixty-three billion dollars by 2032, grows fast.'));
    expect(m.base).toMatchObject({ value: 32e9, currency: 'USD', year: 2024, qualifier: 'approx' });
    expect(m.forecast).toMatchObject({ value: 63e9, year: 2032 });
    // A hyphenated word that is no number ("twenty-something buyers") sizes nothing.
    expect(analyzeHtml(page('BI Market', 'The BI market draws twenty-something billion users.')).markets).toEqual([]);
  });

  it('"approx." and "ca." hedge the amount after them, inside a restatement\'s parentheses too', () => {
    expect(primary(page('Widget Market', 'The widget market was worth approx. USD 4.5 billion in 2023.')).base).toMatchObject({ value: 4.5e9, qualifier: 'approx' });
    const m = primary(page('Japan Widget Market', 'The Japanese widget market will reach 2.94 billion USD (approx. 450 billion JPY) in 2029.'));
    expect(m.forecast).toMatchObject({ value: 2.94e9, currency: 'USD', year: 2029 });
    expect(m.otherFigures).toEqual([]);
  });

  it('"a $100bn-plus bull run", "a $200B market": "-plus" is over the amount, and the amount sizes the market it names', () => {
    const m = primary(page('Gold Market', 'Gold is a $100bn-plus market.'));
    expect(m).toMatchObject({ name: 'Gold Market', base: { value: 100e9, qualifier: 'over', year: null } });
    expect(primary(page('Gold Market', 'Gold is a $200B market.')).base).toMatchObject({ value: 200e9 });
  });

  it('"it exceeded $5 billion", "will have surpassed $5 billion": the past forms of the hedging verbs are size verbs too', () => {
    const past = primary(page('Widget Market Report', 'The widget market grew fast. In 2023, it exceeded $5 billion.'));
    expect(past.base).toMatchObject({ value: 5e9, year: 2023, qualifier: 'over' });
    const ahead = primary(page('Widget Market Report', 'The widget market grew fast. By 2030 it will have surpassed $5 billion.'));
    expect(ahead.forecast).toMatchObject({ value: 5e9, year: 2030, qualifier: 'over' });
  });

  it('"expected to cross Rs 871 million by 2021" is over 871 million, so a stated 17% CAGR is no contradiction', () => {
    const s = analyzeHtml(page('Organic Food Market', 'The market size for Indian organic packaged food is expected to cross Rs 871 million by 2021 from Rs 533 million in 2016, growing at a CAGR of 17 percent.'));
    expect(s.markets[0]).toMatchObject({ forecast: { value: 871e6, year: 2021, qualifier: 'over' }, verdict: 'consistent' });
  });

  it('"a $57+ billion industry": a plus glued to the number is "over", and the amount sizes the industry', () => {
    const m = primary(page('Boating Industry', 'Recreational boating is a $57+ billion industry in the U.S. alone.'));
    expect(m.base).toMatchObject({ value: 57e9, currency: 'USD', qualifier: 'over', year: null });
  });

  it('"crossed the US$ 450 billion mark" is over 450 billion; "surpassed", "exceeded" are "over" as "surpass" is', () => {
    const mark = primary(page('US Pharmaceutical Market', 'Pharmaceutical market sales in the U.S. crossed the US$ 450 billion mark in 2017.'));
    expect(mark.base).toMatchObject({ value: 450e9, year: 2017, qualifier: 'over', text: expect.stringContaining('crossed the US$ 450 billion mark') });
    const past = primary(page('Chip Market', 'The chip market exceeded $600 billion in 2024.'));
    expect(past.base).toMatchObject({ value: 600e9, qualifier: 'over' });
  });

  it('"almost a trillion dollars" is one trillion; "a billion people" is a count', () => {
    const m = primary(page('Data Centre Market', 'The data centre market will grow at a CAGR of 6.7% to reach almost a trillion dollars by 2030.'));
    expect(m.forecast).toMatchObject({ value: 1e12, year: 2030, qualifier: 'approx', currency: 'USD' });
    const count = analyzeHtml(page('Widget Market', 'The widget market will reach a billion people by 2030.'));
    expect(count.isMarketReport).toBe(false);
  });

  it('the same amount restated in parentheses in the same currency: the precise one is the figure', () => {
    const m = primary(page('Social App Market', 'The social app market will expand to a value of over a trillion dollars (USD 1,041.8 billion) by 2035.'));
    expect(m.forecast).toMatchObject({ value: 1041.8e9, year: 2035 });
  });

  it('"amassing a valuation of $997.89 billion in 2022": a size the market amasses', () => {
    const m = primary(page('Widget Market', 'The widget market is on the rise, amassing a valuation of $997.89 billion in 2022 alone.'));
    expect(m.base).toMatchObject({ value: 997.89e9, year: 2022 });
  });
});

describe('which rate is the headline', () => {
  it('"expected to expand at a rate of 3.5 percent by 2021", stated first with its period, outranks another source\'s "3.67 percent CAGR"', () => {
    const m = primary(page('Fitness Equipment Market',
      'While the market size of global fitness equipment was $10.01 billion in 2014, it was expected to expand at a rate of 3.5 percent by 2021.',
      'Data Bridge predicts that the fitness equipment market will grow at 3.67 percent CAGR between 2020 and 2027.',
      'By 2022, as per another study, the market for fitness equipment would be worth $13.24 billion.'));
    expect(m.cagr).toMatchObject({ rate: 0.035, to: 2021 });
    // (13.24 / 10.01)^(1/8) - 1 = 3.56%, inside 3.45%–3.55% at its low end
    expect(m.verdict).toBe('consistent');
    // A loose rate with no period of its own stays behind the CAGR.
    const repeat = primary(page('Fitness Equipment Market', 'The fitness equipment market is growing 3% annually.', 'The fitness equipment market will grow at a 3.67% CAGR between 2020 and 2027.'));
    expect(repeat.cagr).toMatchObject({ rate: 0.0367 });
  });

  it('"Driven By 16% IaaS CAGR To 2028": a name between the rate and "CAGR" makes it a segment\'s rate, unless it names the market', () => {
    const m = primary(page('IT Services Industry Outlook', 'Growth Is Substantial, Driven By 16% IaaS CAGR To 2028.', 'Overall, the IT services industry will average 4.6% annual growth.'));
    expect(m.cagr).toMatchObject({ rate: 0.046 });
    const own = primary(page('EV Market Outlook', 'The EV market will grow at a 16% EV CAGR to 2028.'));
    expect(own.cagr).toMatchObject({ rate: 0.16, to: 2028 });
  });

  it('"the CAGR for biopesticides … is expected to exceed 12%, compared to an expected overall pesticide CAGR of about 7%": a segment\'s rate named by "CAGR for"', () => {
    const m = primary(page('Global Pesticide Market', 'Current opinion is that the compound annual growth rate (CAGR) for biopesticides during this period is expected to exceed 12%, compared to an expected overall pesticide CAGR of about 7%.'));
    expect(m.cagr).toMatchObject({ rate: 0.07, qualifier: 'approx' });
    const own = primary(page('Global Pesticide Market', 'The CAGR for pesticides during this period is expected to exceed 7%.'));
    expect(own.cagr).toMatchObject({ rate: 0.07, qualifier: 'over' });
  });

  it('a rate "since" a year looks back: the forecast rate is the headline', () => {
    const m = primary(page('Indian Glass Industry',
      'The Indian glass industry reached Rs 9,705 crore in 2024, growing at a CAGR of 7.4% since 2020. The industry is projected to reach Rs 16,575 crore by 2029, a forecasted CAGR of 11.3%.'));
    expect(m.cagr).toMatchObject({ rate: 0.113 });
    expect(m.otherCagrs[0]).toMatchObject({ rate: 0.074, from: 2020, historical: true });
  });

  it('a rate whose period ends where another begins is the past one, even in neutral words', () => {
    const m = primary(page('Global Pharmaceuticals Market',
      'The global pharmaceuticals market had total revenues of $1,111.8m in 2018, representing a compound annual growth rate (CAGR) of 4.5% between 2014 and 2018.',
      'The market is forecast to accelerate, with an anticipated CAGR of 5.7% for the five-year period 2018-2023, which is expected to drive the market to a value of $1,469.8m by the end of 2023.'));
    expect(m.cagr).toMatchObject({ rate: 0.057, from: 2018, to: 2023 });
    // (1469.8 / 1111.8)^(1/5) - 1 = 5.74%, inside 5.65%..5.75%
    expect(m.verdict).toBe('consistent');
  });

  it('a rate said of the market by name outranks one that reached it only as the page’s topic', () => {
    const m = primary(page('Label demand keeps rising',
      'Demand is anticipated to expand at a compound annual growth rate of 3.4 percent over the coming decade.',
      'The global label market is poised to achieve a valuation of $41.75 billion by 2023, growing at a CAGR of 4.9 percent from 2023 to 2033, and is anticipated to attain a market size of $67.36 billion by 2033.'));
    expect(m.cagr).toMatchObject({ rate: 0.049, from: 2023, to: 2033 });
    expect(m.verdict).toBe('consistent');
  });

  it('"in the next four years" ends at the sentence’s forecast year', () => {
    const m = primary(page('Global AI Market',
      'The global AI market was worth $242bn in 2023.',
      'The global AI market is set to keep growing at a CAGR of 17% in the next four years and hit more than $500bn by 2027.'));
    expect(m.cagr).toMatchObject({ rate: 0.17, from: 2023, to: 2027, periodSource: 'figures' });
  });

  it('"over the next five years" starts at the sentence’s current figure', () => {
    const m = primary(page('Drone Market', 'The drone market was valued at $30.6 billion in 2024 and is expected to grow at a CAGR of 8% over the next five years.'));
    expect(m.cagr).toMatchObject({ from: 2024, to: 2029 });
  });
});

describe('which market a figure belongs to', () => {
  it('a sentence whose subject is the page market’s product speaks of that market: "Cloud computing is expected to reach …"', () => {
    const m = primary(page('Cloud Computing Market Report',
      'Cloud computing is expected to reach $1.2 trillion by 2030, growing at a CAGR of 15% from 2024 to 2030.'));
    expect(m.forecast).toMatchObject({ value: 1.2e12, year: 2030 });
    // "until it hits $X in 2030": "hits" sizes and looks ahead as "reaches" does.
    const hits = primary(page('Education Technology Market Report',
      'Education technology is set to become a global phenomenon, until it hits $252 billion in 2020.', 'The market is already huge.'));
    expect(hits.forecast).toMatchObject({ value: 252e9, year: 2020 });
    // Another subject's figure stays out: "Cloud computing spending" is a market of its own.
    const other = analyzeHtml(page('Cloud Computing Market Report',
      'Cloud computing spending is expected to reach $1.2 trillion by 2030, growing at a CAGR of 15% from 2024 to 2030.')).markets;
    expect(other.filter((m) => /market/i.test(m.name) && m.forecast)).toEqual([]);
    expect(other.find((m) => m.name === 'Cloud computing spending')).toMatchObject({ forecast: { value: 1.2e12, year: 2030 } });
  });

  it('a market’s possessive owns the size it names: "the agtech sector’s monetary value is expected to hit …"', () => {
    const m = primary(page('Technology boom in agriculture',
      'The North American agtech sector’s monetary value is expected to hit $729.5-billion US by 2025, notes the report.',
      'That is worth noting.'));
    expect(m.name).toBe('North American agtech sector');
    expect(m.geography).toBe('North America');
    expect(m.forecast).toMatchObject({ value: 729.5e9, currency: 'USD', year: 2025 });
    // "The Luxury Watch Industry's sales in 2005 totaled …": sales the industry owns are its size.
    const sales = primary(page('Watch Industry Outlook', "The Swiss Watch Industry's sales in 2005 totaled approximately $12 billion."));
    expect(sales.base).toMatchObject({ value: 12e9, year: 2005, qualifier: 'approx' });
    // A possessive that owns something else is no mention: "the industry's growth"
    const growth = analyzeHtml(page('Technology boom in agriculture', "The agtech sector's growth will hit $729.5 billion by 2025.", 'That is worth noting.'));
    expect(growth.markets).toEqual([]);
  });

  it('"it" in the next sentence of the same paragraph is the market the paragraph named', () => {
    const m = primary(page('Widget Gizmo Market Report',
      'In 2023, the market was valued at USD 310.5 million. By 2032 it is expected to reach USD 512.8 million, at a CAGR of 5.7%.'));
    expect(m.base).toMatchObject({ value: 310.5e6, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 512.8e6, year: 2032 });
  });

  it('"reached a valuation of" is a size when the market is the subject, not when a company is', () => {
    const m = primary(page('In-Vitro Diagnostics Market',
      'The global in-vitro diagnostics market reached a valuation of $63.5 billion in 2019 and may generate a revenue of $127.4 billion by 2030.'));
    expect(m.base).toMatchObject({ value: 63.5e9, year: 2019 });
    const startup = primary(page('Robotics Market',
      'The robotics market is growing fast. The startup reached a valuation of $3 billion in 2024.'));
    expect(startup?.base ?? null).toBeNull();
  });

  it('a dated teaser "(2024 Market Size: USD 4.7 trillion)" names no market of its own', () => {
    const s = analyzeHtml(page('Computing and Technology Market Report',
      'Insights into the sector (2024 Market Size: USD 4.7 trillion).',
      'In 2024 the computing and technology market size is USD 4.7 trillion and will be USD 14.88 trillion in 2031, with a compound annual growth rate of 15.50%.'));
    expect(s.markets.map((m) => m.name)).not.toContain('2024 Market');
    expect(s.markets[0]).toMatchObject({ forecast: { value: 14.88e12, year: 2031 } });
  });

  it('a publisher called "… Market Insights" is not a market', () => {
    const s = analyzeHtml(page('Label demand in the U.S.',
      'Demand for labels is set to be valued at $15.7 billion in 2023, according to Future Market Insights (FMI).',
      'The U.S. label market is projected to reach $21.9 billion by 2033.'));
    expect(s.markets.map((m) => m.name)).toEqual(['U.S. label market']);
  });
});

describe('what is not the market’s size', () => {
  it('"Widget Market Size to Record USD 8.39 Billion Growth", "a $400 billion value increase by 2028": what the market adds', () => {
    const m = analyzeHtml(page('Widget Market Size to Record USD 8.39 Billion Growth from 2024-2028',
      'The widget industry is expected to have a $400 billion value increase by 2028. In 2021, the widget market was valued at $114 billion.'));
    expect(m.markets[0]).toMatchObject({ base: { value: 114e9, year: 2021 }, forecast: null, otherFigures: [] });
  });

  it('"exits such as Contoso’s IPO in 2019 ($130 million) and Acme buying Initech in 2020 ($425 million)": a deal’s money in parentheses', () => {
    const m = primary(page('Widget Tech Is Becoming a $1B Industry',
      'The widget tech market is expected to reach $1.1 billion by 2024, growing at a CAGR of 12.9 percent. And not only is the sector as a whole snowballing; some of the largest exits include companies such as Contoso’s IPO in 2019 ($130 million) and Acme buying Initech in 2020 ($425 million).'));
    expect(m.base).toBeNull();
    expect(m.otherFigures).toEqual([]);
    expect(m.verdict).toBe('cannot-check');
  });

  it('"had attracted $2.8 billion in domestic and global investment": money raised is no size; "$5 billion in revenue" is', () => {
    const raised = analyzeHtml(page('Fintech Industry', 'By 2025, the Indian fintech sector had attracted $2.8 billion in domestic and global investment over five years.'));
    expect(raised.markets.flatMap((m) => [m.base, m.forecast, ...m.otherFigures]).filter(Boolean)).toEqual([]);
    const takings = primary(page('Fintech Industry', 'By 2025, the Indian fintech sector will generate $5 billion in revenue.'));
    expect(takings.forecast).toMatchObject({ value: 5e9, year: 2025 });
  });

  it('"the shipping industry will make $12 billion in profits in 2027": profits are no size, and check no rate', () => {
    const m = primary(page('Shipping Industry Outlook',
      'The global shipping industry was valued at $900 billion in 2022. The shipping industry will make $12 billion in profits in 2027, growing at a CAGR of 6% from 2022 to 2027.'));
    expect(m.base).toMatchObject({ value: 900e9, year: 2022 });
    expect(m.forecast).toBeNull();
    expect(m.otherFigures).toEqual([]);
    expect(m.verdict).toBe('cannot-check');
  });

  it('"By 2030, the valuation is anticipated to reach US$ 21.05 billion": a valuation forecast to a size is the market\'s', () => {
    const m = primary(page('Sun Protection Market',
      'In 2023, the sun protection market size is projected to reach a valuation of USD 13.11 billion. By 2030, the valuation is anticipated to reach US$ 21.05 billion, a CAGR of 4% from 2023 to 2030.'));
    expect(m.forecast).toMatchObject({ value: 21.05e9, year: 2030 });
    // 13.11 → 21.05 over 7 years is 7.0 %/yr, not 4 %.
    expect(m.verdict).toBe('inconsistent');
    // A valuation stated, not forecast, is still a deal's.
    const deal = primary(page('Sun Protection Market', 'The sun protection market reached USD 13.11 billion in 2023. The startup closed its round; the valuation is now US$ 2 billion.'));
    expect(deal.otherFigures).toEqual([]);
    expect(deal.forecast).toBeNull();
  });

  it('what "dominated the market" is a part of it, and so are the figures after it in its sentence', () => {
    const m = primary(page('Garden Tools Market Report',
      'The garden tools market was valued at USD 9.4 billion in 2023 and is projected to reach USD 13.1 billion by 2031.',
      'Based on price range, the market is classified into low, medium and high. Medium price range dominated the market in 2023, with revenue exceeding USD 5.7 billion, and is expected to reach USD 8.7 billion by 2031.'));
    expect(m.base).toMatchObject({ value: 9.4e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 13.1e9, year: 2031 });
    expect(m.otherFigures).toEqual([]);
    expect(m.verdict).not.toBe('inconsistent');
    // A market the sentence names after such a clause keeps its figure: "…, while the U.S. garden tools market is projected to reach …"
    const us = analyzeHtml(page('Garden Tools Market Report', 'Europe dominated the market in 2023, accounting for 40% of revenue, while the U.S. garden tools market is projected to reach USD 3.9 billion by 2031.'));
    expect(us.markets.some((x) => x.forecast?.value === 3.9e9)).toBe(true);
  });

  it('"out of US$ 3.7 trillion …, the spa industry accounted for US$ 99 billion": the whole a part is taken out of is not its size', () => {
    const m = primary(page('Global Spa Market', 'Out of the US$ 3.7 trillion global wellness economy in 2015, the spa industry accounted for US$ 99 billion.'));
    expect(m.base).toMatchObject({ value: 99e9 });
    expect([m.base, m.forecast, ...m.otherFigures].some((f) => f?.value === 3.7e12)).toBe(false);
  });

  it('"For instance, …" sizes an example, a part of the topic, not the topic itself', () => {
    const m = primary(page('Garden Tools Market Report',
      'The garden tools market was valued at USD 9.4 billion in 2024 and is projected to reach USD 13.1 billion by 2031, at a CAGR of 4.9% from 2024 to 2031.',
      'The market serves many niches. For example, robotic mowers generated over USD 2.2 billion in sales worldwide in 2023.'));
    expect(m.base).toMatchObject({ value: 9.4e9, year: 2024 });
    expect(m.otherFigures).toEqual([]);
  });

  it('a verb after a modal is no market’s name: "will boost market in coming years"', () => {
    const s = analyzeHtml(page('Growing demand for satellites will boost market in coming years: report',
      'Earth observation is changing how we farm.', 'The market is worth $2.59 billion, with an annual growth rate of 4.7%.'));
    // The page names no market of its own: nothing is reported, rather than a market named by a verb.
    expect(s.markets.map((m) => m.name)).toEqual([]);
  });


  it('"grow by $X" is a change, not a level, even with an adjective between', () => {
    const m = primary(page('AI in Games Market',
      'The AI in games market is projected to reach $1.81 billion by 2025 and is expected to grow by an impressive $27.47 billion in the next four years.'));
    expect(m.forecast).toMatchObject({ value: 1.81e9, year: 2025 });
    expect(m.base).toBeNull();
    expect(m.otherFigures).toEqual([]);
  });

  it('an owner’s money ("Live Nation’s $1.3 billion notes offering") is no market size; a place’s is', () => {
    const deal = analyzeHtml(page('Pre-market brief',
      'Live Nation’s $1.3 billion convertible notes offering represents one of the larger entertainment sector debt issuances.'));
    expect(deal.isMarketReport).toBe(false);
    const m = primary(page('Indian Education Market', 'India’s $80 billion education market was valued at $80 billion in 2024.'));
    expect(m.base).toMatchObject({ value: 80e9, year: 2024 });
  });

  it('"the company’s market value" is a market capitalisation', () => {
    const s = analyzeHtml(page('Cloud market share report',
      'The cloud market share of the leader rose to 23% in 2024. The company’s market value has plummeted, dropping below $1 trillion.'));
    expect(s.isMarketReport).toBe(false);
  });

  it('"that market" after a sentence that named no market points at something the page never sized', () => {
    const s = analyzeHtml(page('Health trends for 2026',
      'The global market for blood-based biomarkers was estimated at $7.85 billion in 2024 and is projected to reach $11.58 billion by 2030.',
      'Expect to hear more about nootropics, also known as smart drugs. That market is projected to reach USD $11.17 billion by 2030.'));
    expect(s.markets[0]).toMatchObject({ forecast: { value: 11.58e9 }, otherFigures: [], verdict: 'cannot-check' });
  });
});

describe('sections about something else', () => {
  it('"4. Funding & Valuations" and its sub-sections: a funding table\'s amounts are no sizes of the market', () => {
    const html = `<html><head><title>Coding Agents</title></head><body><h1>Coding Agents</h1>
      <h2>3. Market</h2><p>The AI code tools market was valued at $4.86B in 2023 and is projected to reach $26B by 2030 (CAGR 27.1%).</p>
      <h2>4. Funding &amp; Valuations</h2><h3>4.1 Cursor / Anysphere — Record-Breaking Growth</h3>
      <table><tr><th>Date</th><th>Round</th><th>Amount</th></tr><tr><td>Aug 2024</td><td>Series A</td><td>$60M</td></tr><tr><td>Dec 2024</td><td>Series B</td><td>$105M</td></tr></table>
      <h3>4.2 The AI code tools market again</h3><p>The market is projected to reach $7 billion in 2025.</p></body></html>`;
    const m = analyzeHtml(html).markets[0]!;
    expect(m.otherFigures.map((f) => f.value)).toEqual([7e9]);
    expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(false);
  });

  const itPage = `<html><head><title>IT Market Growth</title></head><body>
    <h1>Global IT Market</h1>
    <ul><li>The global IT market is projected to reach $9.61 trillion in 2025, growing at a CAGR of 7.7% from 2024 ($8.92 trillion).</li></ul>
    <h2>IT Services</h2>
    <ul><li>Market Size: $1.61 trillion in 2025, projected to reach $2.98 trillion by 2034 (CAGR: 7.11%).</li></ul>
    <h2>Regional Outlook</h2>
    <ul><li>Africa:</li><li>Market size: $20 billion in 2025.</li></ul>
  </body></html>`;

  it('a bare "Market Size:" under a segment’s or a region’s heading is not the page’s market', () => {
    const m = primary(itPage);
    expect(m.base).toMatchObject({ value: 8.92e12, year: 2024, text: '$8.92 trillion' });
    expect(m.forecast).toMatchObject({ value: 9.61e12, year: 2025 });
    expect(m.otherFigures).toEqual([]);
    // (9.61 / 8.92) - 1 = 7.74%, inside 7.65%..7.75% after rounding
    expect(m.cagr).toMatchObject({ rate: 0.077, from: 2024, to: 2025 });
    expect(m.verdict).toBe('consistent');
  });

  it('"Robotic models are the fastest-growing segment:" heads that segment\'s facts: its CAGR is not the market\'s', () => {
    const html = (lead: string) => `<html><head><title>Vacuum Cleaner Market</title></head><body><h1>Vacuum Cleaner Market</h1>
      <p>The global vacuum cleaner market was valued at USD 18.7 billion in 2024 and is set to reach USD 28.6 billion by 2032.</p>
      <p>Robotic Vacuum Cleaners</p><p>${lead}</p>
      <ul><li>Revenue share: 31% of market value (2024)</li><li>CAGR: 15.2% (2024–2032)</li></ul></body></html>`;
    const m = primary(html('Robotic models are the fastest-growing segment:'));
    expect(m.forecast).toMatchObject({ value: 28.6e9, year: 2032 });
    expect(m.cagr).toBeNull();
    expect(m.verdict).toBe('cannot-check');
    // A line heading the market's own facts leaves the rate to the market (18.7 → 28.6 over 8 years is 5.46%/yr).
    const own = primary(html('Key market facts:').replace('15.2%', '5.5%'));
    expect(own.cagr).toMatchObject({ rate: 0.055, from: 2024, to: 2032 });
    expect(own.verdict).toBe('consistent');
  });

  it('a section heading goes on with the sub-heading it is under: "Market Size" under "2. Satellite Manufacturing" is that segment’s', () => {
    const html = (sub: string) => `<html><head><title>Space Economy</title></head><body><h1>Space Economy</h1>
      <p>The global satellite industry generated $293 billion in revenue in 2024.</p>
      <h2>${sub}</h2><h3>Market Size</h3>
      <ul><li>2024: $20B globally</li><li>2030E: $28.7B (8.91% CAGR)</li></ul></body></html>`;
    const m = primary(html('2. Satellite Manufacturing'));
    expect(m.base).toMatchObject({ value: 293e9, year: 2024 });
    expect(m.cagr).toBeNull();
    expect(m.otherFigures).toEqual([]);
    // Under a heading that names the page's market, the section is the page's again.
    const own = primary(html('3. Satellite Industry Outlook'));
    expect(own.cagr).toMatchObject({ rate: 0.0891 });
  });

  it('a report’s own section headings keep the page’s market', () => {
    const m = primary(`<html><head><title>Widget Market Report</title></head><body><h1>Widget Market</h1>
      <h2>Market Overview</h2><p>The market was valued at USD 2.5 billion in 2023.</p>
      <h2>Key Findings</h2><ul><li>Market size: USD 4.1 billion by 2030.</li></ul></body></html>`);
    expect(m.base).toMatchObject({ value: 2.5e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 4.1e9, year: 2030 });
  });
});

describe('sizes without a year, and rates without the word CAGR', () => {
  it('"the US corporate market is about $3.5 billion", "we calculate the market to be about $3.5 billion": a market put at a size', () => {
    expect(primary(page('Widget Market', 'The US widget market is about $3.5 billion.')).base).toMatchObject({ value: 3.5e9, year: null, qualifier: 'approx' });
    expect(primary(page('How big are widget markets?', 'We calculate the US widget market to be about $3.5 billion.')).base).toMatchObject({ value: 3.5e9 });
    // A copula after something else puts nothing at a size.
    expect(analyzeHtml(page('Widget Market', 'The widget market grows. Its average price is $35.')).isMarketReport).toBe(false);
  });

  it('"Base Year 2024" in the key facts dates the size the page states without a year', () => {
    const html = (facts: string) => `<html><head><title>Chile Widget Market</title></head><body><h1>Chile Widget Market</h1><p>${facts}</p><p>The Chile widget market is valued at approximately USD 4 billion, based on a five-year analysis.</p></body></html>`;
    expect(primary(html('Base Year 2024')).base).toMatchObject({ value: 4e9, year: 2024 });
    expect(primary(html('Base Year For Estimation | 2024')).base).toMatchObject({ year: 2024 });
    // A year in prose states no base year.
    expect(primary(html('The survey ran in 2024.')).base).toMatchObject({ value: 4e9, year: null });
    // Two undated sizes: only the first is the base year's, so they never contradict each other.
    const two = primary(html('Base Year 2024').replace('</body>', '<p>The Chile widget market is worth USD 2.5 billion, by another estimate.</p></body>'));
    expect(two.base).toMatchObject({ value: 4e9, year: 2024 });
    expect(two.verdict).toBe('cannot-check');
  });

  it('"the world incense sticks market that is currently pegged at Rs 3,000 crore": "pegged at" states a size', () => {
    const m = primary(page('Incense Sticks Market', 'India accounts for over 70 per cent of the world incense sticks market that is currently pegged at Rs 3,000 crore.'));
    expect(m.base).toMatchObject({ value: 30e9, currency: 'INR', year: null });
  });

  it('"stated the total revenue of the US martial arts industry at USD 40 billion"; one undated size said twice is one', () => {
    const a = primary(page('Martial arts industry', 'A survey stated the total revenue of the US martial arts industry at USD 40 billion.'));
    expect(a.base).toMatchObject({ value: 40e9, year: null });
    const b = primary(page('Olive Oil Market', 'Olive oil has grown into a US$ 20 billion global industry.', 'In short: the global olive oil market is a US$ 20 billion industry.'));
    expect(b.base).toMatchObject({ value: 20e9 });
    expect(b.otherFigures).toEqual([]);
  });

  it('"grow at an average annual rate of just over 8.8% through 2010, yielding total revenue in 2010 of just under $3.3 billion"', () => {
    const m = primary(page('Water Reuse Market',
      'In 2005, the total value of the U.S. water recycling and reuse industry was over $2.1 billion. BCC predicts that total market revenue will grow at an average annual rate of just over 8.8% through 2010, yielding total revenue in 2010 of just under $3.3 billion.'));
    expect(m.forecast).toMatchObject({ value: 3.3e9, year: 2010, qualifier: 'under' });
    expect(m.cagr).toMatchObject({ rate: 0.088, to: 2010, qualifier: 'over' });
    // over 2.1 (from 2.05) → under 3.3 (to 3.35) over five years allows up to 10.3%/yr, so "over 8.8%" fits
    expect(m.verdict).toBe('consistent');
    const z = primary(page('European PLC Market', 'The firm estimates the European PLC market in 2023 at USD 3.41 billion.'));
    expect(z.base).toMatchObject({ value: 3.41e9, year: 2023 });
  });

  it('a rate restated with its whole period is the one checked: a headline\'s "by 2029 at a CAGR of 16.4%", then "2023-2029"', () => {
    const s = analyzeHtml(page('Voice Assistants Market: Anticipated CAGR of 19% Leading to US$ 24,588 Million by 2032',
      'The voice assistants market is predicted to grow at a CAGR of 19% and reach US$ 4,329.0 million in 2022.',
      'Artificial Intelligence (AI) in Agriculture Market Size to Grow USD 1695.5 Million by 2029 at a CAGR of 16.4% | Valuates Reports',
      'The global Artificial Intelligence (AI) in Agriculture market was valued at USD 681.7 million in 2022 and is anticipated to reach USD 1695.5 million by 2029, witnessing a CAGR of 16.4% during the forecast period 2023-2029.'));
    const m = s.markets.find((x) => x.name.includes('Agriculture'))!;
    expect(m.cagr).toMatchObject({ rate: 0.164, from: 2023, to: 2029 });
    // n = 2029 - 2023 = 6: (1695.5 / 681.7)^(1/6) - 1 = 16.4%; over n = 7 only, it was a false "inconsistent" (13.9%).
    expect(m.verdict).toBe('consistent');
  });

  it('a title\'s rate with the page\'s period gives way to the same rate whose own sentence spans its figures', () => {
    const m = primary(page('Radiopharmaceuticals Market Predicted to Garner $10.3 Bn by 2032; At a CAGR of 8.85%',
      'The radiopharmaceuticals market recorded a valuation of USD 4.5 billion in 2022 and is expected to reach USD 10.3 billion by the end of 2032, expanding at a CAGR of 8.85% over the decade.',
      'By application, the oncology segment has dominated the market, growing at a CAGR of 53% over the forecast period 2023 to 2032.'));
    expect(m.cagr).toMatchObject({ rate: 0.0885, from: 2022, to: 2032, periodSource: 'figures' });
  });

  it('"last" looks back only before a span of time: "Last Mile Delivery Market is projected to grow …" is a forecast', () => {
    const m = primary(page('Last Mile Delivery Market',
      'As per Vertex, Last Mile Delivery Market is projected to grow at a CAGR of 9% from 2025 to 2032.',
      'The Global Last Mile Delivery Market size was valued at USD 155 Billion in 2025 and is estimated to reach USD 300 Billion by 2032.'));
    expect(m.cagr).toMatchObject({ rate: 0.09, from: 2025, to: 2032, historical: false });
    // Now checked: "300" stands for 250 to 350 (trailing zeros), and (290 / 155)^(1/7) - 1 = 9.37% is inside 8.5%–9.5%.
    expect(m.verdict).toBe('consistent');
    const past = primary(page('Widget Market', 'The widget market grew at a CAGR of 4% over the last five years, reaching USD 2 billion in 2024.'));
    expect(past.cagr).toMatchObject({ rate: 0.04, historical: true });
  });

  it('a span that starts after its sentence\'s dated figure is ahead of it, whatever the tense: "valued at … in 2023 and grew at a CAGR of 6% from 2024 to 2033"', () => {
    const m = primary(page('Tire Retreading Market',
      'The global tire retreading market was valued at USD 12 billion in 2023 and grew at a CAGR of 6% from 2024 to 2033.',
      'The market is expected to reach USD 21.49 billion by 2033.'));
    expect(m.cagr).toMatchObject({ rate: 0.06, from: 2024, to: 2033, historical: false });
    // 12 (2023) → 21.49 (2033): 6.00%/yr over n = 10, 6.70% over n = 9.
    expect(m.verdict).toBe('consistent');
    const past = primary(page('Widget Market', 'The widget market grew at a CAGR of 5% from 2015 to 2020 and was valued at USD 2 billion in 2020.'));
    expect(past.cagr).toMatchObject({ historical: true });
  });

  it('"expected to advance at a rate of 11.8% from 2021 to 2030", "represents 5.2% annual growth": yearly rates', () => {
    const m = primary(page('Air Purifier Market',
      'The air purifier market was valued at $10,676.1 million in 2020, and is expected to advance at a rate of 11.8% from 2021 to 2030, to reach $31,195.6 million.'));
    expect(m.cagr).toMatchObject({ rate: 0.118, from: 2021, to: 2030 });
    expect(m.forecast).toMatchObject({ value: 31195.6e6, year: 2030 });
    const n = primary(page('Wipes Market', 'The wipes market will reach $22 billion in 2018, which represents 5.2% annual growth.'));
    expect(n.cagr).toMatchObject({ rate: 0.052 });
  });

  it('"The compound annual growth rate of the market between 2016 and 2021 is forecast to be 5.1%": the rate the cue is said to be', () => {
    const m = primary(page('Textile Mills Market',
      'The value of the global textile mills market totaled $748.1 billion in 2016. The compound annual growth rate of the market was 2.7% between 2012 and 2015.',
      'The global textile mills market is forecast to reach $961.0 billion in value in 2021. The compound annual growth rate of the market between 2016 and 2021 is forecast to be 5.1%.'));
    expect(m.cagr).toMatchObject({ rate: 0.051, from: 2016, to: 2021 });
    // (961.0 / 748.1)^(1/5) - 1 = 5.14%
    expect(m.verdict).toBe('consistent');
    // A share the clause's subject is said to be is no rate, however near a growth cue stands before it.
    const share = primary(page('Widget Market', 'The widget market, growing at a CAGR of 5% from 2024 to 2030, is large; its share of the sector in 2016 and 2021 was 30%.'));
    expect(share.cagr).toMatchObject({ rate: 0.05 });
  });

  it('"during 2020 and 2030 period", "the period of 2016 and 2021": spans written with "and"', () => {
    for (const [span, from, to] of [['during 2020 and 2030 period', 2020, 2030], ['during the period of 2016 and 2021', 2016, 2021]] as const) {
      const m = primary(page('Quantum Computing Market', `The quantum computing market is growing at a CAGR of 33.1% ${span}.`));
      expect(m.cagr, span).toMatchObject({ rate: 0.331, from, to, periodSource: 'stated' });
    }
    // Two years named apart are no span.
    expect(primary(page('Quantum Computing Market', 'The quantum computing market grew at a CAGR of 33.1%, during 2020 and 2021 alike.')).cagr).toMatchObject({ from: null });
  });

  it('"will increase at 3.5% year-on-year and reach …": a pace kept every year is a yearly rate; a change is not', () => {
    const m = primary(page('Packaging Industry',
      'The packaging industry, a market valued at $839 billion in 2015, will increase at 3.5% year-on-year and reach a total value of $997 billion in 2020.'));
    expect(m.cagr).toMatchObject({ rate: 0.035, from: 2015, to: 2020 });
    // (997 / 839)^(1/5) - 1 = 3.51%
    expect(m.verdict).toBe('consistent');
    expect(primary(page('Widget Market', 'The widget market was worth $5 billion in 2023, up 20% year over year.')).cagr).toBeNull();
  });

  it('"grew an average of 21.5% annually": an average yearly rate is a growth rate', () => {
    const m = primary(page('Widget Market', 'Between 2001 and 2011, the widget market grew an average of 21.5% annually.'));
    expect(m.cagr).toMatchObject({ rate: 0.215, from: 2001, to: 2011, historical: true });
  });

  it('"Growth of MRO spend … is expected to be 3.1 percent per annum": a yearly rate whose clause\'s subject is the growth', () => {
    const m = primary(page('MRO Market',
      'The MRO market was worth $45 billion in 2007.',
      'Growth of MRO spend over the next decade is expected to be 3.1 percent per annum, resulting in a market of $61.3 billion in 2017.'));
    expect(m.cagr).toMatchObject({ rate: 0.031 });
    // (61.3 / 45)^(1/10) - 1 = 3.14%, inside 3.05%–3.15% with the figures' rounding.
    expect(m.verdict).toBe('consistent');
    // A share is no growth: "Growth markets' share is 31% per year of the total" has no subject growth before its rate.
    expect(primary(page('Widget Market', 'The widget market was worth $5 billion in 2020; exports are 31% per year of sales.')).cagr).toBeNull();
  });

  it('"cruising at a 3.1% growth rate", "grew 16.9 percent annually": yearly rates in other words', () => {
    const a = primary(page('Car Wash Industry', 'The car wash industry was worth $35.49 billion in 2021 and is revving up for a projected $46.73 billion by 2030, cruising at a 3.1% growth rate.'));
    expect(a.cagr).toMatchObject({ rate: 0.031, from: 2021, to: 2030 });
    // (46.73 / 35.49)^(1/9) - 1 = 3.10%
    expect(a.verdict).toBe('consistent');
    const b = primary(page('Widget Market', 'The widget market grew 16.9 percent annually between 2015 and 2020.'));
    expect(b.cagr).toMatchObject({ rate: 0.169, from: 2015, to: 2020, historical: true });
    // A growth rate the sentence does not move the market at is no yearly rate: "its growth rate of 3.1% last quarter".
    const c = primary(page('Widget Market', 'The widget market was worth $5 billion in 2023; a 3.1% growth rate was reported by one vendor.'));
    expect(c.cagr).toBeNull();
  });

  it('"a $9 billion market growing at 9% annually": an undated size and a yearly rate, nothing to check', () => {
    const m = primary(page('Gluten-Free Food Market', 'The gluten-free food market is booming: it is a $9 billion market growing at 9% annually.'));
    expect(m.base).toMatchObject({ value: 9e9, currency: 'USD', year: null });
    expect(m.cagr).toMatchObject({ rate: 0.09 });
    expect(m.verdict).toBe('cannot-check');
  });

  it('"from the current €59.5 billion to approximately €80 billion": an undated pair is shown, never checked', () => {
    const m = primary(page('European Data Market', 'The European data market value is expected to increase from the current €59.5 billion to approximately €80 billion.'));
    expect(m.base).toMatchObject({ value: 59.5e9, currency: 'EUR', year: null });
    expect(m.forecast).toMatchObject({ value: 80e9, year: null, qualifier: 'approx' });
    expect(m.verdict).toBe('cannot-check');
  });

  it('an undated amount counts only as a size: "$9 billion in funding" in a market sentence does not', () => {
    const s = analyzeHtml(page('Startup news', 'Investors poured $9 billion in funding into the drone market, a fast-growing field.'));
    expect(s.isMarketReport).toBe(false);
  });

  it('a CAGR outranks a loose "growing 21% annually" repeat', () => {
    const m = primary(page('AP Automation Market',
      'Key takeaway: the AP automation market is growing at 21% annually.',
      'The AP automation market will grow from $5.4 billion in 2025 to $11.8 billion by 2029, a 21.4% CAGR.'));
    expect(m.cagr).toMatchObject({ rate: 0.214 });
    expect(m.otherCagrs.map((c) => c.rate)).toEqual([0.21]);
  });

  it('"up 20% year over year" is no yearly growth rate', () => {
    const m = primary(page('Widget Market', 'The widget market was valued at USD 2.5 billion in 2023, up 20% year over year.'));
    expect(m.cagr).toBeNull();
  });
});

describe('one market under several names', () => {
  it('"Electric vehicles (EVs) represented 4.7% of new car sales" defines EV: "The EV market" is the page\'s electric vehicle industry', () => {
    const m = primary(page('Electric Vehicle Industry Statistics',
      'Electric vehicles (EVs) represented 4.7% of new car sales in 2019.',
      'The EV market was valued at $162 billion in 2019 and is expected to reach $802 billion by 2027, growing at a CAGR of 22.6%.',
      'The electric vehicle battery market was worth $27 billion in 2020.'));
    expect(m).toMatchObject({ name: 'Electric Vehicle Industry', base: { value: 162e9 }, forecast: { value: 802e9 }, cagr: { rate: 0.226 } });
    // By the initials of the words before it, "of" counted or not; a place or words of other initials define none.
    const found = new Map<string, string[]>();
    abbreviationsIn(tokenize('The Internet of Things (IoT) grows. Sales in North America (NA) and the market (USD) rose.'), found);
    expect([...found]).toEqual([['iot', ['internet', 'of', 'thing']]]);
  });

  it('"(Data: Gartner Market Databook 1Q13 Update)": a publication named after markets names no market', () => {
    const s = analyzeHtml(page('Enterprise software trends', '(Data: Gartner Market Databook 1Q13 Update) The figures are projected to 2017, over which period enterprise software shows the biggest CAGR (6.6%).'));
    expect(s.markets.some((m) => /gartner/i.test(m.name))).toBe(false);
  });

  it('"The Extended Reality (XR) headset market" is the "XR Headsets Market"; "some market restraints" name none', () => {
    const m = primary(page('XR Headsets Market',
      'The Extended Reality (XR) headset market is poised for substantial growth. The market is projected to achieve a Compound Annual Growth Rate (CAGR) of 16.59% from 2025 to 2033.',
      'The current market valuation for 2025 stands at approximately $6.02 billion. While factors such as pricing and content availability present some market restraints, ongoing progress mitigates them. The market is forecasted to reach an estimated value of $23.45 billion by 2033.'));
    expect(m).toMatchObject({ base: { value: 6.02e9, year: 2025 }, forecast: { value: 23.45e9, year: 2033 }, cagr: { rate: 0.1659, from: 2025, to: 2033 } });
    // (23.455 / 6.015)^(1/8) - 1 = 18.55% at most against 16.585%-16.595%.
    expect(m.verdict).toBe('inconsistent');
  });

  it('"Kettle Industry Statistics" over "the global electric kettle market": a title naming the market short is the market the text sizes', () => {
    // A statistics page's takeaways, one a paragraph: the rate of a part names no market and fell to the title's.
    const m = analyzeHtml(page('Kettle Industry Statistics',
      'The global electric kettle market size was valued at USD 5.2 billion in 2023.',
      'The global electric kettle market is projected to grow at a CAGR of 6.1% from 2024 to 2030.',
      'Smart kettles are expected to witness a CAGR of over 11% through 2028.'));
    expect(m.markets).toHaveLength(1);
    expect(m.markets[0]).toMatchObject({ base: { value: 5.2e9, year: 2023 }, cagr: { rate: 0.061, from: 2024, to: 2030 } });
    // A title market the text sizes itself keeps its own figures apart from a narrower one.
    const apart = analyzeHtml(page('Kettle Market', 'The kettle market was valued at USD 9 billion in 2023. The electric kettle market was valued at USD 5.2 billion in 2023.'));
    expect(apart.markets.map((x) => x.base?.value)).toEqual([9e9, 5.2e9]);
    // So does one the text names with a rate of its own.
    const named = analyzeHtml(page('Kettle Industry Statistics',
      'The global kettle market is projected to grow at a CAGR of 4.3% from 2024 to 2030.',
      'The global kettle and toaster market size was valued at USD 6.7 billion in 2023.'));
    expect(named.markets[0]).toMatchObject({ base: null, cagr: { rate: 0.043 } });
  });

  it('"Tele Health Market" in the title and "the telehealth market" in the text are one market', () => {
    const m = analyzeHtml(page('Tele Health Market Report',
      'The global telehealth market reached USD 120 billion in 2024 and is projected to climb to USD 300 billion by 2030.'));
    expect(m.markets).toHaveLength(1);
    expect(m.markets[0]).toMatchObject({ name: 'Tele Health Market', base: { value: 120e9, year: 2024 }, forecast: { value: 300e9, year: 2030 } });
  });

  it('"Three-Wheeler Market" and "Three Wheeler Market" are one market, and a feature\'s opening verb names none of it', () => {
    const m = analyzeHtml(page('Exploring Three-Wheeler Market Trends in Kenya',
      'The Kenya Three Wheeler Market, Forecast & Opportunities, 2020-2030 report says the market was valued at USD 1.2 billion in 2024 and will grow at a CAGR of 8.1% in the forecast period.'));
    expect(m.markets).toHaveLength(1);
    expect(m.markets[0]!.name).toBe('Three-Wheeler Market');
    // The period the title does not state comes from the report's name, since the report is of the page's market.
    expect(m.markets[0]!.cagr).toMatchObject({ rate: 0.081, from: 2020, to: 2030 });
  });

  it('"the global tuna fish market size was valued at USD 42.47 billion": fish is a product, not a fish market\'s stalls', () => {
    const m = primary(page('Tuna Fish Market', 'The global tuna fish market size was valued at USD 42.47 billion in 2024.'));
    expect(m).toMatchObject({ base: { value: 42.47e9, year: 2024 } });
    // A stock market's value is still no market's size.
    expect(analyzeHtml(page('Markets today', 'The stock market was valued at USD 42 trillion in 2024.')).isMarketReport).toBe(false);
  });

  it('"application" inside a market\'s name is part of it: "application control market", "application security market"', () => {
    const m = primary(page('Application Control Market', 'The Global Application Control Market was valued at USD 1.1 Billion in 2021 and is expected to reach USD 2.0 Billion by 2027.'));
    expect(m).toMatchObject({ name: 'Application Control Market', geography: 'Global', base: { value: 1.1e9, year: 2021 }, forecast: { value: 2e9, year: 2027 } });
    expect(primary(page('Security Software', 'The application security market is estimated at $500 billion in 2025.')).base).toMatchObject({ value: 500e9, year: 2025 });
  });

  it('report words that also name products are part of a name they do not end: "growth hormone market", "revenue cycle management market"', () => {
    expect(primary(page('Hormone Drugs', 'The global growth hormone market was valued at USD 5.2 billion in 2023.'))).toMatchObject({ name: 'global growth hormone market', base: { value: 5.2e9 } });
    expect(primary(page('Healthcare IT', 'The revenue cycle management market was valued at USD 52 billion in 2023.'))).toMatchObject({ name: 'revenue cycle management market', base: { value: 52e9 } });
    // A report's own words still make a title of the name wherever they stand, and so does an owner's possessive.
    const quoted = analyzeHtml(page('Print Media Market', 'The print media market was valued at $319.4 billion in 2022. As per The Business Research Company’s Print Media Global Market Report 2023, book publishers grow at a CAGR of 1.7%.'));
    expect(quoted.markets.map((m) => m.name)).not.toContain('Business Research Company’s Print Media Global Market');
  });

  it('"the in vitro diagnostics market": Latin\'s "in" is part of the name, and names what "In-Vitro Diagnostics" does', () => {
    const s = analyzeHtml(page('IVD News', 'The global in vitro diagnostics market was valued at USD 80 billion in 2023. The In-Vitro Diagnostics market will reach USD 120 billion by 2030.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ name: 'global in vitro diagnostics market', base: { value: 80e9 }, forecast: { value: 120e9 } });
  });

  it('"of" between capitalised words inside a name: "the Internet of Things market", "Point of Care Diagnostics Market"', () => {
    expect(primary(page('IoT News', 'The global Internet of Things market was valued at USD 300 billion in 2023.'))).toMatchObject({ name: 'global Internet of Things market', base: { value: 300e9 } });
    expect(primary(page('Diagnostics', 'The Point of Care Diagnostics Market was valued at USD 44 billion in 2023.'))).toMatchObject({ name: 'Point of Care Diagnostics Market' });
    // A title's noun or a place before "of" is no part of the name.
    expect(primary(page('Widgets', 'Future of Widget Market: the Widget Market was valued at USD 4 billion in 2023.'))).toMatchObject({ name: 'Widget Market' });
  });

  it('"type" inside a market\'s name is part of it: "Type 2 diabetes market", "ink cartridge type printer market"', () => {
    expect(primary(page('Diabetes Drugs', 'The global Type 2 diabetes market was valued at USD 9.0 billion in 2024.')).base).toMatchObject({ value: 9e9, year: 2024 });
    const m = primary(page('Ink Cartridge Type Printer Market',
      'The global ink cartridge type printer market size was valued at USD 9,044 million in 2024 and is projected to grow from USD 9,591 million in 2025 to USD 13,430 million by 2032, exhibiting a CAGR of 6.0%.'));
    expect(m.base).toMatchObject({ value: 9.044e9, year: 2024 });
    expect(m.forecast).toMatchObject({ value: 13.43e9, year: 2032 });
    // 9,591 → 13,430 over 2025-2032 is 4.9 %/yr, not 6.0 %.
    expect(m.verdict).toBe('inconsistent');
  });

  it('a plural in "-es" names the market its singular names: "Contact Lenses Market" and "the Contact Lens market"', () => {
    const s = analyzeHtml(page('Contact Lenses Market Expected to Grow at a CAGR of 10.3% from 2013 to 2019',
      'The global Contact Lens market was valued at USD 6.81 billion in 2012 and is estimated to reach USD 13.47 billion in 2019.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ base: { value: 6.81e9 }, forecast: { value: 13.47e9 }, cagr: { rate: 0.103 }, verdict: 'consistent' });
    const gases = analyzeHtml(page('Industrial Gases Market', 'The industrial gas market reached USD 94 billion in 2022.'));
    expect(gases.markets).toHaveLength(1);
    // "car" and "care" stay two words: the plural's "e" follows a hissing sound only.
    const care = analyzeHtml(page('Car Market', 'The car market reached USD 94 billion in 2022, while the care market stood at USD 12 billion in 2022.'));
    expect(care.markets.map((m) => m.base?.value)).toEqual([94e9, 12e9]);
  });

  it('a date stamp before the name is no part of it: "date 2020-10-16 Global flat glass market size …"', () => {
    const s = analyzeHtml(page('Flat Glass Market', 'date 2020-10-16 Global flat glass market size was valued at USD 120.2 billion in 2019.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Flat Glass Market']);
    expect(s.markets[0]!.base).toMatchObject({ value: 120.2e9, year: 2019 });
  });

  it('"Digital ICs Market" and "digital IC market" are one market', () => {
    const s = analyzeHtml(page('Digital ICs Market Report',
      'The Digital ICs Market is expected to grow at a CAGR of 6.40% from 2024 to 2031.',
      'Valued at approximately $1 trillion in 2024, the digital IC market is expected to exceed $1.5 trillion by 2031.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ base: { value: 1e12 }, forecast: { value: 1.5e12, qualifier: 'over' } });
  });

  it('"Indian dairy industry" and "India’s dairy industry" are one market', () => {
    const s = analyzeHtml(page('Indian Dairy Industry',
      'India’s dairy industry was valued at INR 18.97 trillion in 2024 and is projected to reach INR 57.00 trillion by 2033.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Indian Dairy Industry']);
    expect(s.markets[0]).toMatchObject({ geography: 'India', base: { value: 18.97e12 } });
  });

  it('a figure stated plainly in the title and hedged in the text is checked with the hedge', () => {
    const m = primary(page('PMMA Microspheres Market | Expected to Hit USD 5.3 Million by 2030',
      'The PMMA microspheres market is expected to grow at 6.8% CAGR from 2024 to 2030. It is expected to reach above USD 5.3 Million by 2030 from USD 275 Million in 2023.'));
    expect(m.forecast).toMatchObject({ value: 5.3e6, qualifier: 'over' });
    expect(m.base).toMatchObject({ value: 275e6, year: 2023 });
    // "above" leaves the 2030 value open upwards, so some value fits 6.8%
    expect(m.verdict).toBe('consistent');
  });

  it('an abbreviation defined in a paragraph with no figure and no market: "spends a fortune on predictive analytics (PA)"', () => {
    const s = analyzeHtml(page('The Rise of the Global Predictive Analytics Market',
      'The world already spends a fortune on predictive analytics (PA), and that fortune is growing fast.',
      'Analysts see the global PA market skyrocketing from $2.74 billion in 2015 to 9.2 billion by 2020, with a CAGR of 27.4% during the forecast period.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ name: 'Global Predictive Analytics Market', base: { value: 2.74e9, year: 2015 }, forecast: { value: 9.2e9, year: 2020 } });
  });

  it('an abbreviation the page defines in parentheses names the same market, before or after it', () => {
    const after = analyzeHtml(page('Electric Vehicle Market News',
      'The global electric vehicle (EV) market was valued at USD 250 billion in 2023. The EV market is projected to reach USD 900 billion by 2030, growing at a CAGR of 20.1%.'));
    expect(after.markets).toHaveLength(1);
    expect(after.markets[0]).toMatchObject({ base: { value: 250e9, year: 2023 }, forecast: { value: 900e9, year: 2030 }, verdict: 'consistent' });
    const before = analyzeHtml(page('IoT News',
      'The IoT market was worth $622 billion in 2020. The internet of things (IoT) market will grow to reach $1,077 billion by 2024.'));
    expect(before.markets).toHaveLength(1);
    expect(before.markets[0]).toMatchObject({ base: { value: 622e9 }, forecast: { value: 1077e9 } });
    // Named by the abbreviation first, then spelled out: the spelled-out words name it from then on.
    const spelled = analyzeHtml(page('Global PR market',
      'In 2023, the global Public Relations (PR) market is expected to be worth approximately $107 billion.',
      'The global public relations market size is expected to grow to $133.82 billion in 2027 at a CAGR of 5.7 per cent.'));
    expect(spelled.markets).toHaveLength(1);
    expect(spelled.markets[0]).toMatchObject({ base: { value: 107e9, year: 2023 }, forecast: { value: 133.82e9, year: 2027 }, verdict: 'consistent' });
    // An abbreviation no mention defined stays a market of its own.
    const other = analyzeHtml(page('Electric Vehicle Market News',
      'The electric vehicle market was valued at USD 250 billion in 2023. The AI market reached USD 200 billion in 2023.'));
    expect(other.markets.map((m) => m.name)).toEqual(['Electric Vehicle Market', 'AI market']);
  });
});

describe('the words a CAGR comes in', () => {
  it('"The video streaming market is experiencing rapid growth, with a valuation of … in 2019. It is anticipated to continue growing at a healthy rate of over 18.3% …"', () => {
    const m = primary(page('Video Streaming Market',
      'The video streaming market is experiencing rapid growth, with a valuation of approximately USD 45.6 billion in 2019. It is anticipated to continue growing at a healthy rate of over 18.3% during the forecast period of 2020-2026.'));
    expect(m.base).toMatchObject({ value: 45.6e9, year: 2019, qualifier: 'approx' });
    expect(m.cagr).toMatchObject({ rate: 0.183, qualifier: 'over', from: 2020, to: 2026 });
    // A firm's valuation stays a deal's; an "It" with no market before it names none.
    const firm = analyzeHtml(page('Video Streaming Market', 'The company entered the video streaming market with a valuation of USD 2 billion in 2019.'));
    expect(firm.markets.flatMap((x) => [x.base, x.forecast]).filter(Boolean)).toEqual([]);
    const bare = analyzeHtml(page('Video Streaming Market', 'Streaming is popular. It is anticipated to continue growing at a healthy rate of over 18.3% during the forecast period of 2020-2026.'));
    expect(bare.markets[0]?.cagr ?? null).toBeNull();
  });

  it('"growing at a 20-percent annual rate", "at a 5% yearly pace": the noun after the rate makes it yearly; "a 20-percent stake" is no rate', () => {
    expect(primary(page('Craft Beer Market', 'The craft beer market is growing at a 20-percent annual rate.')).cagr).toMatchObject({ rate: 0.2 });
    expect(primary(page('Craft Beer Market', 'The craft beer market is expanding at a 5% yearly pace.')).cagr).toMatchObject({ rate: 0.05 });
    expect(analyzeHtml(page('Craft Beer Market', 'The craft beer market saw Acme buy a 20-percent stake in a rival.')).markets).toEqual([]);
  });

  it('"has grown at an annual rate of 1.7% over the past five years": a yearly rate in the perfect tense', () => {
    const m = primary(page('Paintball Industry', 'The paintball industry has grown at an annual rate of 1.7% over the past five years, to $1.1 billion in 2021.'));
    expect(m.cagr).toMatchObject({ rate: 0.017 });
  });

  it('"a considerable growth rate of around 7.3% during the forecast period 2022–2028": a rate over the forecast years is yearly', () => {
    const m = primary(page('Widget Market', 'The widget market is expected to witness a considerable growth rate of around 7.3% during the forecast period 2022–2028.'));
    expect(m.cagr).toMatchObject({ rate: 0.073, from: 2022, to: 2028, qualifier: 'approx' });
    // A growth rate of one year is no CAGR.
    expect(primary(page('Widget Market', 'The widget market posted a growth rate of 7.3% in 2023, and was valued at USD 2 billion.')).cagr).toBeNull();
  });

  it('"during the forecast period (2028-2022)": a span written backwards is the span', () => {
    const m = primary(page('Honey Market', 'The global honey market is expected to grow at a CAGR of over 5.3% during the forecast period (2028-2022).'));
    expect(m.cagr).toMatchObject({ rate: 0.053, from: 2022, to: 2028 });
  });

  it('"an annual growth rate of11.6%": the decimals of a number glued to a word are no rate of their own', () => {
    const s = analyzeHtml(page('Widget Market Report', 'The global widget market will keep an annual growth rate of11.6% to 2030, reaching $37 billion by 2030.'));
    expect(s.markets.flatMap((m) => [m.cagr, ...m.otherCagrs]).filter((c) => c && c.rate === 0.06)).toEqual([]);
    expect(s.markets[0]!.forecast).toMatchObject({ value: 37e9, year: 2030 });
  });

  it('"will rise at a growth rate of above 3.8% shortly, reaching USD 5,501.7 million by 2030": an adverb between does not part the rate from its forecast', () => {
    const m = primary(page('Widget Market Report', 'The total value of the global widget market was USD 3,929.2 million in 2021, and it will rise at a growth rate of above 3.8% shortly, reaching USD 5,501.7 million by 2030.'));
    expect(m.cagr).toMatchObject({ rate: 0.038, from: 2021, to: 2030 });
    // 3,929.2 → 5,501.7 over nine years is 3.81%/yr, above 3.8%.
    expect(m.verdict).toBe('consistent');
  });

  it('"set to grow at a rate of 10.3% to reach $457.8 billion by 2030": a rate a forecast is reached at is yearly', () => {
    const m = primary(page('Widget Market Report', 'The widget market is set to grow at a rate of 10.3% to reach $457.8 billion by 2030.'));
    expect(m.cagr).toMatchObject({ rate: 0.103 });
    // Without the forecast it reaches, "at a rate of 12%" may be one year's change: no rate.
    const alone = analyzeHtml(page('Widget Market Report', 'The widget market grew at a rate of 12% and was worth $5 billion in 2023.'));
    expect(alone.markets[0]!.cagr).toBeNull();
  });

  it('"a fivefold decline to an annual growth rate of just 4.3%" is a rate that falls to a level, not a negative rate', () => {
    const m = primary(page('Widget Market Report',
      'The widget market was valued at $5 billion in 2023, with projections indicating a fivefold decline to an annual growth rate of just 4.3% by 2028.'));
    expect(m.cagr?.rate).not.toBe(-0.043);
  });

  it('"to decline at a compound annual growth rate (CAGR) of 4%" is a falling rate: the verb precedes the whole cue', () => {
    const m = primary(page('Widget Market Report',
      'The widget market was valued at $12.5 billion in 2022 and is projected to decline at a compound annual growth rate (CAGR) of 4% from 2022 to 2030.'));
    expect(m.cagr).toMatchObject({ rate: -0.04, from: 2022, to: 2030 });
  });

  it('"compound annual rate" and "annual compound growth rate" are CAGRs', () => {
    const a = primary(page('AI in Social Media Sector',
      'The AI in social media sector is projected to surge from $2.12 billion in 2024 to $7.87 billion by 2029, growing at a compound annual rate of 30.7%.'));
    expect(a.cagr).toMatchObject({ rate: 0.307, from: 2024, to: 2029 });
    // (7.87 / 2.12)^(1/5) - 1 = 29.99%, at most 30.07% across rounding: short of 30.65%
    expect(a.verdict).toBe('inconsistent');
    const b = primary(page('Flexible Packaging Market',
      'The European flexible packaging market will reach €16 billion in 2023 from €14.5 billion in 2018, an annual compound growth rate of 2%.'));
    expect(b.cagr).toMatchObject({ rate: 0.02, from: 2018, to: 2023 });
  });

  it('"at an (average) annual rate of", "at a rate of X% between 2015 – 2020", "CAGR1" (a footnote mark): yearly rates', () => {
    const annual = primary(page('Gizmo Market',
      'The gizmo market was valued at $2.5 billion in 2022 and is expected to reach $4.1 billion by 2030, growing at an average annual rate of 6.4%.'));
    expect(annual.cagr).toMatchObject({ rate: 0.064, from: 2022, to: 2030 });
    // (4.1 / 2.5)^(1/8) - 1 = 6.38%
    expect(annual.verdict).toBe('consistent');
    const span = primary(page('Cold Chain Market', 'The cold chain market is due to grow at a rate of 13.9% between 2015 – 2020.'));
    expect(span.cagr).toMatchObject({ rate: 0.139, from: 2015, to: 2020 });
    const footnote = primary(page('Furniture Market', 'The furniture market is expected to grow at a CAGR1 of 5.0% from 2023 to 2027.'));
    expect(footnote.cagr).toMatchObject({ rate: 0.05, from: 2023, to: 2027 });
  });

  it('"with an expected growth rate of 16.2% between 2020 and 2027": a growth rate over a span is yearly', () => {
    const m = primary(page('Green Hydrogen', 'In 2020, the global green hydrogen market was valued at $1.2 billion, with an expected growth rate of 16.2% between 2020 and 2027.'));
    expect(m.cagr).toMatchObject({ rate: 0.162, from: 2020, to: 2027 });
    const none = analyzeHtml(page('Green Hydrogen', 'The global green hydrogen market has a growth rate of 16.2%.'));
    expect(none.markets.every((x) => x.cagr === null)).toBe(true);
  });

  it('"at a rate of X%" with neither a year nor a span says nothing yearly', () => {
    const m = analyzeHtml(page('Gizmo Market', 'The gizmo market is growing at a rate of 13.9%.'));
    expect(m.markets.every((x) => x.cagr === null)).toBe(true);
  });

  it('"to grow between 6-10% per year", "to grow by 6% a year": yearly rates too', () => {
    const range = primary(page('Travel Market', 'The global travel market is forecasted to grow between 6-10% per year through 2026.'));
    expect(range.cagr).toMatchObject({ rate: 0.06, rateMax: 0.1, to: 2026 });
    const by = primary(page('Travel Market', 'The global travel market was worth $1 trillion in 2020 and is forecast to grow by 6% a year to reach $1.34 trillion by 2025.'));
    expect(by.cagr).toMatchObject({ rate: 0.06, from: 2020, to: 2025 });
    // (1.34 / 1)^(1/5) - 1 = 6.03%
    expect(by.verdict).toBe('consistent');
  });

  it('a CAGR in a paragraph that names no market is not given to the page’s market', () => {
    const m = primary(page('Data strategy for Europe',
      'The European data market value is expected to increase from the current €59.5 billion to approximately €80 billion.',
      'Connected devices such as meters and cars are forecasted to increase at a CAGR of 23% from 2015 to 2021.'));
    expect(m.cagr).toBeNull();
  });
});

describe('figures written without a currency', () => {
  it('take the currency the market’s other figures state', () => {
    const m = primary(page('Biocomposites Market to Reach USD 79.90 Billion by 2030',
      'The global biocomposites market was valued at 28.27 billion in 2023, and is projected to reach 79.90 billion by 2030, growing at a CAGR of 16.0%.'));
    expect(m.base).toMatchObject({ value: 28.27e9, currency: 'USD', year: 2023, text: 'valued at 28.27 billion in 2023' });
    expect(m.forecast).toMatchObject({ value: 79.9e9, currency: 'USD', year: 2030 });
  });

  it('are dropped where no figure of the market states one, and counts of things are never figures', () => {
    const none = analyzeHtml(page('Widget Market', 'The widget market was valued at 28.27 billion in 2023.'));
    expect(none.markets[0]?.base ?? null).toBeNull();
    const people = primary(page('Voice AI Market',
      'The voice AI market was valued at USD 4.2 billion in 2023; India alone will reach 1.4 billion people by 2030.'));
    expect(people.otherFigures).toEqual([]);
    expect(people.forecast).toBeNull();
  });
});

describe('where a CAGR’s period comes from', () => {
  it('"a 12% CAGR among the years 2022 and 2026", "between the years 2022 and 2026": the span the rate names', () => {
    for (const span of ['among the years 2022 and 2026', 'between the years 2022 and 2026']) {
      const m = primary(page('E-commerce in Europe', `The e-commerce market in Europe will reach more than $1.1 trillion by 2026. This corresponds to a 12% CAGR ${span}.`));
      expect(m.cagr).toMatchObject({ rate: 0.12, from: 2022, to: 2026 });
    }
  });

  it('"… $1.54B in 2025 (…, 22.1% CAGR to $7.59B by 2033); the sub-market was $97M in 2025 (…, ~55% CAGR to $1.34B by 2030)": the rate\'s own clause', () => {
    const m = primary(page('ZKP Market', 'The total ZKP market was $1.54B in 2025 (Grand View Research, 22.1% CAGR to $7.59B by 2033); the proving-services sub-market was $97M in 2025 (Chorus One, ~55% CAGR to $1.34B by 2030).'));
    expect(m.cagr).toMatchObject({ rate: 0.221, from: 2025, to: 2033 });
  });

  it('"Study Period | 2020-2032 | CAGR | 5.2%": a study period spans history and forecast, so it is not the rate\'s; the forecast period is', () => {
    const html = `<html><head><title>Dry Eye Syndrome Market</title></head><body><h1>Dry Eye Syndrome Market</h1>
      <p>The global dry eye syndrome market size was valued at around USD 2,200 million in 2017 and is expected to register CAGR of 5.2% in the forecast period.</p>
      <table><tr><td>Study Period</td><td>2020-2032</td><td>CAGR</td><td>5.2%</td></tr><tr><td>Historical Period</td><td>2020-2022</td><td>Forecast Period</td><td>2024-2032</td></tr></table></body></html>`;
    expect(analyzeHtml(html).markets[0]!.cagr).toMatchObject({ rate: 0.052, from: 2024, to: 2032 });
    // A span the row does not label so is the rate's own.
    const own = html.replace('Study Period', 'Period');
    expect(analyzeHtml(own).markets[0]!.cagr).toMatchObject({ from: 2020, to: 2032 });
  });

  it('"expanding at more than 25% CAGR during the forecast period i.e., between 2025-2037": the span after "i.e." is the rate\'s', () => {
    const m = primary(page('Solar PV Market', 'Solar PV Market size was valued at USD 397.65 billion in 2024 and is poised to cross USD 7.08 trillion by the end of 2037, expanding at more than 25% CAGR during the forecast period i.e., between 2025-2037.'));
    expect(m.cagr).toMatchObject({ rate: 0.25, qualifier: 'over', from: 2025, to: 2037, periodSource: 'stated' });
  });

  it('"a CAGR of 7.3% from 2024 and 2032" is the span "between 2024 and 2032" says', () => {
    const m = primary(page('Widget Services Market', 'The global widget services market reached USD 110.8 billion in 2023 and is expected to grow at a CAGR of 7.3% from 2024 and 2032.'));
    expect(m.cagr).toMatchObject({ from: 2024, to: 2032, periodSource: 'stated' });
  });

  it('"a CAGR of 7.8% from 2019 to reach $57.5 billion by 2025": an open period ends where its sentence’s forecast is reached', () => {
    const m = primary(page('Widget Ingredients Market',
      'The global widget ingredients market is expected to grow at a CAGR of 7.8% from 2019 to reach $57.5 billion by 2025.'));
    expect(m.cagr).toMatchObject({ from: 2019, to: 2025, periodSource: 'stated' });
    expect(m.forecast).toMatchObject({ value: 57.5e9, year: 2025 });
  });

  it('a related report’s "forecast period 2023-2029" is not this page’s period', () => {
    const m = primary(page('Voice Assistants Market: CAGR of 19%',
      'The voice assistants market is predicted to grow at a CAGR of 19%.',
      'Related: the smart speaker market is witnessing a CAGR of 16.4% during the forecast period 2023-2029.'));
    expect(m.cagr).toMatchObject({ rate: 0.19, from: null, to: null, periodSource: 'none' });
  });

  it('a current size then two forecasts: the rate runs over the forecasts, so 2024 → 2030 at n = 6 raises no alarm', () => {
    const m = primary(page('Global AI Market',
      'The global AI market, valued at $279.22 billion USD in 2024, is set to reach $390.90 billion USD in 2025 and $1.81 trillion USD by 2030, growing at a 35.9% compound annual rate.'));
    expect(m.cagr).toMatchObject({ rate: 0.359, from: 2025, to: 2030, periodSource: 'figures' });
    // (1810 / 390.9)^(1/5) - 1 = 35.87%; over 2024-2030 it would be 36.5%
    expect(m.verdict).toBe('consistent');
  });

  it('the span of a sentence next to a rate is not its period when that sentence gives the span a rate of its own', () => {
    const m = primary(page('Tea Market',
      'The global tea market is estimated to surpass US$ 21 billion, reflecting a 5% CAGR during the forecast period. The market is expected to reach US$ 14.45 billion by the end of 2016 up from US$ 13.85 billion in 2015, registering a Y-o-Y growth rate of 4%.'));
    expect(m.cagr).toMatchObject({ rate: 0.05, from: null, to: null });
    // Without a rate of its own, the next sentence's span is the rate's.
    const n = primary(page('Tea Market',
      'The global tea market is estimated to surpass US$ 21 billion, reflecting a 5% CAGR during the forecast period. The market is expected to reach US$ 14.45 billion by the end of 2016 up from US$ 13.85 billion in 2015.'));
    expect(n.cagr).toMatchObject({ rate: 0.05, from: 2015, to: 2016, periodSource: 'nearby' });
  });

  it('"during the forecast period" beside a base, then forecasts in the next sentence: the verdict rule\'s base → forecast decides', () => {
    const m = primary(page('Top Hospitality Companies',
      'The global hospitality market size was valued at USD 4,409,780.0 million in 2022 and is projected to expand at a CAGR of 10.43% during the forecast period. ' +
        'The market is estimated to reach USD 4,868,500.6 million in 2024, USD 5,377,200.2 million in 2025, and USD 7,997,647.2 million by 2028.'));
    expect(m.cagr).toMatchObject({ rate: 0.1043, periodSource: 'nearby' });
    // (7997.6472 / 4409.78)^(1/6) - 1 = 10.43%
    expect(m.verdict).toBe('consistent');
  });

  it('with no period anywhere, the one forecast year of the rate’s own sentence ends it', () => {
    const m = primary(page('Drone Industry News', 'The India drone market is set to reach Rs. 29,080 crore by 2030 at a 21.51% CAGR.'));
    expect(m.cagr).toMatchObject({ rate: 0.2151, from: null, to: 2030, periodSource: 'figures' });
  });

  it('a period the sentence opens with is the rate’s, however far the rate is from it', () => {
    const during = primary(page('IT Industry Outlook',
      'During the period 2022-2027, the IT services market is expected to grow at a CAGR (compound annual growth rate) of roughly 10.36%.'));
    expect(during.cagr).toMatchObject({ rate: 0.1036, from: 2022, to: 2027, periodSource: 'stated' });
    const between = primary(page('AI Statistics',
      'Between 2022 and 2030, the global artificial intelligence market is expected to maintain a robust compound annual growth rate of 32.9%.'));
    expect(between.cagr).toMatchObject({ from: 2022, to: 2030, periodSource: 'stated' });
    // A year range in the middle of a long sentence is no opening period.
    const middle = primary(page('Widget News',
      'The widget market, which analysts tracked closely over 2022-2027 in a long series of reports and surveys, is expected to grow at a CAGR of 10%.'));
    expect(middle.cagr).toMatchObject({ from: null, to: null });
  });

  it('"Starting from 2023, … up until 2027": the start the sentence opens with and the end after the rate', () => {
    const m = primary(page('IoT Spending Guide',
      'Starting from 2023, the IoT market should provide a very healthy compound annual growth rate (CAGR) of 10.4% up until 2027.'));
    expect(m.cagr).toMatchObject({ rate: 0.104, from: 2023, to: 2027, periodSource: 'stated' });
  });

  it('"a CAGR of 42.08 % By 2024" runs to that year; a figure’s own "by 2030" stays the figure’s', () => {
    const m = primary(page('Machine Learning Market to Observe A Superlative CAGR of 42.08 % By 2024', 'Machine learning is spreading.'));
    expect(m.cagr).toMatchObject({ rate: 0.4208, from: null, to: 2024, periodSource: 'stated' });
    const fig = primary(page('Widget Market', 'The widget market was worth $2 billion in 2022 and will grow at a CAGR of 10%, reaching $3.9 billion by 2029.'));
    expect(fig.cagr).toMatchObject({ from: 2022, to: 2029, periodSource: 'figures' });
  });

  it('"during this period" points back at the period the sentence before stated', () => {
    const m = primary(page('Book Publishing Market',
      'The book publishing market is set to expand by USD 19.37 billion over the next four years, specifically from 2024 to 2028. According to a recent report, the sector is expected to grow at a CAGR of 1.2% during this period.'));
    expect(m.cagr).toMatchObject({ rate: 0.012, from: 2024, to: 2028, periodSource: 'stated' });
  });

  it('"during this period" after its own sentence’s two figures means their span, not the sentence before’s', () => {
    const m = analyzeHtml(page('Golf Market',
      'The golf equipment market is expected to grow at a CAGR of 5.0% from 2023 to 2030.',
      'The golf apparel market is expected to grow from $3,762 million in 2021 to $4,692 million by 2030, with a CAGR of 2.5% during this period.'));
    const apparel = m.markets.find((x) => x.name === 'golf apparel market')!;
    expect(apparel.cagr).toMatchObject({ rate: 0.025, from: 2021, to: 2030, periodSource: 'figures' });
    // (4692 / 3762)^(1/9) - 1 = 2.48%: inside 2.45-2.55%; over 2023-2030 (7 years) it would be 3.2%
    expect(apparel.verdict).toBe('consistent');
  });
});

describe('years of forecast figures', () => {
  it('"by 2028, … with a value of nearly $200 billion calculated at constant prices in 2022": the year of the prices dates nothing', () => {
    const m = primary(page('Folding Carton Market', 'The mid-term growth forecast for the folding carton market indicates that by 2028, global consumption will be close to 70 million tons, with a value of nearly $200 billion calculated at constant prices in 2022.'));
    expect(m.forecast).toMatchObject({ value: 200e9, year: 2028 });
    expect(m.base).toBeNull();
    expect(primary(page('Widget Market', 'The widget market was worth $5 billion in 2023, or $4.2 billion in 2015 dollars.')).otherFigures.map((f) => f.year)).not.toContain(2015);
  });

  it('"an increase of around 19 percent from 2021\'s 290 billion euros": a year\'s possessive dates its figure', () => {
    const m = primary(page('Luxury Goods Market', 'The global market for personal luxury goods reached 345 billion euros in 2022, an increase of around 19 percent from 2021’s 290 billion euros.'));
    expect(m.base).toMatchObject({ value: 290e9, currency: 'EUR', year: 2021 });
    expect(m.forecast).toMatchObject({ value: 345e9, year: 2022 });
  });

  it('"is expected to grow 13.1% in 2024 to $588 billion": a change in a year ends at its figure, which that year dates', () => {
    expect(primary(page('Semiconductor Market', 'The semiconductor market is expected to grow 13.1% in 2024 to $588 billion.')).forecast).toMatchObject({ value: 588e9, year: 2024 });
    // The year of the figure a change starts from dates that figure only.
    const m = primary(page('Semiconductor Market', 'The semiconductor market will grow from $500 billion in 2023 to $588 billion.'));
    expect(m.base).toMatchObject({ value: 500e9, year: 2023 });
    expect([m.forecast, ...m.otherFigures].some((f) => f?.value === 588e9 && f.year === 2023)).toBe(false);
  });

  it('"World demand for widgets is projected to increase 3.1 percent per year to $42 billion in 2029": the rate between is no distance', () => {
    const m = primary(page('World Widget Market', 'World demand for widgets is projected to increase 3.1 percent per year to $42 billion in 2029.'));
    expect(m.forecast).toMatchObject({ value: 42e9, year: 2029 });
    expect(m.base).toBeNull();
    expect(m.cagr).toMatchObject({ rate: 0.031, to: 2029 });
  });

  it('"is expected to grow to sales of more than $13 billion in 2027": the forecast verb reaches past the takings and the hedge', () => {
    const m = primary(page('Lunch Box Industry', 'The lunch box industry is expected to grow to sales of more than $13 billion in 2027.'));
    expect(m.forecast).toMatchObject({ value: 13e9, year: 2027, qualifier: 'over' });
    expect(m.base).toBeNull();
  });

  it('"is expected to grow from about $1 billion this year to about $4 billion in 2030": where a forecast change goes is a forecast', () => {
    const m = primary(page('Heat Pump Market', 'The worldwide heat pump market is expected to grow from about $1 billion this year to about $4 billion in 2030.'));
    expect(m.forecast).toMatchObject({ value: 4e9, year: 2030 });
    // Where it grows from is its start, with no year ("this year" names none), so nothing is checked.
    expect(m.base).toMatchObject({ value: 1e9, year: null });
    expect(m.verdict).toBe('cannot-check');
    // A change already made is no forecast.
    expect(primary(page('Heat Pump Market', 'The worldwide heat pump market grew from about $1 billion last decade to about $4 billion in 2020.')).forecast).toBeNull();
  });

  it('"expected to keep growing after reaching $3.1 billion in 2022": the figure is where the market has been, not a forecast', () => {
    const m = primary(page('Seed Drill Market', 'The global seed drill market is expected to keep its steady growth after reaching a value of $3.1 billion in 2022.'));
    expect(m.base).toMatchObject({ value: 3.1e9, year: 2022 });
    expect(m.forecast).toBeNull();
    // Without the past lead the same verb still forecasts.
    expect(primary(page('Seed Drill Market', 'The global seed drill market is expected to keep its steady growth, reaching a value of $3.1 billion in 2028.')).forecast).toMatchObject({ value: 3.1e9, year: 2028 });
  });

  it('"Another estimate projects growth to USD 34.02 billion by 2037": growth to a figure reaches it; "growth of" one is a change', () => {
    const m = primary(page('Rare Earth Elements Market', 'The global rare earth elements market was valued at USD 3.95 billion in 2024. Another estimate projects growth to USD 34.02 billion by 2037.'));
    expect(m.forecast).toMatchObject({ value: 34.02e9, year: 2037 });
    const change = primary(page('Rare Earth Elements Market', 'The global rare earth elements market was valued at USD 3.95 billion in 2024. Another estimate projects growth of USD 3 billion by 2037.'));
    expect(change.forecast).toBeNull();
  });

  it('"the value of the kite market in 2020 was assessed at $651 million": "assessed at" sizes, as "estimated at" does', () => {
    const m = primary(page('Kite Market', 'While estimates vary, the value of the global kite market in 2020 was assessed at $651 million, according to analysts.'));
    expect(m.base).toMatchObject({ value: 651e6, year: 2020 });
  });

  it('"The Indian ultrasound systems market in 2016 is estimated at Rs. 1212 crore": the year dates the market it follows', () => {
    const m = primary(page('Ultrasound Systems Market',
      'The Indian ultrasound systems market in 2016 is estimated at Rs. 1212 crore and is expected to grow to Rs. 2000 crore by 2021.'));
    expect(m.base).toMatchObject({ value: 12.12e9, currency: 'INR', year: 2016 });
    expect(m.forecast).toMatchObject({ value: 20e9, year: 2021 });
  });

  it('"Sales are forecast to increase to USD 49.1 billion in 2013": the clause\'s subject, forecast to a size, is the market\'s', () => {
    const m = primary(page('Widget Market', 'The widget market was valued at USD 30 billion in 2007. Sales are forecast to increase to USD 49.1 billion in 2013.'));
    expect(m.forecast).toMatchObject({ value: 49.1e9, year: 2013 });
    // A company's sales, or sales stated flatly, stay no market's size.
    const flat = primary(page('Widget Market', 'The widget market was valued at USD 30 billion in 2007. Acme said sales rose to USD 4.1 billion in 2013.'));
    expect(flat.forecast).toBeNull();
  });

  it('"on course to attain a market value of US$ 82 Bn by the end of 2030" is a forecast', () => {
    const m = primary(page('Bicycle Market', 'The global bicycle market is on course to attain a market value of US$ 82 Bn by the end of 2030.'));
    expect(m.forecast).toMatchObject({ value: 82e9, currency: 'USD', year: 2030 });
    expect(m.base).toBeNull();
  });

  it('"In 2022, … valued at X, … through 2030, reaching Y": the opening year is not the forecast’s', () => {
    const m = primary(page('Gizmo Market',
      'In 2022, the gizmo market was valued at $3,100 million, and it is expected to grow at a CAGR of 9.1% through 2030, reaching $6,200 million.'));
    expect(m.base).toMatchObject({ value: 3.1e9, year: 2022 });
    expect(m.forecast).toMatchObject({ value: 6.2e9, year: 2030 });
    // (6200 / 3100)^(1/8) - 1 = 9.05%: no contradiction between the two figures, and the rate fits
    expect(m.verdict).toBe('consistent');
  });

  it('"…worth $40 billion; by 2009 that number will have risen to $50 billion": a year past a semicolon dates its own clause', () => {
    const m = primary(page('Widget Market',
      'According to analysts, in 2006 the global widget market will be worth nearly $40 billion; by 2009 that number will have risen to $50 billion, a CAGR of 7.7%.'));
    expect(m.base).toMatchObject({ value: 40e9, year: 2006 });
    expect(m.forecast).toMatchObject({ value: 50e9, year: 2009 });
    // (50 / 40)^(1/3) - 1 = 7.72%
    expect(m.verdict).toBe('consistent');
    const opened = primary(page('Widget Market', 'In 2020, the global widget market was worth $5 billion; by 2025 it will reach $8 billion, growing at a CAGR of 9.9%.'));
    expect(opened.base).toMatchObject({ value: 5e9, year: 2020 });
    expect(opened.forecast).toMatchObject({ value: 8e9, year: 2025 });
  });

  it('"Global Excavator Demand to Exceed $50 Billion in 2021": the hedge\'s own verb makes the lone figure a forecast', () => {
    const m = primary(page('Global Excavator Market to Exceed $50 Billion in 2021', 'Global demand for excavators is forecast to advance 9.9% per year through 2021.'));
    expect(m.forecast).toMatchObject({ value: 50e9, year: 2021, qualifier: 'over' });
    expect(m.base).toBeNull();
    // A past hedge stays where it was: "exceeded" is no cue.
    const past = primary(page('Global Excavator Market Exceeded $50 Billion in 2021', 'Global demand for excavators advanced 9.9% per year through 2021.'));
    expect(past.base).toMatchObject({ value: 50e9, year: 2021 });
  });

  it('"in fiscal 2030", "in fiscal 2023"', () => {
    const m = primary(page('Japan Robot Market', 'The Japan robot market is expected to reach 1.5 trillion yen in fiscal 2030, up from 1.1 trillion yen in fiscal 2023.'));
    expect(m.base).toMatchObject({ currency: 'JPY', year: 2023 });
    expect(m.forecast).toMatchObject({ year: 2030 });
  });

  it('"reach from X to Y during 2025 - 2035": the span\'s ends date the change\'s ends', () => {
    const m = primary(page('Programmatic Advertising Market',
      'The Programmatic Advertising Market is Expected to Reach from USD 811.8 Billion to USD 3555.35 Billion During 2025 - 2035, growing at a CAGR of 14.37%.'));
    expect(m.base).toMatchObject({ value: 811.8e9, year: 2025 });
    expect(m.forecast).toMatchObject({ value: 3555.35e9, year: 2035 });
    // (3555.35 / 811.8)^(1/10) - 1 = 15.9%, not 14.37%
    expect(m.verdict).toBe('inconsistent');
  });

  it('"a year earlier", "the previous year" after a figure date it a year before the sentence’s other figure; "a year ago" does not', () => {
    const earlier = primary(page('Gizmo Market',
      'In 2023, the gizmo market is expected to be worth approximately $107 billion, up by 6.6 percent from around 100.4 billion dollars a year earlier.'));
    expect(earlier.base).toMatchObject({ value: 100.4e9, year: 2022, qualifier: 'approx' });
    expect(earlier.forecast).toMatchObject({ value: 107e9, year: 2023 });
    const previous = primary(page('Gizmo Market', 'The gizmo market reached $107 billion in 2023, up from $100.4 billion the previous year.'));
    expect(previous.base).toMatchObject({ value: 100.4e9, year: 2022 });
    const ago = primary(page('Gizmo Market', 'The gizmo market reached $107 billion in 2023, up from $100.4 billion a year ago.'));
    expect(ago.base).toMatchObject({ value: 107e9, year: 2023 });
    expect(ago.forecast).toBeNull();
    // "… a year" alone is a yearly flow, not a dated size.
    const flow = primary(page('Gizmo Market', 'The gizmo market reached $107 billion in 2023, and buyers spend $5 billion a year on repairs.'));
    expect(flow.otherFigures).toEqual([]);
  });

  it('a paragraph opening "The annual figure …" goes on about the market before it, and "surpassing X by 2027" is its forecast', () => {
    const m = primary(page('Gizmo Market',
      'In 2023, the global gizmo market is expected to be worth approximately $107 billion.',
      'The annual figure was projected to continue to grow at a compound annual growth rate (CAGR) of 5.7 per cent, thus surpassing 133 billion dollars by 2027.'));
    expect(m.forecast).toMatchObject({ value: 133e9, year: 2027, qualifier: 'over' });
    // (133 / 107)^(1/4) - 1 = 5.59%, and "over 133" reaches 5.65% to 5.75%
    expect(m.verdict).toBe('consistent');
  });

  it('a paragraph opening with a bare "Revenue is expected to …" goes on about the market before it', () => {
    const m = primary(page('Utilities',
      'The water utilities industry has grown at a CAGR of 2.1% from 2019 to 2024, reaching $410 billion.',
      'Revenue is expected to grow at a CAGR of 1.2% from 2025 to 2029, reaching $436 billion.'));
    expect(m.cagr).toMatchObject({ rate: 0.012, from: 2025, to: 2029 });
    expect(m.forecast).toMatchObject({ value: 436e9, year: 2029 });
    // 410 (2024) → 436 (2029): 1.24%/yr, inside 1.15%..1.25%
    expect(m.verdict).toBe('consistent');
  });

  it('"… Growth Analysis: In 2022, the global biochar market was worth around USD 191.60 million": a label\'s colon opens the clause', () => {
    const m = primary(page('Biochar Market', 'Biochar Market Size, Share and Growth Analysis: In 2022, the global biochar market was worth around USD 191.60 million and is estimated to grow to about USD 650.14 million by 2030.'));
    expect(m.base).toMatchObject({ value: 191.6e6, year: 2022 });
    expect(m.forecast).toMatchObject({ value: 650.14e6, year: 2030 });
  });

  it('a year may open a clause rather than the sentence: "Experts predict that by 2028, …", "It is expected that in 2020 alone, …"', () => {
    const by = primary(page('Widget Market', 'Experts predict that by 2028, the global widget market will reach USD 11,810.9 million.'));
    expect(by.forecast).toMatchObject({ value: 11810.9e6, year: 2028 });
    const alone = primary(page('Solar Power', 'It is expected that in 2020 alone, the global market for solar power will reach $1.3 trillion.'));
    expect(alone.forecast ?? alone.base).toMatchObject({ value: 1.3e12, year: 2020 });
  });

  it('"a $30 billion market that\'s projected to triple by 2027": the year is the tripled market\'s, not this figure\'s', () => {
    const m = primary(page('Widget Market', 'The widget market is a $30 billion market that\'s projected to triple by 2027.'));
    expect(m.base).toMatchObject({ value: 30e9, year: null });
    expect(m.forecast).toBeNull();
  });

  it('"the RPG market sits at roughly $16 billion": "sits at" puts a market at its size, as "stands at" does', () => {
    const m = primary(page('Tabletop games', 'Today the RPG market sits at roughly $16 billion globally.'));
    expect(m.base).toMatchObject({ value: 16e9, qualifier: 'approx' });
  });

  it('"the current value of the global animal feed market is well over USD 400 billion", "was reported to be": sizes', () => {
    const m = primary(page('Animal Feed', 'Today, the current value of the global animal feed market is well over USD 400 billion.'));
    expect(m.base).toMatchObject({ value: 400e9, year: null, qualifier: 'over' });
    const r = primary(page('Chillers', 'The chiller market was reported to be $2 billion in 2015.'));
    expect(r.base).toMatchObject({ value: 2e9, year: 2015 });
    // A firm's report is still a firm's: "The company reported revenue of $2 billion in 2015".
    expect(analyzeHtml(page('Chillers', 'The company reported revenue of $2 billion in 2015, while the chiller market grew.')).markets).toEqual([]);
  });

  it('"USD 1,947. 47 million", "a CAGR of 5. 71%": a decimal split after its point is one figure, not a sentence end', () => {
    const m = primary(page('Golf Cart Market',
      'The golf cart market was valued at USD 1,947. 47 million in 2023 and is projected to reach USD 2,688. 92 million by 2029, growing at a CAGR of 5. 71%.'));
    expect(m.base).toMatchObject({ value: 1947.47e6, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 2688.92e6, year: 2029 });
    expect(m.cagr).toMatchObject({ rate: 0.0571 });
    // (2688.92 / 1947.47)^(1/6) - 1 = 5.52%, not 5.705%–5.715%.
    expect(m.verdict).toBe('inconsistent');
    // A sentence that ends in a figure's year is still a sentence end: "… in 2023. 47 million people …".
    const n = primary(page('Widget Market', 'The widget market was valued at USD 5 billion in 2023. 47 million people use widgets.'));
    expect(n.base).toMatchObject({ value: 5e9, year: 2023 });
  });

  it('"€5·7bn": a British raised decimal point', () => {
    const m = primary(page('Caravan Market', 'The UK caravan market was worth €5·7bn in 2009.'));
    expect(m.base).toMatchObject({ value: 5.7e9, currency: 'EUR', year: 2009, literal: '5·7' });
  });

  it('"The market for printed electronics in 2012 will be $9.4 billion": the year before a future copula dates the figure', () => {
    const m = primary(page('Printed Electronics Market', 'The market for printed electronics in 2012 will be $9.4 billion.'));
    expect(m.forecast ?? m.base).toMatchObject({ value: 9.4e9, year: 2012 });
  });

  it('"in October 2001", "by Q3 2024": a month or quarter before the year still dates the figure by its year', () => {
    const m = primary(page('Energy Bar Market', 'The energy bar market grew from $470 million in October 2001 to $580 million in October 2002.'));
    expect(m.base).toMatchObject({ value: 470e6, year: 2001 });
    expect(m.forecast).toMatchObject({ value: 580e6, year: 2002 });
    const q = primary(page('Widget Market', 'The widget market is expected to reach $2.5 billion by Q3 2024.'));
    expect(q.forecast).toMatchObject({ value: 2.5e9, year: 2024 });
  });

  it('"ten times the size of 2012", "twice that of 2019": the year a figure is compared with is not its own', () => {
    const m = primary(page('Smartwatch Market',
      'In 2013, the global smartwatch industry reached a market volume of USD 700 million, ten times the size of 2012.',
      'The smartwatch market is expected to reach USD 5 billion by 2020.'));
    expect(m.base).toMatchObject({ value: 700e6, year: 2013 });
    const n = primary(page('Widget Market', 'The widget market is now valued at USD 2.5 billion, twice that of 2019.'));
    expect(n.base).toMatchObject({ value: 2.5e9, year: null });
  });

  it('"The forecast to 2033 projects the market to reach …" dates the figure its sentence reaches', () => {
    const m = primary(page('Widget Market',
      'The widget market was worth $4.2 billion in 2025.',
      'The forecast to 2033 projects the market to reach around $7.1 billion.'));
    expect(m.forecast).toMatchObject({ value: 7.1e9, year: 2033, qualifier: 'approx' });
  });

  it('"… by 2018, bringing in $12 billion that year": the year the sentence gave last, and a forecast like it', () => {
    const m = primary(page('Widget Market', 'Worldwide, the widget market will reach 47 million units by 2018, bringing in $12 billion that year.'));
    expect(m.forecast).toMatchObject({ value: 12e9, year: 2018 });
    expect(m.base).toBeNull();
    const same = primary(page('Widget Market', 'In 2021 the widget market shipped 5 million units, worth $2 billion the same year.'));
    expect(same.base).toMatchObject({ value: 2e9, year: 2021 });
  });

  it('one figure where the rate\'s period starts is the base, "reach" or not; one reached "by" that year stays a forecast', () => {
    const start = primary(page('PropTech Market',
      'In 2021, the global real estate technology market size is estimated to reach $13.5 billion, with a projected compound annual growth rate (CAGR) of 12.5% from 2021 to 2028.'));
    expect(start.base).toMatchObject({ value: 13.5e9, year: 2021 });
    expect(start.forecast).toBeNull();
    const by = primary(page('Glass-Ceramic Market',
      'The global glass-ceramic market is expected to reach a market size of $1.66 billion by 2025, with a CAGR of 5.8% from 2025 to 2033.'));
    expect(by.forecast).toMatchObject({ value: 1.66e9, year: 2025 });
    expect(by.base).toBeNull();
  });

  it('a rate after a sentence that grew the market to 2025 runs on from 2025 to its own forecast year', () => {
    const m = primary(page('Gizmo Market',
      'The gizmo market grew from $5.67 billion in 2024 to $6.12 billion in 2025 at a compound annual growth rate (CAGR) of 7.9%. The market is expected to reach $8.27 billion in 2029 at a CAGR of 7.8%.'));
    expect(m.cagr).toMatchObject({ rate: 0.078, from: 2025, to: 2029 });
    expect(m.verdict).toBe('consistent');
  });

  it('a year\'s growth called a CAGR is no headline beside a rate that runs on past it, and a period read nearby opens no second count of years', () => {
    const m = primary(page('Engineer your career',
      'Research indicates that the worldwide information technology market expanded from USD 8.1 trillion in 2022 to USD 8.85 trillion in 2023, with a compound annual growth rate (CAGR) of 8.2 per cent. It is projected to reach USD 11 trillion in 2027, with a CAGR of 8 per cent.'));
    expect(m.cagr).toMatchObject({ rate: 0.08, to: 2027 });
    // 8.85 → 11 over 2023-2027 is 5.6 %/yr, 8.1 → 11 over five years 6.3 %/yr; only a miscount of 8.1 → 11 over four
    // years gives 8 %, and the page states no period that would make four the count.
    expect(m.verdict).toBe('inconsistent');
  });
});

describe('publishers’ key-facts lines and long names', () => {
  it('statistics cards, a caption then its value: "Market Size (2025)" "$2.1B", "Projection (2030)" "$2.9B", "CAGR (2025–2030)" "6.7%"', () => {
    const html = `<html><head><title>Global Fishing Net Market Survey</title></head><body><h1>Global Fishing Net Market Survey</h1>
      <div><p>Market Size (2025)</p><p>$2.1B</p><p>Total global market</p></div>
      <div><p>Projection (2030)</p><p>$2.9B</p></div>
      <div><p>CAGR (2025–2030)</p><p>6.7%</p></div>
      <ul><li>Market grew from $1.65B (2020) to $2.10B (2025).</li><li>Peak annual growth in 2023: 7.14% before stabilizing near 6.7% CAGR.</li></ul>
      <div><p>-10.04% CAGR (2017-2023)</p><p>5.24% CAGR (2024-2030)</p></div></body></html>`;
    const m = analyzeHtml(html).markets[0]!;
    expect(m.forecast).toMatchObject({ value: 2.9e9, year: 2030 });
    expect(m.cagr).toMatchObject({ rate: 0.067, from: 2025, to: 2030 });
    expect(m.verdict).toBe('consistent');
    // A card's value is no caption of the next card.
    expect(m.otherCagrs.some((c) => c.text.includes('2017-2023) 5.24'))).toBe(false);
  });

  it('a key-facts row flattened into one line, its label’s year then its value, is a dated figure', () => {
    const m = primary(page('Frozen Dessert Market Report',
      'Market size value in 2019 USD 98.00 billion', 'Revenue forecast in 2025 USD 135.00 billion', 'Growth Rate CAGR of 5.4% from 2019 to 2025'));
    expect(m.base).toMatchObject({ value: 98e9, year: 2019 });
    expect(m.forecast).toMatchObject({ value: 135e9, year: 2025 });
    // (135 / 98)^(1/6) - 1 = 5.48%, outside 5.35%-5.45%
    expect(m.verdict).toBe('inconsistent');
    // A line that names no size is no row: "Founded in 2019 $5" says nothing of a market.
    const s = analyzeHtml(page('Widget Market Report', 'Founded in 2019 $5'));
    expect(s.markets.flatMap((x) => [x.base, x.forecast]).filter(Boolean)).toEqual([]);
  });

  it('"Projected Market Size by 2030: USD 9.1B (2025)": the deadline dates the figure, the bracketed year is the source’s', () => {
    const m = primary(page('Scooter Market Statistics',
      'Global Scooter Market Size: USD 5.2B (2025)', 'Projected Scooter Market Size by 2030: USD 9.1B (2025)'));
    expect(m.base).toMatchObject({ value: 5.2e9, year: 2025 });
    expect(m.forecast).toMatchObject({ value: 9.1e9, year: 2030 });
    expect(m.verdict).toBe('cannot-check');
  });

  it('"Forecasted Market Size (2032): >USD 1.5 Trillion": a sign hedge, a year in parentheses, no market named "Forecasted"', () => {
    const s = analyzeHtml(`<html><head><title>Cloud Gaming Market Report</title></head><body><h1>Cloud Gaming Market</h1><ul>
      <li>Market Size (2023): ~USD 950 Billion</li><li>Forecasted Market Size (2032): >USD 1.5 Trillion</li></ul></body></html>`);
    expect(s.markets.map((m) => m.name)).toEqual(['Cloud Gaming Market']);
    expect(s.markets[0]).toMatchObject({
      base: { value: 950e9, year: 2023, qualifier: 'approx' },
      forecast: { value: 1.5e12, year: 2032, qualifier: 'over' },
    });
  });

  it('"reaching a valuation of USD 640 Million by 2032" is a size', () => {
    const m = primary(page('Pet Camera Market', 'The pet camera market was valued at USD 310 million in 2024, reaching a valuation of USD 640 Million by 2032.'));
    expect(m.forecast).toMatchObject({ value: 640e6, year: 2032 });
  });

  it('"By the end of the forecast period" dates a figure with the period the market’s rate states', () => {
    const m = primary(page('Automotive BYOD Market',
      'The Automotive Bring Your Own Device (BYOD) Market was valued at USD 6.2 billion in 2024.',
      'The Automotive Bring Your Own Device BYOD Market is projected to grow at a CAGR of 15.2% between 2025 and 2032. By the end of the forecast period, the market is expected to surpass USD 17.5 billion.'));
    expect(m.forecast).toMatchObject({ value: 17.5e9, year: 2032, qualifier: 'over' });
    expect(analyzeHtml(page('Automotive BYOD Market', 'The Automotive Bring Your Own Device (BYOD) Market was valued at USD 6.2 billion in 2024. The Automotive Bring Your Own Device BYOD Market grows.')).markets).toHaveLength(1);
  });

  it('"over the forecast period" in a sentence that connects two figures takes their years, not a heading’s', () => {
    const m = primary(`<html><head><title>Primer Market</title></head><body><h1>Primer Market</h1>
      <p>The primer market was valued at approximately $3.2 billion in 2022 and is projected to reach around $5.1 billion by 2030, exhibiting a CAGR of about 6.1% over the forecast period.</p>
      <p>FAQ: The global primer market was valued at $8.2 billion in 2020.</p>
      <h2>Detailed TOC of Global Primer Market Research Report, 2023-2030</h2></body></html>`);
    expect(m.cagr).toMatchObject({ from: 2022, to: 2030, periodSource: 'figures' });
    // rule 1 on 2022 and 2030: 5.66%..6.34% holds 6.1%, whatever the 2020 figure says
    expect(m.verdict).toBe('consistent');
  });
});

describe('ranges of amounts', () => {
  it('"from its current value of US $1.2 billion to US $2.5 billion by 2029": a change, not a range, though words stand after "from"', () => {
    const m = primary(page('Kite Market', 'The global kite market is projected to rise from its current value of US $1.2 billion to US $2.5 billion by 2029.'));
    expect(m.forecast).toMatchObject({ value: 2.5e9, year: 2029 });
    expect(m.forecast?.valueMax).toBeUndefined();
    // "ranging from" still opens a range.
    expect(primary(page('Kite Market', 'The global kite market is worth an amount ranging from US $1.2 billion to US $2.5 billion in 2029.')).base).toMatchObject({ value: 1.2e9, valueMax: 2.5e9 });
  });

  it('"between 200 and 210 million euros": the scale and currency after the high end are the low end\'s too', () => {
    const m = primary(page('Stroller Market', 'The French stroller market was worth between 200 and 210 million euros in 2019.'));
    expect(m.base).toMatchObject({ value: 200e6, valueMax: 210e6, currency: 'EUR', year: 2019 });
  });

  it('"$2.4-2.6 billion" and "$1.5 billion to $2.0 billion" are ranges, checked across their whole width', () => {
    const m = primary(page('Video Editing Software Market',
      'The video editing software market was valued at approximately $2.4-2.6 billion in 2024, with projections reaching $3.4-4.2 billion by 2030 at a CAGR of 6.5-7.5%.'));
    expect(m.base).toMatchObject({ value: 2.4e9, valueMax: 2.6e9, year: 2024 });
    expect(m.forecast).toMatchObject({ value: 3.4e9, valueMax: 4.2e9, year: 2030 });
    expect(m.verdict).toBe('consistent');
    const b = primary(page('Barite Market',
      'The barite market was valued at $1.5 billion to $2.0 billion in 2023 and is expected to reach $3.0 billion by 2030, a CAGR of 8%.'));
    expect(b.base).toMatchObject({ value: 1.5e9, valueMax: 2e9, year: 2023 });
    // 1.45..2.05 bn → 2.95..3.05 bn over 7 years: 5.6%..11.3%/yr holds 7.5%..8.5%; the high end alone (2.0) would not
    expect(b.verdict).toBe('consistent');
  });

  it('"from $1.5 billion to $2.0 billion" is a change, and "In 2023, … valued at X, … to grow to Y" dates only X', () => {
    const m = primary(page('Barite Market',
      'The barite market will grow from $1.5 billion in 2023 to $2.0 billion by 2030.',
      'In 2023, the global barite market was valued at $1.5–1.6 billion, with projections to grow to $2.3–2.7 billion.'));
    expect(m.base).toMatchObject({ value: 1.5e9, valueMax: undefined, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 2e9, year: 2030 });
    expect(m.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('"ranging from X to Y" and "anywhere from X to Y" are ranges; "grow from X to Y" stays a change', () => {
    const m = primary(page('Metaverse Market',
      'The metaverse market is to achieve $800 billion by 2024, with a compound annual growth rate of 44.1%.',
      'The report sees a possible market size ranging from $8 trillion to $30 trillion by 2030.'));
    expect(analyzeHtml(page('Metaverse Market', 'The report sees a possible market size of $8 trillion by 2030.')).markets.map((x) => x.name)).toEqual(['Metaverse Market']);
    expect(m.forecast).toMatchObject({ value: 8e12, valueMax: 30e12, year: 2030 });
    // 800 bn → 8..30 tn over 6 years implies 43.75%..89.74%/yr, which holds 44.1%; the high end alone would not
    expect(m.verdict).toBe('consistent');
    const anywhere = primary(page('Widget Market', 'The widget market could be worth anywhere from $2.5 to 3.0 billion by 2030.'));
    expect(anywhere.forecast).toMatchObject({ value: 2.5e9, valueMax: 3e9, year: 2030 });
    const change = primary(page('Widget Market', 'The widget market will grow from $2.5 billion to $3.0 billion by 2030.'));
    expect(change.forecast).toMatchObject({ value: 3e9, valueMax: undefined, year: 2030 });
  });
});

describe('tables with a column per year, and regional rows', () => {
  const html = `<html><head><title>BNPL Market Analysis</title></head><body><h1>South Africa BNPL Market</h1>
    <table><tr><td>Metric</td><td>2021–2024</td><td>2025 (current)</td><td>2031 (forecast)</td></tr>
    <tr><td>Market size (USD million)</td><td>~$717M</td><td>$815.1M</td><td>$2,850M</td></tr>
    <tr><td>African market (USD billion)</td><td>—</td><td>$5.2B</td><td>$16.8B</td></tr></table>
    <table><tr><td>Region</td><td>Market Size 2025</td><td>CAGR (2025–2030)</td></tr>
    <tr><td>North America</td><td>$3.47T</td><td>8%</td></tr></table></body></html>`;

  it('each cell takes its column’s year; a row about another region is that region’s market', () => {
    const s = analyzeHtml(html);
    expect(s.markets[0]).toMatchObject({
      name: 'BNPL Market',
      base: { value: 717e6, year: 2024, qualifier: 'approx' },
      forecast: { value: 2.85e9, year: 2031 },
      otherFigures: [{ value: 815.1e6, year: 2025 }],
    });
    expect(s.markets[1]).toMatchObject({ geography: 'Africa', base: { value: 5.2e9, year: 2025 }, forecast: { value: 16.8e9, year: 2031 } });
  });

  it('a header cell may name its year with a word: "2015 Benchmark", "2024 Projection"', () => {
    const s = analyzeHtml(`<html><head><title>Military Drone Market</title></head><body><h1>Military Drone Market</h1>
      <table><tr><td>Metric</td><td>2015 Benchmark</td><td>2024 Projection</td></tr>
      <tr><td>Military drone market size</td><td>$57 Billion</td><td>$99 Billion</td></tr></table></body></html>`);
    expect(s.markets[0]).toMatchObject({ base: { value: 57e9, year: 2015 }, forecast: { value: 99e9, year: 2024 } });
  });

  it('"Market Size 2025" labels a column’s kind, not its year; a row led by another region is not the page’s', () => {
    const s = analyzeHtml(html);
    expect(s.markets.flatMap((m) => [m.base, m.forecast, ...m.otherFigures]).map((f) => f?.value)).not.toContain(3.47e12);
  });

  it('"the European market" on a page about one market is that market’s European part', () => {
    const s = analyzeHtml(page('Heat Pump Market',
      'The global heat pump market was valued at USD 60 billion in 2023 and will reach USD 110 billion by 2030.',
      'The European market accounted for USD 18 billion in 2023.'));
    expect(s.markets[0]).toMatchObject({ base: { value: 60e9 }, otherFigures: [] });
    expect(s.markets[1]).toMatchObject({ geography: 'Europe', base: { value: 18e9, year: 2023 } });
  });
});

describe('parts of a market', () => {
  it('a segment’s or a region’s figures are their own market, not contradictions of the whole market’s', () => {
    const s = analyzeHtml(page('Optical Sensors Market - Forecast (2021 - 2026)',
      'The market recorded revenue of $25.65billion in 2017 and is estimated to grow at a CAGR of 8.99% throughout the forecast period 2018-2023.',
      'Image sensors segment has dominated the optical sensors market by collecting annual revenue of approximately $14billion in 2017 and is projected to grow at a CAGR of 9.70% throughout the forecast period.',
      'Asia-Pacific region dominated the market with the contribution of $9.50billion in 2017.'));
    const [whole, ...parts] = s.markets;
    expect(whole).toMatchObject({ base: { value: 25.65e9, year: 2017 }, otherFigures: [], cagr: { rate: 0.0899, from: 2018, to: 2023, historical: false } });
    expect(whole!.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
    expect(parts.map((m) => [m.name, m.geography, m.base?.value])).toEqual([
      ['Image sensors segment', null, 14e9],
      ['optical sensors market', 'Asia Pacific', 9.5e9],
    ]);
  });

  it('"For reference, there were 1.2b gamers … (8.3% CAGR)": an aside\'s rate is not the market\'s unless it names it', () => {
    const m = primary(page('Anime is a $31b Market with 600m Fans Worldwide',
      'For reference, there were 1.2b gamers in 2013 which grew to 3.4b gamers in 2023 (9.9% compounded annual growth rate, or CAGR) with a market size of $76.5b and $184b respectively (8.3% CAGR). The global anime market was valued at $24b in 2020 and is projected to grow to $44b by 2027, a 7.8% CAGR.'));
    expect(m.cagr).toMatchObject({ rate: 0.078 });
    expect(m.otherCagrs.map((c) => c.rate)).not.toContain(0.083);
  });

  it('a volume rate that runs on past the money rate does not make the money rate a past one', () => {
    const m = primary(page('Caustic Soda Market',
      'By 2020, the global caustic soda market is predicted to reach the value of $ 38,481 million with a CAGR of approximately 6.9 percent.',
      'In terms of quantity, the caustic soda market is expected to grow at a CAGR of approximately 5 percent by 2023, to 95 million tons.'));
    expect(m.cagr).toMatchObject({ rate: 0.069, to: 2020 });
  });

  it('a volume rate ("in terms of volume … 7.23% to 5.88 billion tons") is not the headline; "It" opens a paragraph on the one before', () => {
    const m = primary(`<html><head><title>Cement Sector</title></head><body><h1>Cement Market</h1>
      <p>The global cement market has been growing. As of 2023, the market reached a value of USD 383.02 billion, propelled by demand from the construction sector.</p>
      <p>It is anticipated to grow at a CAGR of 5.4% during the forecast period of 2024-2032, potentially reaching USD 614.88 billion by 2032.</p>
      <p>In terms of volume, the cement market is expected to reach 4.14 billion tons in 2024 and grow at a CAGR of 7.23% to reach 5.88 billion tons by 2029.</p></body></html>`);
    expect(m.cagr).toMatchObject({ rate: 0.054, from: 2024, to: 2032 });
    expect(m.forecast).toMatchObject({ value: 614.88e9, year: 2032 });
    expect(m.verdict).toBe('consistent');
  });

  it('a title that names the product without "market" makes the market of that product the page\'s, not a parent sized first', () => {
    const s = analyzeHtml(page('Quick Look at the Growing Bath Bomb Trend',
      'The global market size for bath and shower products is projected to grow from US $44.78 billion in 2021 to US $63.16 billion in 2028.',
      'The global bath bomb market is expected to grow at a CAGR of 6.5% between 2021 to 2030.'));
    expect(s.markets[0]).toMatchObject({ name: 'global bath bomb market', cagr: { rate: 0.065 } });
    expect(s.markets[1]).toMatchObject({ base: { value: 44.78e9, year: 2021 } });
  });

  it('a key-facts strip set in running text with middle dots is read fact by fact: "… USD 54 billion · … CAGR (2026-2030): 4.6% · US industry CAGR …"', () => {
    const s = analyzeHtml(`<html><head><title>Market Research Market Size</title></head><body><h1>Market Research Market Size</h1>
      <p>Global market research industry revenue (2023): USD 54 billion · Projected market research services market value (2030): USD 116.02 billion · Market research services market CAGR (2026-2030): 4.6% · US industry CAGR (2021-2026): 2.1%</p>
      <table><tr><td>Global insights &amp; analytics industry (2022)</td><td>Exceeded $100 billion</td></tr>
      <tr><td>US market research industry revenue (2026)</td><td>$37.7 billion</td></tr></table></body></html>`);
    const us = s.markets.find((m) => m.geography === 'U.S.');
    // Read as one sentence, the strip's last market took every figure and rate before it, and a false "inconsistent".
    // Its one size, in 2026, ends the rate's 2021–2026 period: where the market goes.
    expect(us).toMatchObject({ base: null, forecast: { value: 37.7e9, year: 2026 }, cagr: { rate: 0.021, from: 2021, to: 2026 } });
    expect(s.markets.every((m) => m.verdict !== 'inconsistent')).toBe(true);
  });

  it('a sentence that calls its subject the dominant product type or largest segment sizes that part, not the market', () => {
    const m = primary(page('Oat Milk Market',
      'The global oat milk market was estimated at $3.5 billion in 2025 and is projected to reach $13.4 billion by 2035.',
      'Liquid Oat Milk, which generated $2.88 billion in industry revenue in 2025, remains the dominant product type.'));
    expect(m.otherFigures).toEqual([]);
    expect(m.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
    // Said of the market by name, the figure is still the market's.
    const n = primary(page('Oat Milk Market', 'The oat milk market, valued at $3.5 billion in 2025, is the fastest-growing segment of plant-based milk.'));
    expect(n.base).toMatchObject({ value: 3.5e9, year: 2025 });
  });

  it('a "market model" is a source, not a market: its sentence\'s figure stays with the market the page named', () => {
    const s = analyzeHtml(page('Air Transport MRO Market',
      'The commercial air transport MRO market was worth $45 billion in 2007.',
      'According to the OAG MRO market model, the market will reach $61.3 billion in 2017.'));
    expect(s.markets.map((m) => m.name)).not.toContain('OAG MRO market');
    expect(s.markets[0]!.forecast).toMatchObject({ value: 61.3e9, year: 2017 });
  });

  it('"an impressive market size", "collated and analysed market data": an adjective or a verb names no market', () => {
    const s = analyzeHtml(page('Moving Industry Statistics',
      'The moving industry is growing, boasting an impressive market size of $21.694 billion as of 2023.',
      'Researchers collated and analysed market data from 40 countries.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Moving Industry']);
    expect(s.markets[0]!.base).toMatchObject({ value: 21.694e9, year: 2023 });
  });

  it('a headline\'s verb is no part of the market it acts on: "… providers set to dominate global cargo bike market"', () => {
    const s = analyzeHtml(page('Courier and parcel service providers set to dominate global cargo bike market as leading end users',
      'The cargo bikes market totaled US$ 900 Mn in 2021 and is poised to reach US$ 2,829.5 Mn by 2031, at an 11.6% CAGR between 2021 and 2031.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ name: 'global cargo bike market', base: { value: 900e6, year: 2021 }, forecast: { value: 2829.5e6, year: 2031 } });
    // A noun that is also a verb stays in the name: "the sustainable aviation fuel market", "carbon capture".
    expect(primary(page('SAF', 'The sustainable aviation fuel market was valued at USD 1.1 billion in 2023.')).name).toBe('sustainable aviation fuel market');
  });

  it('a market sized "globally" is the global one, and a country\'s mention of it later is that country\'s part', () => {
    const s = analyzeHtml(page('More cats and improved products propel global litter business',
      'The market for cat litter products – which was worth $10.2 billion (€9.8B) globally in 2023 – is projected to continue to grow.',
      'The Chinese cat litter products market was valued at about $762 million in 2023 and is expected to grow at a CAGR of 6.2% until 2030.'));
    expect(s.markets.map((m) => [m.geography, m.base?.value ?? null, m.cagr?.rate ?? null])).toEqual([
      ['Global', 10.2e9, null],
      ['China', 762e6, 0.062],
    ]);
  });

  it('"In the U.S., the vacation rental sector generated …": a place written with dots opens the sentence as "In the US" does', () => {
    const s = analyzeHtml(page('Vacation Rental Industry',
      'The global vacation rental market is projected to reach $130 billion by 2028.',
      'In the U.S., the vacation rental sector generated over $38 billion in revenue in 2023.'));
    expect(s.markets.map((m) => [m.geography, m.base?.value ?? null, m.forecast?.value ?? null])).toEqual([
      ['Global', null, 130e9],
      ['U.S.', 38e9, null],
    ]);
  });

  it('on a page with no market yet, a paragraph whose first sentence says "the market" mid-way is about the market before', () => {
    const m = primary(page('China Produces 81% of the Global Umbrella Output',
      'In 2016, the umbrella market amounted to 1.5B units.',
      'According to IndexBox estimates, in wholesale prices the market stood at $4.6B in 2016, growing with a CAGR of +4.3% per year.'));
    expect(m).toMatchObject({ name: 'umbrella market', base: { value: 4.6e9, year: 2016 }, cagr: { rate: 0.043 } });
  });

  it('on a page with no market yet, "The industry is worth …" opening a paragraph is the market the paragraph before named', () => {
    const m = primary(page('The Growing Need for More Home Inspectors',
      'This is a vital step in the sales process and helped spawn the home inspection industry.',
      'The industry is worth more than $3 billion; individuals who know what to look for mainly do the work.'));
    expect(m).toMatchObject({ name: 'home inspection industry', base: { value: 3e9, qualifier: 'over' } });
  });

  it('a table row labelled by a place ("North America growth | From USD 4.65B in 2021 …") sizes that region, not the market', () => {
    const s = analyzeHtml(`<html><head><title>Hiking Boots Market Statistics</title></head><body><h1>Hiking Boots Market Statistics</h1><table>
      <tr><td>1</td><td>Global hiking boots market size (2021)</td><td>USD 18.1 billion, projected to USD 44.32 billion by 2033.</td></tr>
      <tr><td>2</td><td>North America growth</td><td>From USD 4.65B in 2021 to USD 12.09B in 2033.</td></tr>
      <tr><td>3</td><td>Europe growth</td><td>From USD 3.87B in 2021 to USD 9.95B in 2033.</td></tr>
      <tr><td>4</td><td>Market size 2022</td><td>US$ 20.2 billion</td></tr></table></body></html>`);
    expect(s.markets.map((m) => [m.geography, m.base?.value, m.forecast?.value])).toEqual([
      ['Global', 18.1e9, 44.32e9],
      ['North America', 4.65e9, 12.09e9],
      ['Europe', 3.87e9, 9.95e9],
    ]);
    // "US$" opens the last row's value cell: a currency, not the United States.
    expect(s.markets[0]!.otherFigures.map((f) => f.value)).toContain(20.2e9);
    expect(s.markets[0]!.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('a regional row on a page that names no market of its own does not fail the analysis', () => {
    const s = analyzeHtml('<html><head><title>Notes</title></head><body><table><tr><td>EU</td><td>The market was valued at USD 1.2 billion in 2020</td></tr></table></body></html>');
    expect(s.markets).toEqual([]);
  });
});

describe('more ways to write a figure', () => {
  it('"1.84 (USD Billion) in 2022": a publisher\'s unit in brackets after the number, in either order', () => {
    const m = primary(page('Widget Market',
      'Widget Market Size was valued at 1.84 (USD Billion) in 2022. The Widget Market is expected to grow from 1.89(USD Billion) in 2023 to 2.4 (USD Billion) by 2032, a CAGR of around 2.7% during the forecast period (2024 - 2032).'));
    expect(m.base).toMatchObject({ value: 1.84e9, currency: 'USD', year: 2022 });
    expect(m.forecast).toMatchObject({ value: 2.4e9, currency: 'USD', year: 2032 });
    expect(m.otherFigures).toMatchObject([{ value: 1.89e9, year: 2023 }]);
    expect(m.verdict).toBe('consistent');
    expect(primary(page('Widget Market', 'The widget market reached 350 (Billion EUR) in 2023.')).base).toMatchObject({ value: 350e9, currency: 'EUR' });
    // A bracket of other words is no unit: "(2022)", "(est.)".
    expect(analyzeHtml(page('Widget Market', 'The widget market reached 350 (est. 2022) units.')).isMarketReport).toBe(false);
  });

  it('"The 2021 metaverse market size is about $6.85 billion", "$US3 billion in the year 2020", "USD5.5 billion"', () => {
    const a = primary(page('Metaverse Market', 'The 2021 metaverse global market size is about $6.85 billion.'));
    expect(a.base).toMatchObject({ value: 6.85e9, year: 2021, qualifier: 'approx' });
    const b = primary(page('Widget Market', 'The widget market was $US3 billion in the year 2020 and will reach USD5.5 billion by 2026.'));
    expect(b.base).toMatchObject({ value: 3e9, currency: 'USD', year: 2020 });
    expect(b.forecast).toMatchObject({ value: 5.5e9, year: 2026 });
  });

  it('"over half a trillion dollars" is an amount; "half a billion people" is a count; the amount names no market', () => {
    const m = primary(page('Metaverse Market Outlook',
      'The global metaverse market is expected to reach a value of over half a trillion dollars by 2030.'));
    expect(m.forecast).toMatchObject({ value: 5e11, currency: 'USD', year: 2030, qualifier: 'over' });
    const count = analyzeHtml(page('Gaming', 'The gaming market will count half a billion people by 2030.'));
    expect(count.markets.flatMap((x) => [x.base, x.forecast]).filter(Boolean)).toEqual([]);
    const s = analyzeHtml(page('Artificial Intelligence to Become a Half a Trillion Dollar Industry by 2027',
      'The global AI industry hit a $241bn value in 2023 and will hit more than $500bn in value by 2027, a CAGR of 17%.'));
    expect(s.markets.map((x) => x.name)).toEqual(['global AI industry']);
    expect(s.markets[0]).toMatchObject({ base: { value: 241e9, year: 2023 }, forecast: { value: 500e9, qualifier: 'over' } });
  });

  it('"$1.9 tr", "ten trillion U.S. dollars", "$60 billion AUD", "the financial year ending 2017", "by the year 2028"', () => {
    const tr = primary(page('Indian Consumer Market', 'The Indian consumer market is forecast to rise from $1.9 tr in 2019 to $3.6 tr by 2025.'));
    expect(tr.base).toMatchObject({ value: 1.9e12, year: 2019 });
    expect(tr.forecast).toMatchObject({ value: 3.6e12, year: 2025 });
    const words = analyzeHtml(page('Bio-health Outlook', 'The global bio-health market will have a market size of up to ten trillion U.S. dollars by 2022.'));
    expect(words.markets.map((m) => m.name)).toEqual(['global bio-health market']);
    expect(words.markets[0]!.forecast).toMatchObject({ value: 10e12, currency: 'USD', year: 2022, qualifier: 'under' });
    const aud = primary(page('Agriculture', 'The agricultural industry was valued at $60 billion AUD in the financial year ending 2017.'));
    expect(aud.base).toMatchObject({ value: 60e9, currency: 'AUD', year: 2017 });
    const byTheYear = primary(page('Electric Car Market', 'The European electric car market is expected to grow at a CAGR of 29%, surpassing USD 854.15 billion by the year 2028.'));
    expect(byTheYear.base).toBeNull();
    expect(byTheYear.forecast).toMatchObject({ value: 854.15e9, year: 2028, qualifier: 'over' });
  });

  it('a bare "$" is the page’s own dollar where the page names one ("A$") and never the US one', () => {
    const aud = primary(page('Health food market could be worth $25 billion by 2030',
      'The health food market was worth A$10 billion in 2023 and could be worth $25 billion by 2030.'));
    expect([aud.base?.currency, aud.forecast?.currency]).toEqual(['AUD', 'AUD']);
    const both = primary(page('Health Food Market',
      'The health food market was worth A$10 billion (US$6.6 billion) in 2023 and could be worth $25 billion by 2030.'));
    expect([both.base, both.forecast, ...both.otherFigures].find((f) => f?.value === 25e9)?.currency).toBe('USD');
    const plain = primary(page('Health Food Market', 'The health food market was worth $10 billion in 2023.'));
    expect(plain.base?.currency).toBe('USD');
  });

  it('a scale hyphenated to its number ("$40,3-billion") and a markdown-escaped "31.0\\%"', () => {
    const a = primary(page('Business Intelligence',
      'The business intelligence market was a $40,3-billion market in 2023 and is expected to reach $60-billion by 2028.'));
    expect(a.base).toMatchObject({ value: 40.3e9, currency: 'USD', year: 2023 });
    expect(a.forecast).toMatchObject({ value: 60e9, year: 2028 });
    const b = primary(page('Predictive Maintenance Market',
      'The predictive maintenance market size was valued at $4.45 billion in 2020, and is projected to reach $64.25 billion by 2030, growing at a CAGR of 31.0\\% from 2021 to 2030.'));
    expect(b.cagr).toMatchObject({ rate: 0.31, from: 2021, to: 2030 });
    // 4.45 → 64.25 bn: 30.6%/yr over 10 years, 34.5% over 9; neither meets 30.95%..31.05%
    expect(b.verdict).toBe('inconsistent');
  });

  it('"Indian pharma industry" and "Indian pharmaceutical industry" are one market', () => {
    const s = analyzeHtml(page('Indian pharma industry to double by 2030',
      'The Indian pharmaceutical industry was valued at USD 65 billion in 2024 and is expected to reach USD 130 billion by 2030.'));
    expect(s.markets).toHaveLength(1);
  });
});

describe('a market the page never names', () => {
  it('"… has completed 29.64 years in the market has offered 22.38% CAGR": "in the market" names no market after a fund', () => {
    const s = analyzeHtml(page('Equity Mutual Funds With NAVs Above Rs 1000',
      'Nippon India Growth Fund had the highest NAV of Rs 3,979.0474. The scheme that has completed 29.64 years in the market has offered 22.38% CAGR since its inception.'));
    expect(s.markets).toEqual([]);
    expect(s.isMarketReport).toBe(false);
  });

  it('"Market size: $2.37 billion and $5.92 billion respectively" under the headline "Web Application Firewalls": the headline\'s market', () => {
    const html = (heading: string) => `<html><head><title>${heading} - marketsize.net</title></head><body><h1>${heading}</h1>
      <p>Today's market size shows the amount spent on web application firewalls globally in 2017 and projected for 2023.</p>
      <p>Year: 2017 and 2023</p><p>Market size: $2.37 billion and $5.92 billion respectively</p></body></html>`;
    const s = analyzeHtml(html('Web Application Firewalls'));
    expect(s.markets[0]).toMatchObject({ name: 'Web Application Firewalls', base: { value: 2.37e9, year: 2017 }, forecast: { value: 5.92e9, year: 2023 } });
    // A headline that is a sentence names no market.
    expect(analyzeHtml(html('Why we spend so much on firewalls')).markets).toEqual([]);
    // Three years with a serial comma, then three figures.
    const three = analyzeHtml(`<html><head><title>Vinyl Records Market</title></head><body><h1>Vinyl Records</h1>
      <ul><li>Geographic reference: United States</li><li>Year: 2006, 2013, and 2020</li>
      <li>Market size: $15.7 million, $210.7 million, and $619.6 million, respectively</li></ul></body></html>`).markets[0]!;
    expect(three).toMatchObject({ base: { value: 15.7e6, year: 2006 }, forecast: { value: 619.6e6, year: 2020 }, otherFigures: [{ value: 210.7e6, year: 2013 }] });
  });

  it('a title market whose only figure has no currency leaves the page to the market its text sizes', () => {
    const s = analyzeHtml(page('Global E-Waste Market Expected to Reach More Than 30 Billion',
      'A new study finds that the global e-scrap recycling market will reach or exceed $34 billion by 2022, with an overall CAGR of 15.7 percent.'));
    expect(s.isMarketReport).toBe(true);
    expect(s.markets[0]).toMatchObject({ name: 'global e-scrap recycling market', forecast: { value: 34e9, year: 2022 } });
  });

  it('demand grown at a yearly rate is the market: "the demand for sensors in the U.S. will grow by 4.3 percent a year"', () => {
    const m = primary(page('Sensors', 'The demand for sensors in the U.S. is expected to reach more than $12 billion in 2012.',
      'From 2007 to 2012, the demand for sensors in the U.S. will grow by 4.3 percent a year.'));
    expect(m).toMatchObject({ forecast: { value: 12e9, year: 2012 }, cagr: { rate: 0.043, from: 2007, to: 2012 } });
  });

  it('a product\'s sales grown at a yearly rate are its market: "sales of carbonated drinks are forecast at 10.2% a year"', () => {
    const m = primary(page('Philippines Country Overview Market', 'Strong growth in sales of carbonated drinks are forecast at 10.2% a year through to 2021.'));
    expect(m).toMatchObject({ name: 'sales of carbonated drinks', cagr: { rate: 0.102, to: 2021 } });
    // A firm's own sales, by its possessive, are no market, with a rate or with money.
    const { markets: rate } = analyzeBlocks([{ kind: 'title', text: 'Company news' }, { kind: 'text', text: 'Walmart said its grocery sales grew 5% a year.' }]);
    expect(rate).toEqual([]);
    const { markets: money } = analyzeBlocks([{ kind: 'title', text: 'Company news' }, { kind: 'text', text: 'Walmart said its grocery sales reached $5 billion in 2023.' }]);
    expect(money).toEqual([]);
  });

  it('a trade called a business is its industry: "the UK app business … was worth £2.9bn in 2013" is the UK app industry', () => {
    const s = analyzeHtml(page('UK app industry to be worth £30bn by 2025',
      'The UK app industry will grow by 22% annually, reaching £30bn by 2025.',
      'VisonMobile says that the UK app business, which includes the proceeds of apps and app related services, was worth £2.9bn (€3.6bn, $4.9bn) in 2013.'));
    expect(s.markets).toHaveLength(1);
    // £2.9bn in 2013 → £30bn in 2025 is 21.5 %/yr; "£30bn" stands for 25 to 35 billion.
    expect(s.markets[0]).toMatchObject({ base: { value: 2.9e9, currency: 'GBP', year: 2013 }, forecast: { value: 30e9, year: 2025 }, verdict: 'consistent' });
  });

  it('"wearable technology" and "wearables" are one market, as "sensor products" and "sensors" are', () => {
    const s = analyzeHtml(page('Wearables market to hit 54b in 2023',
      'The wearable technology market reached $23 billion in 2018 and is projected to more than double to $54 billion by 2023.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ name: 'Wearables market', base: { value: 23e9, year: 2018 }, forecast: { value: 54e9, year: 2023 } });
  });

  it('"sensor products" and "sensors" are one market: a trailing "products" adds nothing to a name', () => {
    const s = analyzeHtml(page('Sensors', 'The demand for sensor products in the U.S. is expected to reach more than $12 billion in 2012.',
      'From 2007 to 2012, the demand for sensors in the U.S. will grow by 4.3 percent a year.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ forecast: { value: 12e9 }, cagr: { rate: 0.043 } });
  });

  it('the trade press sizes a market as its demand: "U.S. demand for industrial valves to rise … to $12 billion"', () => {
    const a = primary(page('Industry news', 'The Freedonia Group projects U.S. demand for industrial valves to rise 3.8% annually to $12 billion in 2004.'));
    expect(a).toMatchObject({ name: 'demand for industrial valves', geography: 'U.S.', base: { value: 12e9, year: 2004 } });
    const b = primary(page('Industry news', 'Global bearing demand is forecast to exceed $104bn in 2020.'));
    expect(b).toMatchObject({ name: 'Global bearing demand', geography: 'Global', forecast: { value: 104e9, year: 2020 } });
    // Named by its demand first, the market takes its own name once the page gives it.
    const c = primary(page('Label demand to reach $21.9 billion', 'Label demand is set to reach $21.9 billion in 2027. The label market was valued at $18 billion in 2022.'));
    expect(c.name).toBe('label market');
    // Demand as a driver is no market: "Rising demand for EVs lifts the battery market …".
    const d = primary(page('Battery Market', 'Rising demand for electric vehicles lifts the battery market to $5 billion in 2024.'));
    expect(d.name).toBe('Battery Market');
  });

  it('is named by the subject of the sentence before the first "the market"', () => {
    const m = primary(page('E-commerce',
      'E-commerce in West Africa is experiencing significant growth. The market size reached USD 216.85 billion in 2024 and is projected to reach USD 1,711.12 billion by 2033, exhibiting a CAGR of 25.80% during 2025–2033.'));
    expect(m).toMatchObject({ name: 'E-commerce in West Africa', base: { value: 216.85e9, year: 2024 }, forecast: { value: 1711.12e9, year: 2033 } });
    expect(m.verdict).toBe('consistent');
  });

  it('"Yoga is a booming industry. It will grow to 11.56 billion dollars …": the subject the page calls an industry', () => {
    const m = primary(page('Yoga is a booming industry', 'Yoga is a booming industry, especially in the United States. It will grow to 11.56 billion dollars in revenue by 2020.'));
    expect(m).toMatchObject({ name: 'Yoga', forecast: { value: 11.56e9, currency: 'USD', year: 2020 } });
    // A pronoun names nothing.
    const s = analyzeHtml(page('Notes', 'It is a booming industry. The sector was valued at USD 3 billion in 2024.'));
    expect(s.markets.map((x) => x.name)).not.toContain('It');
  });

  it('is not made up from a sentence that is no noun phrase before its verb', () => {
    const s = analyzeHtml(page('Notes', 'Yesterday, after a long and tiring day of talks, everyone agreed. The market was valued at USD 3 billion in 2024.'));
    expect(s.markets).toEqual([]);
  });

  it('"net market borrowings" of a budget are no market', () => {
    const s = analyzeHtml(page('Union Budget', 'Net market borrowings are estimated at Rs 11.7 lakh crore for the next financial year.'));
    expect(s.isMarketReport).toBe(false);
  });

  it('"in FY2015 rose to 827.2 billion yen", "VND1.5 quadrillion"', () => {
    const a = primary(page('Language Business Market in Japan', 'The size of the language business market for FY2015 rose to 827.2 billion yen.'));
    expect(a.base).toMatchObject({ value: 827.2e9, currency: 'JPY', year: 2015 });
    const b = primary(page('Vietnam Retail Market', 'The Vietnam retail market is expected to reach VND 1.5 quadrillion by 2030.'));
    expect(b.forecast).toMatchObject({ value: 1.5e15, currency: 'VND', year: 2030 });
  });
});

describe('the two-rate template ("has grown … in recent years", "is expected to see … in the next few years")', () => {
  const html = page('Healthcare Fabrics Global Market Report 2025',
    'The healthcare fabrics market size has grown rapidly in recent years. It will grow from $22.75 billion in 2024 to $25.2 billion in 2025 at a compound annual growth rate (CAGR) of 10.8%. The growth in the historic period can be attributed to infection control.',
    'The healthcare fabrics market size is expected to see rapid growth in the next few years. It will grow to $40.83 billion in 2029 at a compound annual growth rate (CAGR) of 12.8%. The growth in the forecast period can be attributed to an aging population.');

  it('the rate the next sentence calls the historic period’s is not the headline; the forecast rate runs on from 2025', () => {
    const m = primary(html);
    expect(m.cagr).toMatchObject({ rate: 0.128, from: 2025, to: 2029 });
    expect(m.otherCagrs[0]).toMatchObject({ rate: 0.108, historical: true });
    // (40.83 / 25.2)^(1/4) - 1 = 12.82%
    expect(m.verdict).toBe('consistent');
  });

  it('"… has grown rapidly in recent years. It will grow from … at a CAGR of 14.9%": the sentence before calls the rate the past\'s', () => {
    const m = primary(page('House Dust Mite Allergy Global Market Report 2024',
      'The house dust mite allergy market size has grown rapidly in recent years. It will grow from $1.9 billion in 2023 to $2.18 billion in 2024 at a compound annual growth rate (CAGR) of 14.9%. The house dust mite allergy market size is expected to see rapid growth in the next few years. It will grow to $3.69 billion in 2028 at a compound annual growth rate (CAGR) of 14.0%.'));
    expect(m.cagr).toMatchObject({ rate: 0.14, from: 2024, to: 2028 });
    expect(m.otherCagrs[0]).toMatchObject({ rate: 0.149, historical: true });
    // Said of the years ahead, the rate is the forecast's.
    const ahead = primary(page('Widget Market', 'The widget market is set to grow in the next few years. It will grow from $1.9 billion in 2023 to $2.18 billion in 2024 at a CAGR of 14.9%.'));
    expect(ahead.cagr).toMatchObject({ rate: 0.149 });
    expect(ahead.otherCagrs).toEqual([]);
  });
});

describe('figures of something else beside the market’s', () => {
  it('"Exports are expected to soar with a 43.9% CAGR, touching Rs 10.8 lakh crore by FY28": a trade flow\'s figure and rate, not the topic\'s', () => {
    const m = primary(page('Electronics Outlook',
      'India\'s electronic consumption market is projected to grow at a CAGR of 14.6% from Rs 9.1 lakh crore in FY23. Exports are expected to soar with a 43.9% CAGR, touching Rs 10.8 lakh crore by FY28.'));
    expect(m).toMatchObject({ base: { value: 9.1e12, year: 2023 }, forecast: null, cagr: { rate: 0.146 }, otherCagrs: [] });
    expect(m.verdict).toBe('cannot-check');
    // After an opening adverb, and named by the product: "Further, the pharma exports which contributed …".
    const after = primary(page('Indian Pharma Industry', 'The Indian pharma industry grew at a CAGR of 7.2% during FY17-FY21. Further, the pharma exports which contributed about $17 billion during FY17 have reported a CAGR of about 10% to reach $24 billion during FY21.'));
    expect(after.otherCagrs).toEqual([]);
    expect(after.otherFigures).toEqual([]);
  });

  it('a company’s revenue in a sentence about the market is not the market’s size; nor is cumulative spending', () => {
    const m = primary(page('Plant-Based Meat Market',
      'The plant-based meat market is expected to reach $8.3 billion by 2025, growing at a CAGR of 8%. In the market, Beyond Meat’s revenue reached $407.1 million in 2020.',
      'The plant-based meat market’s cumulative spending through 2025 is projected to be $20 billion.'));
    expect(m.base).toBeNull();
    expect(m.forecast).toMatchObject({ value: 8.3e9, year: 2025 });
    expect(m.otherFigures).toEqual([]);
  });

  it('"a CAGR of 7.8% from 2021 to 2026, reaching … by the end of the forecast period" is dated 2026, not by the title', () => {
    const m = primary(page('Cold Chain Market Forecast 2024-2030',
      'The cold chain market was valued at USD 233.8 billion in 2021 and is expected to grow at a CAGR of 7.8% from 2021 to 2026, reaching a value of USD 340.3 billion by the end of the forecast period.'));
    expect(m.forecast).toMatchObject({ value: 340.3e9, year: 2026 });
    expect(m.verdict).toBe('consistent');
  });

  it('a forecast that names no year is where its own sentence’s rate ends: "reach USD 4.1 billion, growing at a CAGR of 7.3% from 2024 to 2030"', () => {
    const m = primary(page('Widget Market Report',
      'The widget market was valued at USD 2.5 billion in 2023 and is expected to reach USD 4.1 billion, growing at a CAGR of 7.3% from 2024 to 2030.'));
    expect(m.base).toMatchObject({ value: 2.5e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 4.1e9, year: 2030 });
    // 2.5 → 4.1 over 2023-2030 is 7.32%/yr (n = 7)
    expect(m.verdict).toBe('consistent');
    const alone = primary(page('Cosmetics Market', 'The cosmetics market is estimated to reach $429.8 billion, with a CAGR of 4.3% from 2016 to 2022.'));
    expect(alone.forecast).toMatchObject({ value: 429.8e9, year: 2022 });
  });

  it('"… a 5.8% CAGR from 2024 to 2031, culminating in $19.8 billion": where the rate ends is the forecast', () => {
    const m = primary(page('US Car Wash Market', 'The US car wash market is projected to reach approximately $14.9 billion in 2024, with an expected growth rate of 5.8% CAGR from 2024 to 2031, culminating in $19.8 billion.'));
    expect(m.forecast).toMatchObject({ value: 19.8e9, year: 2031 });
    // 14.9 → 19.8 over 7 years is 4.15%/yr (4.06%-4.23% inside the rounding), not 5.8%
    expect(m.verdict).toBe('inconsistent');
  });

  it('an undated forecast is not dated by a rate of another sentence or by the page’s period', () => {
    const m = primary(page('Widget Market Forecast 2024-2030',
      'The widget market is expected to reach USD 4.1 billion. It is growing at a CAGR of 7.3% from 2024 to 2030.'));
    expect(m.forecast).toMatchObject({ value: 4.1e9, year: null });
    expect(m.base).toBeNull();
  });

  it('a title’s "Forecast Till 2032" ends the rate’s period; "an estimated market size of X in 2025" is a base', () => {
    const m = primary(page('Drone Market – Forecast Till 2032',
      'The drone market has an estimated market size of $4.99 billion in 2025 and is expected to grow at a CAGR of 7.1% during the forecast period.'));
    expect(m.cagr).toMatchObject({ from: null, to: 2032, periodSource: 'page' });
    expect(m.base).toMatchObject({ value: 4.99e9, year: 2025 });
    expect(m.forecast).toBeNull();
  });
});

describe('bounds', () => {
  it('a page naming thousands of markets keeps the first 200, and the work stays linear', () => {
    const paragraphs = Array.from({ length: 600 }, (_, k) => `The gizmo line ${k} market was valued at USD 1.${k % 10} billion in 2023, and the gizmo market at USD 9 billion.`);
    const s = analyzeHtml(page('Gizmo Market', ...paragraphs));
    expect(s.markets.length).toBeLessThanOrEqual(200);
    expect(s.markets[0]!.name).toBe('Gizmo Market');
  });
});

describe('a fresh set’s phrasings', () => {
  it('"a 24.42% CAGR from 2025, … from USD 0.68 billion in the base year 2025"', () => {
    const m = primary(page('Widget Market',
      'The widget market is expected to expand at a 24.42% CAGR from 2025, reaching USD 3.1 billion by 2032, from USD 0.68 billion in the base year 2025.'));
    expect(m.base).toMatchObject({ value: 0.68e9, year: 2025 });
    expect(m.cagr).toMatchObject({ rate: 0.2442, from: 2025, to: 2032 });
  });

  it('"increase by nearly US $440 million" is a change; "market size of approximately $500 billion" names no market', () => {
    expect(analyzeHtml(page('Widget Market', 'The widget market is set to increase by nearly US $440 million by 2027.')).isMarketReport).toBe(false);
    const s = analyzeHtml(page('Widget Market', 'Assuming a 2024 market size of approximately $500 billion, the widget market would reach $1 trillion by 2034.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Widget Market']);
    expect(s.markets[0]).toMatchObject({ base: { value: 500e9, year: 2024, qualifier: 'approx' } });
  });

  it('a count without a currency ("volume of 65 and over aged society … to reach 1.5 billion by 2050") is no figure', () => {
    const m = primary(page('Healthcare Market',
      'The healthcare market is likely to cross USD 543.83 billion by 2035.',
      'A study mentions the projected volume of 65 and over aged society worldwide to reach 1.5 billion by 2050.'));
    expect(m.forecast).toMatchObject({ value: 543.83e9, year: 2035 });
    expect(m.otherFigures).toEqual([]);
  });

  it('"growing at 9% annually" counts only where its own sentence names a market', () => {
    const m = primary(page('Wealth Report: India Wealth Management Market',
      'The India wealth management market was valued at USD 40 billion in 2024.',
      'Financial assets in the region are projected to grow at 9% annually through 2029.'));
    expect(m.cagr).toBeNull();
  });
});

describe('the global market and its regions', () => {
  it('"Leading the market, the US is forecasted to generate USD 858 million": after an opening phrase, a place is the subject', () => {
    const s = analyzeHtml(page('Trading Card Market',
      'The global trading card market was valued at USD 7.5 billion in 2024 and is expected to reach USD 12 billion by 2030.',
      'Leading the market, the US is forecasted to generate USD 858 million in revenue in 2024.',
      'Led by countries such as Australia, India, and South Korea, the market in Asia-Pacific is forecast to reach USD 1.6 billion by 2027.'));
    expect(s.markets[0]).toMatchObject({ geography: 'Global', otherFigures: [] });
    expect(s.markets.find((m) => m.geography === 'U.S.')?.forecast).toMatchObject({ value: 858e6, year: 2024 });
    // One of a list in the opening phrase is not the subject: the Asia-Pacific market is.
    expect(s.markets.some((m) => m.geography === 'India')).toBe(false);
  });

  it('countries by name are the market’s geography ("Hong Kong retail market", "Saudi e-commerce market"), not its product', () => {
    const a = primary(page('Hong Kong Retail Market', 'The Hong Kong retail market was valued at USD 40 billion in 2023.'));
    expect(a).toMatchObject({ geography: 'Hong Kong', base: { value: 40e9 } });
    const b = primary(page('Saudi E-commerce Market', 'The Saudi e-commerce market was valued at USD 12 billion in 2023.'));
    expect(b.geography).toBe('Saudi Arabia');
    // A product named after a people keeps its adjective: Greek yogurt is sold everywhere.
    const c = primary(page('Greek Yogurt Market', 'The Greek yogurt market was valued at USD 8 billion in 2023.'));
    expect(c.geography).toBeNull();
  });

  const html = `<html><head><title>Home Improvement Market Size</title></head><body>
    <h2>EDITOR'S TOP PICKS</h2>
    <p>Globally, in 2021, the home improvement market size was USD $798.1 billion.</p>
    <p>It is estimated to show a CAGR (Compound Annual Growth Rate) of more than 4.3% from 2021 - 2027.</p>
    <h2>WHAT IS THE U.S. MARKET SHARE?</h2>
    <p>In 2021, the U.S. home improvement market size was USD $537.9 billion. A 67% share of the global market.</p>
  </body></html>`;

  it('"Globally, …" makes a sentence\'s market the global one, so the U.S. market named later is another, not a contradiction', () => {
    const [global, us] = analyzeHtml(html).markets;
    expect(global).toMatchObject({ geography: 'Global', base: { value: 798.1e9, year: 2021 } });
    expect(us).toMatchObject({ geography: 'U.S.', base: { value: 537.9e9, year: 2021 } });
    expect(global!.findings.some((f) => f.kind === 'contradiction')).toBe(false);
  });

  it('"The North America … market was valued at …, while the global … market was valued at …": each figure is its own market\'s', () => {
    const s = analyzeHtml(page('Data Center Market',
      'The North America data center market was valued at USD 75.2 billion in 2023, while the global data center market was valued at USD 220 billion in 2023.'));
    const na = s.markets.find((m) => m.geography === 'North America');
    const global = s.markets.find((m) => m.geography === 'Global');
    expect(na).toMatchObject({ base: { value: 75.2e9, year: 2023 }, otherFigures: [] });
    expect(global).toMatchObject({ base: { value: 220e9, year: 2023 } });
    // A place opening the sentence still places the figure of a market named after it.
    const eu = analyzeHtml(page('Data Center Market', 'The global data center market was valued at USD 220 billion in 2023. In Europe, the data center market was valued at USD 50 billion in 2023.'));
    expect(eu.markets.find((m) => m.geography === 'Europe')?.base).toMatchObject({ value: 50e9 });
  });

  it('"Europe accounted for USD 12.1 billion in 2022, while Asia Pacific is expected to reach USD 30 billion by 2030": each clause\'s place', () => {
    const s = analyzeHtml(page('Tea Market',
      'The global tea market size was valued at USD 55.3 billion in 2022. Europe accounted for USD 12.1 billion in 2022, while Asia Pacific is expected to reach USD 30 billion by 2030.'));
    expect(s.markets.find((m) => m.geography === 'Europe')).toMatchObject({ base: { value: 12.1e9 }, forecast: null });
    expect(s.markets.find((m) => m.geography === 'Asia Pacific')).toMatchObject({ forecast: { value: 30e9, year: 2030 } });
    // "The U.S. Market is Estimated at $61 Billion, While China is Forecast to Grow at 6.2% CAGR": the rate is China's.
    const us = analyzeHtml(page('API Market', 'The U.S. Market is Estimated at $61 Billion in 2020, While China is Forecast to Grow at 6.2% CAGR.')).markets.find((m) => m.geography === 'U.S.');
    expect(us?.cagr).toBeNull();
  });

  it('"Globally, the market is projected to reach …" after the page placed its market in the U.S.: the world\'s market, no contradiction', () => {
    const s = analyzeHtml(page('Pet Insurance Market',
      'The pet insurance market in the US reached $4.3 billion in 2023.',
      'Globally, the market is projected to reach USD 38.7 billion by 2032, registering a CAGR of 16.4% over 2024-2032.'));
    expect(s.markets[0]).toMatchObject({ geography: 'U.S.', base: { value: 4.3e9 }, forecast: null, cagr: null });
    expect(s.markets.find((m) => m.geography === 'Global')).toMatchObject({ forecast: { value: 38.7e9, year: 2032 }, cagr: { rate: 0.164 } });
    expect(s.markets.every((m) => m.verdict !== 'inconsistent')).toBe(true);
    // On a page that places nothing, the global market is the page's.
    const one = analyzeHtml(page('Pet Insurance Market', 'The pet insurance market reached $4.3 billion in 2023.', 'Globally, the market is projected to reach USD 9 billion by 2032.'));
    expect(one.markets[0]).toMatchObject({ base: { value: 4.3e9 }, forecast: { value: 9e9 } });
  });

  it('a paragraph taking up the market by "It" keeps its rate under a heading that names something else', () => {
    expect(analyzeHtml(html).markets[0]!.cagr).toMatchObject({ rate: 0.043, from: 2021, to: 2027, qualifier: 'over' });
  });
});

describe('a change from one size to another, its currency said once', () => {
  it('"grow from US$ 11.88 Billion in 2026 to 16.28 Billion by 2033": the end of the change is in the start\'s currency', () => {
    const m = primary(page('Fiber Optic Market',
      'The global fiber optic market was valued at US$ 11.69 Billion in 2025 and is poised to grow from US$ 11.88 Billion in 2026 to 16.28 Billion by 2033, growing at a CAGR of 4.27% in the forecast period (2026-2033).'));
    expect(m.base).toMatchObject({ value: 11.69e9, year: 2025 });
    expect(m.forecast).toMatchObject({ value: 16.28e9, currency: 'USD', year: 2033 });
    // Checked on the rate's own span, 2026 → 2033: 11.88 → 16.28 is 4.6 %/yr, more than rounding allows.
    expect(m.verdict).toBe('inconsistent');
    expect(m.verdictReason).toContain('USD 11.88 bn (2026) → USD 16.28 bn (2033)');
  });

  it('"rose from 1.2 billion in 2023 to USD 2.5 billion in 2030": the start is in the end\'s currency', () => {
    const m = primary(page('Widget Market', 'The widget market rose from 1.2 billion in 2023 to USD 2.5 billion in 2030, a CAGR of 11.1%.'));
    expect(m.base).toMatchObject({ value: 1.2e9, currency: 'USD', year: 2023 });
    expect(m.forecast).toMatchObject({ value: 2.5e9, currency: 'USD', year: 2030 });
    expect(m.verdict).toBe('consistent');
  });

  it('a blurb cut off after "from USD 1.2 billion in" still reads: the year the change may give is past the text\'s end', () => {
    const m = primary(page('Widget Market', 'The widget market was valued at USD 1.1 billion in 2022 and is set to grow from 1.2 billion in'));
    expect(m.base).toMatchObject({ value: 1.1e9, year: 2022 });
  });

  it('a count after "to" is no amount, and without "from" nothing is carried', () => {
    const counted = primary(page('Widget Market', 'The widget market grew from USD 1.2 billion in 2023 to 2.5 billion users by 2030.'));
    expect(counted.forecast).toBeNull();
    const noChange = primary(page('Widget Market', 'The widget market was USD 1.2 billion in 2023, close to 2.5 billion by some counts.'));
    expect(noChange.otherFigures).toEqual([]);
    expect(noChange.forecast).toBeNull();
  });
});

describe('key-facts rows without a currency', () => {
  it('a key fact laid out as a label element and a value element is read as one row', () => {
    const html = `<html><head><title>Widget Services Market Size</title></head><body><h1>Widget Services Market Size</h1>
      <p>The global widget services market reached USD 110.8 billion in 2023 and is expected to grow at a CAGR of 7.3% from 2024 to 2032.</p>
      <p>Base Year:</p><p>2023</p><p>2032 Value Projection:</p><p>USD 206.6 Billion</p></body></html>`;
    const m = primary(html);
    expect(m.forecast).toMatchObject({ value: 206.6e9, year: 2032 });
    // 110.8 (2023) → 206.6 (2032): 7.17%/yr over nine years, 8.10%/yr over the eight of 2024-2032; neither is 7.3%
    expect(m.verdict).toBe('inconsistent');
  });

  it('"Market Size in 2024 | 2630.00 Billion": the cell before names a size, and the market\'s currency applies', () => {
    const html = `<html><head><title>Defense Market</title></head><body>
      <p>The global defense market is forecast to expand to USD 3,496.00 billion by 2031.</p>
      <table><tr><td>Market Size in 2024</td><td>2630.00 Billion</td></tr><tr><td>Units shipped in 2024</td><td>12 Million</td></tr></table>
    </body></html>`;
    const m = analyzeHtml(html).markets[0]!;
    expect(m.base).toMatchObject({ value: 2630e9, year: 2024, currency: 'USD' });
    expect(m.otherFigures).toEqual([]);
  });
});

describe('tables that state their unit once, in a column header', () => {
  const table = (rows: string) => `<html><head><title>Widget Market Report</title></head><body>
    <p>The global widget market shows strong expansion, at a CAGR of 14.2% from 2026 to 2031.</p>
    <table><tr><th>Year</th><th>Market Size (USD Billion)</th></tr>${rows}</table></body></html>`;

  it('"Year | Market Size (USD Billion)" over "2026 | 45.0": each row a dated size in that unit', () => {
    const m = analyzeHtml(table('<tr><td>2026</td><td>45.0</td></tr><tr><td>2028</td><td>58.7</td></tr><tr><td>2031</td><td>87.4</td></tr>')).markets[0]!;
    expect(m.base).toMatchObject({ value: 45e9, year: 2026, currency: 'USD', text: '45.0' });
    expect(m.forecast).toMatchObject({ value: 87.4e9, year: 2031 });
    expect(m.otherFigures).toMatchObject([{ value: 58.7e9, year: 2028 }]);
    // (87.4 / 45.0)^(1/5) - 1 = 14.2%
    expect(m.verdict).toBe('consistent');
  });

  it('no unit in the header, or no year in the row, reads nothing; a cell with its own unit is read as written', () => {
    const bare = `<html><head><title>Widget Market</title></head><body><p>The widget market grows.</p>
      <table><tr><th>Year</th><th>Market Size</th></tr><tr><td>2026</td><td>45.0</td></tr></table></body></html>`;
    expect(analyzeHtml(bare).markets.every((x) => x.base === null && x.forecast === null)).toBe(true);
    const own = analyzeHtml(table('<tr><td>Total</td><td>45.0</td></tr><tr><td>2031</td><td>EUR 87.4 billion</td></tr>')).markets[0]!;
    expect(own.base ?? own.forecast).toMatchObject({ value: 87.4e9, year: 2031, currency: 'EUR' });
    expect(own.otherFigures).toEqual([]);
  });
});

describe('a firm as the source of a figure', () => {
  it('"with research firm MarkNtel Advisors projecting it will surge from $208.58 billion": the firm says it, it owns nothing', () => {
    const m = primary(page('Online Gaming Market',
      'The global online gaming market is on a steep upward trajectory, with industry research firm MarkNtel Advisors projecting it will surge from $208.58 billion in 2024 to $333.20 billion by 2030.'));
    expect(m.base).toMatchObject({ value: 208.58e9, year: 2024 });
    expect(m.forecast).toMatchObject({ value: 333.2e9, year: 2030 });
    const owner = primary(page('Widget Market', 'The widget market was valued at $9 billion in 2024. The firm posted revenue of $2 billion in 2024.'));
    expect(owner.otherFigures).toEqual([]);
  });
});

describe('words that rule a figure out, inside a market’s name', () => {
  it('"the wealth management market was valued at", "the tax software market": the name is no clause about wealth or tax', () => {
    expect(primary(page('Wealth Management Market', 'The India wealth management market was valued at USD 40 billion in 2024.')).base).toMatchObject({ value: 40e9 });
    expect(primary(page('Tax Software Market', 'The tax software market was valued at USD 12 billion in 2024.')).base).toMatchObject({ value: 12e9 });
  });

  it('"the global rolling stock market" trades trains; "the stock market" stays no market of goods', () => {
    const m = analyzeHtml(page('Rolling Stock Market', 'The global rolling stock market was valued at USD 52.11 billion in 2024 and is projected to reach USD 70.87 billion by 2032.'));
    expect(m.markets[0]).toMatchObject({ geography: 'Global', base: { value: 52.11e9, year: 2024 }, forecast: { value: 70.87e9, year: 2032 } });
    const finance = analyzeHtml(page('Weekly Wrap', 'The stock market was valued at USD 52 trillion in 2024 and is projected to reach USD 70 trillion by 2032.'));
    expect(finance.markets).toEqual([]);
  });
});

describe('verb phrases and clauses around a market word', () => {
  it('"which could drive market size to $331 billion by 2029": a modal opens a verb phrase, not a market’s name', () => {
    const s = analyzeHtml(page('Microfinance Market Size',
      'The global microfinance market was valued at approximately $195 billion in 2023. Analysts project a compound annual growth rate (CAGR) exceeding 10%, which could drive market size to $331 billion by 2029.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ name: 'Microfinance Market', base: { value: 195e9, year: 2023 }, forecast: { value: 331e9, year: 2029 } });
  });

  it('"the metal can market": "can" before the market word is the product', () => {
    expect(primary(page('Metal Can Market', 'The metal can market was valued at USD 50 billion in 2023.'))).toMatchObject({ name: 'Metal Can Market', base: { value: 50e9 } });
  });
});

describe('a rate’s sentence that names a quantity in passing', () => {
  it('"This valuation, growing at a CAGR of 8.60%, … including the immense volume of screenings": a money rate, the market’s', () => {
    const m = primary(page('Background Check Market Size',
      'The projected Background Check Market Size of $8.18 billion by 2035 is a figure that represents the activity of a vast and multifaceted industry. This valuation, growing at a steady CAGR of 8.60%, is composed of several elements, including the immense volume of screenings conducted.'));
    expect(m).toMatchObject({ forecast: { value: 8.18e9, year: 2035 }, cagr: { rate: 0.086 } });
    expect(m.cagr!.volume).toBeUndefined();
  });

  it('"the number of rail passengers is expected to grow at a CAGR of 4%": a count’s rate, which money does not test', () => {
    const m = primary(page('Rail Travel Outlook',
      'The rail travel market was valued at $40 billion in 2020 and is expected to reach $90 billion by 2030. Between 2020 and 2030, the number of rail passengers is expected to grow at a compound annual growth rate of almost four percent.'));
    expect(m.cagr).toMatchObject({ rate: 0.04, volume: true });
    // 40 → 90 over ten years is 8.4 %/yr: read as the market's money rate it would be a false alarm.
    expect(m.verdict).toBe('cannot-check');
    // "a number of" is no count: "A number of analysts expect the market to grow at a CAGR of 8.4%" is the market's rate.
    const named = primary(page('Rail Travel Outlook', 'The rail travel market was valued at $40 billion in 2020. A number of analysts expect the rail travel market to grow at a CAGR of 8.4% from 2020 to 2030.'));
    expect(named.cagr!.volume).toBeUndefined();
  });

  it('"in terms of volume" and a count of tons still mark a volume’s rate', () => {
    const s = analyzeHtml(page('Cement Market', 'In terms of volume, the cement market is expected to grow at a CAGR of 7.23% to reach 5.88 billion tons by 2029.'));
    expect(s.markets[0]!.cagr).toMatchObject({ rate: 0.0723, volume: true });
  });
});

describe('a product’s sales, revenue or spending as its market’s size', () => {
  it('"Spending on 5G network infrastructure is expected to jump from $528 million in 2018 to $26 billion in 2022": "5G" is a word of the product', () => {
    const m = primary(page('5G network infrastructure spending to surge through 2022, says IDC',
      'Spending on 5G network infrastructure is expected to jump from $528 million in 2018 to $26 billion in 2022 good for a compound annual growth rate of 118 percent, according to IDC.'));
    expect(m).toMatchObject({ name: 'Spending on 5G network infrastructure', base: { value: 528e6, year: 2018 }, forecast: { value: 26e9, year: 2022 }, cagr: { rate: 1.18 } });
  });

  const withIndustry = (...paras: string[]) => page('Wearables Outlook', 'Analysts follow the wearables industry closely.', ...paras);

  it('"Fintech revenue is projected to grow … to $1.5 trillion by 2030" on a page about the fintech market: its product\'s takings', () => {
    const m = primary(page('Fintech Market', 'Fintech revenue is projected to grow from $245 billion to $1.5 trillion by 2030, a CAGR of 22%, BCG says.'));
    expect(m).toMatchObject({ name: 'Fintech Market', forecast: { value: 1.5e12, year: 2030 }, cagr: { rate: 0.22 } });
    // Another product's takings are not the page's market.
    expect(analyzeHtml(page('Fintech Market', 'Bank revenue is projected to grow from $245 billion to $1.5 trillion by 2030.')).markets.flatMap((x) => [x.base, x.forecast, ...x.otherFigures]).filter(Boolean)).toEqual([]);
  });

  it('"Global smartwatch sales reached $20 billion in 2023 and are expected to hit $35 billion by 2028"', () => {
    const s = analyzeHtml(withIndustry('Global smartwatch sales reached $20 billion in 2023 and are expected to hit $35 billion by 2028.'));
    expect(s.isMarketReport).toBe(true);
    expect(s.markets[0]).toMatchObject({ geography: 'Global', base: { value: 20e9, year: 2023 }, forecast: { value: 35e9, year: 2028 } });
  });

  it('"Worldwide spending on cloud services will reach $679 billion in 2024", "Sales of labels in the United States …"', () => {
    expect(analyzeHtml(withIndustry('Worldwide spending on cloud services will reach $679 billion in 2024.')).markets[0]).toMatchObject({ name: 'Worldwide spending on cloud services', forecast: { value: 679e9, year: 2024 } });
    expect(analyzeHtml(withIndustry('Sales of labels in the United States are set to be valued at $15.7 billion in 2023.')).markets[0]).toMatchObject({ geography: 'U.S.', forecast: { value: 15.7e9, year: 2023 } });
  });

  it('"The global demand for gluten free foods is poised to register a CAGR of about 14% between 2014 and 2020": demand grown at a CAGR is a market', () => {
    const m = primary(page('Gluten Free Foods Industry', 'The global demand for gluten free foods and beverages is poised to register a robust CAGR of about 14% between 2014 and 2020.'));
    expect(m).toMatchObject({ geography: 'Global', cagr: { rate: 0.14, from: 2014, to: 2020 } });
    // Under a page about another market, that demand's rate is its own, not the page's.
    const other = primary(page('Construction Equipment Market', 'The global construction equipment market was valued at $144.4 billion in 2022.', 'Demand for demolition and recycling equipment is expected to grow at a CAGR of 4.8%.'));
    expect(other).toMatchObject({ base: { value: 144.4e9 }, cagr: null });
    // Rising demand drives a market; it is not one.
    const driver = primary(page('Battery Market', 'The battery market was valued at $5 billion in 2022.', 'Rising demand for EVs will lift the battery market at a CAGR of 9%.'));
    expect(driver.cagr).toMatchObject({ rate: 0.09 });
  });

  it('a firm’s sales or revenue is no market: "Net sales", "Tesla sales", "iPhone revenue", "Services revenue"', () => {
    for (const sentence of [
      'Net sales were $2.3 billion in 2023.',
      'Tesla sales reached $25 billion in 2023.',
      'In the 2011 fiscal year, iPhone revenue amounted to 47 billion U.S. dollars.',
      'Services revenue reached an all-time high of $24.2 billion in 2023.',
      'Departments lacking automation spend four times as much, $6 billion a year.',
    ]) expect(analyzeHtml(withIndustry(sentence)).isMarketReport, sentence).toBe(false);
  });

  it('what buyers spend on a product sizes its market: "Americans spent about $448 million on floss in 2015"', () => {
    const floss = analyzeHtml(page('Dental Floss', 'Americans spent about $394 million on floss in 2005. Americans spent about $448 million on floss in 2015.'));
    expect(floss.isMarketReport).toBe(true);
    expect(floss.markets[0]).toMatchObject({ name: 'spending on floss', geography: 'U.S.', base: { value: 394e6, year: 2005 }, forecast: { value: 448e6, year: 2015 } });
    expect(analyzeHtml(page('Baby Goods', 'U.S. parents spent $2.9 billion in 2006 on baby goods.')).markets[0]).toMatchObject({ geography: 'U.S.', base: { value: 2.9e9, year: 2006 } });
    expect(analyzeHtml(page('Cannabis', 'Canadians spent $908 million on non-medical cannabis in 2020.')).markets[0]).toMatchObject({ geography: 'Canada', base: { value: 908e6 } });
    expect(analyzeHtml(page('Pet Spending', 'More than three quarters of Americans spend $75 billion annually on their pets.')).markets[0]).toMatchObject({ name: 'spending on pets', base: { value: 75e9, year: null } });
  });

  it('a firm’s spending, or a month’s sales, sizes no market', () => {
    for (const sentence of [
      'Apple spent $30 billion on research and development in 2023.',
      'U.S. catalog sales, including wholesale, totaled $23 million in December, down 3 percent from last year.',
      'Worldwide semiconductor sales were $48.8 billion in October 2021.',
    ]) expect(analyzeHtml(withIndustry(sentence)).isMarketReport, sentence).toBe(false);
  });

  it('"Worldwide IT spending" stays apart from the "global IT market" another source sizes: no contradiction', () => {
    const s = analyzeHtml(page('IT Market Statistics',
      'The global IT market is projected to reach $9.61 trillion in 2025.',
      'Worldwide IT spending is forecasted to reach $5.61 trillion in 2025.'));
    expect(s.markets[0]).toMatchObject({ forecast: { value: 9.61e12 } });
    expect(s.markets[0]!.findings.map((f) => f.kind)).not.toContain('contradiction');
    expect(s.markets.find((m) => m.name === 'Worldwide IT spending')).toMatchObject({ forecast: { value: 5.61e12 } });
  });
});

describe('a yearly rate named before its number', () => {
  it('"The industry\'s overall growth rate is forecast at 3.7 per cent annually until 2029": the industry the paragraph before named', () => {
    const m = primary(page('Global entertainment industry to hit $3.5 trillion by 2029',
      'The global entertainment and media (E&M) industry is expanding rapidly, with revenues hitting nearly $3 trillion in 2024. By 2029, the sector is expected to grow to $3.5 trillion.',
      'The industry’s overall growth rate is forecast at 3.7 per cent annually until 2029.'));
    expect(m).toMatchObject({ base: { value: 3e12, year: 2024 }, forecast: { value: 3.5e12, year: 2029 }, cagr: { rate: 0.037, to: 2029 } });
    expect(m.verdict).toBe('consistent');
    // Another thing's growth rate is not the industry's.
    const other = primary(page('Global entertainment industry to hit $3.5 trillion by 2029', 'The global entertainment industry had revenues of nearly $3 trillion in 2024.', 'The population growth rate is forecast at 0.9 per cent annually until 2029.'));
    expect(other.cagr).toBeNull();
  });

  it('"is racing ahead at around 5% a year": moving ahead at a yearly pace is the market’s rate', () => {
    const m = primary(page('Missiles Market', 'The global market for missiles and missile-defence systems is racing ahead at around 5% a year.'));
    expect(m.cagr).toMatchObject({ rate: 0.05, qualifier: 'approx' });
  });

  it('"with projected annual growth of over 6% in the coming years" is the market’s yearly rate, hedged', () => {
    const m = primary(page('Plush Toy Market', 'The plush toy market is valued at $2 billion in 2023, with projected annual growth of over 6% in the coming years.'));
    expect(m.cagr).toMatchObject({ rate: 0.06, qualifier: 'over' });
  });
});

describe('where a market’s name ends', () => {
  it('"The global market for “green hydrogen” was worth $676 million in 2022": quotes around the product are no part of its name', () => {
    const m = primary(page('Why Green Hydrogen Is Not Just Hype', 'The global market for “green hydrogen” was worth $676 million in 2022 and is projected to reach $7.3 billion by 2027.'));
    expect(m).toMatchObject({ name: 'global market for green hydrogen', geography: 'Global', base: { value: 676e6, year: 2022 }, forecast: { value: 7.3e9, year: 2027 } });
    expect(primary(page('Hydrogen', 'The “green hydrogen” market was worth $676 million in 2022.')).name).toBe('green hydrogen market');
  });

  it('"the United Kingdom market for companion bird food amounts to £200 million": the verb is no part of the name', () => {
    expect(primary(page('Bird Food', 'The United Kingdom market for companion bird food amounts to £200 million in 2019.'))).toMatchObject({
      name: 'United Kingdom market for companion bird food',
      base: { value: 200e6, currency: 'GBP', year: 2019 },
    });
    expect(primary(page('PCB Market', 'The world market for bare PCBs exceeded $60 billion in 2019.')).name).toBe('world market for bare PCBs');
  });

  it('"AI in cybersecurity market", "Artificial Intelligence in Healthcare Market": a technology in a field names the market', () => {
    expect(primary(page('AI in cybersecurity market to reach $60.6 billion by 2028', 'A study predicts it.'))).toMatchObject({ name: 'AI in cybersecurity market', forecast: { value: 60.6e9, year: 2028 } });
    expect(primary(page('Report', 'The Artificial Intelligence in Healthcare Market was valued at USD 5 billion in 2023.')).name).toBe('Artificial Intelligence in Healthcare Market');
    expect(primary(page('Growth in the AI in Healthcare Market', 'The AI in Healthcare Market was valued at USD 5 billion in 2023.')).name).toBe('AI in Healthcare Market');
    // Growth or players in a market are no part of its name.
    expect(primary(page('Report', 'Growth in cybersecurity market spending: the cybersecurity market was valued at USD 5 billion in 2023.')).name).toBe('cybersecurity market');
  });

  it('"The market size of drugs in Japan was …": the place after what the market is of places it', () => {
    expect(primary(page('Life Science', 'The market size of drugs in Japan was 9.99 trillion JPY in fiscal 2017.'))).toMatchObject({
      geography: 'Japan',
      base: { value: 9.99e12, currency: 'JPY', year: 2017 },
    });
  });
});

describe('a sentence that points back at the size before it', () => {
  it('"That’s up from $900 billion in the same period in 2017": the market’s earlier size', () => {
    const m = primary(page('Smart Grid Market', 'As of April 2018, the U.S. smart grid market has grown to $1.9 trillion. That’s up from $900 billion in the same period in 2017.'));
    expect(m).toMatchObject({ base: { value: 900e9, year: 2017 }, forecast: { value: 1.9e12, year: 2018 } });
  });
});

describe('countries called markets', () => {
  it('"in the developing markets, where growth is forecast at 9%" speaks of places, not of a market of its own', () => {
    const s = analyzeHtml(page('The Market', 'The potash market is set to expand, particularly in the developing markets, where growth is forecast at 9% annually.'));
    expect(s.markets.map((m) => m.name)).toEqual(['potash market']);
  });
});

describe('a wider economy sized beside the market', () => {
  it('"The global space economy, valued at around 383.5 billion U.S. dollars in 2017, …" is not the space tourism market’s size', () => {
    const m = primary(page('Space tourism statistics',
      'The global Space Tourism market is projected to be US$ 435.1 Mn in 2018 to reach US$ 1,566.5 Mn by 2028 at a CAGR of 13.7%. The global space economy, valued at around 383.5 billion U.S. dollars in 2017, includes a range of activities.'));
    expect(m).toMatchObject({ base: { value: 435.1e6, year: 2018 }, forecast: { value: 1566.5e6, year: 2028 }, otherFigures: [] });
  });
});

describe('a market a page sizes without the usual words', () => {
  it('"SIEM has also grown into a $2.5 billion-dollar market": the subject is the market, sized by the scale glued to "dollar"', () => {
    const s = analyzeHtml(page('ESG blog archive, January 2019', 'The SIEM market evolved over the past 19 years.', 'SIEM has also grown into a $2.5 billion-dollar market, dominated by vendors like Splunk.'));
    expect(s.isMarketReport).toBe(true);
    expect(s.markets[0]).toMatchObject({ base: { value: 2.5e9, year: null } });
  });

  it('"Global spending on RPA software is estimated to be $2.4 billion in 2022" on a page that never says "market"', () => {
    const s = analyzeHtml(page('Robotic process automation', 'Global spending on RPA software is estimated to be $2.4 billion in 2022.'));
    expect(s.isMarketReport).toBe(true);
    expect(s.markets[0]).toMatchObject({ geography: 'Global', base: { value: 2.4e9, year: 2022 } });
  });
});

describe('a size said in an opening phrase', () => {
  it('"With more than 300 billion dollars in revenue worldwide, the video game industry …": the opener sizes the market', () => {
    const m = primary(page('Video games', 'With more than 300 billion dollars in revenue worldwide, the video game industry now weighs more than the film and music industries combined.'));
    expect(m).toMatchObject({ name: 'video game industry', base: { value: 300e9, year: null, qualifier: 'over' } });
  });

  it('"With $5 billion in revenue, Apple’s services arm …" sizes no market', () => {
    expect(analyzeHtml(page('Apple', 'With $5 billion in revenue, Apple’s services arm grew fastest.')).isMarketReport).toBe(false);
  });
});

describe('a year that dates the market it follows', () => {
  it('"The endpoint security market for 2017 is estimated at over $10B": "for" dates the figure as "in" does', () => {
    expect(primary(page('Endpoint Security', 'The endpoint security market for 2017 is estimated at over $10B this year.')).base).toMatchObject({ value: 10e9, year: 2017, qualifier: 'over' });
  });
});

describe('a change of size named by its noun', () => {
  it('"MarketsandMarkets sees growth from $71.4 billion in 2025 to $890.6 billion by 2032 (≈43.4% CAGR)": the figures the rate is checked on', () => {
    const m = primary(page('Generative AI Market Outlook', 'Estimates of the generative AI market vary widely. MarketsandMarkets similarly sees growth from $71.4 billion in 2025 to $890.6 billion by 2032 (≈43.4% CAGR).'));
    expect(m).toMatchObject({ base: { value: 71.4e9, year: 2025 }, forecast: { value: 890.6e9, year: 2032 }, cagr: { rate: 0.434, from: 2025, to: 2032 }, verdict: 'consistent' });
  });
});

describe('more sizing verbs and names', () => {
  it('"global guitar sales topped $9.2 billion", "Spending for K-12 education technology will reach $83.6 billion"', () => {
    expect(analyzeHtml(page('Guitars', 'The music industry is changing. Last year, global guitar sales topped $9.2 billion.')).markets.find((m) => /guitar/.test(m.name))).toMatchObject({ base: { value: 9.2e9, year: null } });
    const school = analyzeHtml(page('Back to school', 'Retail industry news.', 'Spending for K-12 education technology will reach $83.6 billion in 2025.'));
    expect(school.markets.find((m) => /K-12/.test(m.name))).toMatchObject({ name: 'Spending for K-12 education technology', forecast: { value: 83.6e9 } });
  });
});

describe('a trade called a business', () => {
  it('"the worldwide oral health business will be worth more than $70 billion": a trade sized with its place; "our business" is none', () => {
    const m = primary(page('Oral care', 'By 2031, the worldwide oral health business will be worth more than $70 billion, rising from $50 billion in 2020, representing a 3.1 percent annual growth rate. As people are aware of the risks of poor oral care, the market for dental hygiene products is increasing.'));
    expect(m).toMatchObject({ geography: 'Global', base: { value: 50e9, year: 2020 }, forecast: { value: 70e9, year: 2031, qualifier: 'over' }, cagr: { rate: 0.031 }, verdict: 'consistent' });
    expect(analyzeHtml(page('Results', 'The software industry is changing. Our business will be worth more than $70 billion by 2031.')).markets.filter((x) => /business/i.test(x.name))).toEqual([]);
  });
});

describe('an occasion’s spending', () => {
  it('"Valentine’s Day spending is expected to reach $23.9 billion this year, up from $21.8 billion in 2021": a day, not an owner', () => {
    const s = analyzeHtml(page('Valentine’s Day', 'The retail industry is watching. Valentine’s Day spending is expected to reach $23.9 billion this year, up from $21.8 billion in 2021.'));
    expect(s.markets.find((m) => /Valentine/.test(m.name))).toMatchObject({ base: { value: 21.8e9, year: 2021 } });
    // Read from the page's text (the cheap look passes on no page that says only this).
    const mothers = analyzeBlocks([{ kind: 'text', text: 'Mother’s Day spending is expected to top 23-billion-dollars in the U.S.' }]).markets;
    expect(mothers.find((m) => /Mother/.test(m.name))).toMatchObject({ forecast: { value: 23e9, currency: 'USD' } });
  });
});

describe('a statistics portal’s segment', () => {
  it('"Revenue in the Refrigerators segment amounts to US$131.20bn in 2024. The market is expected to grow annually by 3.50% (CAGR 2024-2029)."', () => {
    const m = primary(page('Refrigerators - Worldwide', 'Revenue in the Refrigerators segment amounts to US$131.20bn in 2024. The market is expected to grow annually by 3.50% (CAGR 2024-2029).'));
    expect(m).toMatchObject({ name: 'Refrigerators segment', base: { value: 131.2e9, year: 2024 }, cagr: { rate: 0.035, from: 2024, to: 2029 } });
  });
});

describe('a deadline in other words', () => {
  it('"estimated to reach $12.7 billion no later than 2024" is a 2024 forecast', () => {
    expect(primary(page('Widget Market', 'The widget market was valued at $8 billion in 2019 and is estimated to reach $12.7 billion no later than 2024.'))).toMatchObject({
      base: { value: 8e9, year: 2019 },
      forecast: { value: 12.7e9, year: 2024 },
    });
  });
});

describe('a place the title names', () => {
  const india = (title: string) =>
    page(
      title,
      'The ed-tech market is expected to reach USD 2 billion by 2021, growing at a CAGR of 52%.',
      'Worldwide, the global ed-tech market will grow to USD 10 trillion by 2030.',
    );

  it('"Ed-tech in India: …" places the market the text names bare; the global market sized later is another, with no CAGR to fail', () => {
    const s = analyzeHtml(india('Ed-tech in India: a booming sector'));
    expect(s.markets[0]).toMatchObject({ geography: 'India', forecast: { value: 2e9, year: 2021 }, verdict: 'cannot-check' });
    expect(s.markets.find((m) => m.geography === 'Global')).toMatchObject({ forecast: { value: 10e12, year: 2030 }, cagr: null });
    expect(s.markets.some((m) => m.verdict === 'inconsistent')).toBe(false);
  });

  it('a title naming two places, or a place only in the site\'s name after a separator, places nothing', () => {
    expect(analyzeHtml(india('Ed-tech in India and China')).markets[0]!.geography).not.toBe('India');
    expect(analyzeHtml(india('A booming sector | The Times of India')).markets[0]!.geography).not.toBe('India');
  });
});

describe('takings as a verb\'s object', () => {
  it('"The apparel industry generated revenues of $1.5 trillion": the industry is the market, not "generated revenues"', () => {
    const m = primary(page('Apparel', 'The apparel industry generated revenues of $1.5 trillion in 2022; they are forecast to climb to $2 trillion by 2028.'));
    expect(m).toMatchObject({ name: 'apparel industry', base: { value: 1.5e12, year: 2022 }, forecast: { value: 2e12, year: 2028 } });
  });
});

describe('a forecast said as what could be', () => {
  it('"a CAGR of 10.5% through 2024, when it could be worth $30 billion": the period\'s end dates the figure', () => {
    const m = primary(page('Zinc-Air Cell Market', 'The global zinc-air cell market expects a CAGR of 10.5% through 2024, when it could be worth $30 billion, a new study says.'));
    expect(m).toMatchObject({ forecast: { value: 30e9, year: 2024 }, cagr: { rate: 0.105, to: 2024 } });
  });

  it('"Rechargeable cells lead the market by size, with a 2019 value of $9.1 billion": what leads the market is a part of it', () => {
    const m = primary(
      page(
        'Zinc-Air Cell Market',
        'The global zinc-air cell market expects a CAGR of 10.5% through 2024, when it could be worth $30 billion.',
        'Rechargeable cells lead the market by size and growth, with a 2019 value of $9.1 billion and a CAGR of 11.2%.',
      ),
    );
    expect(m).toMatchObject({ base: null, forecast: { value: 30e9, year: 2024 }, otherFigures: [], verdict: 'cannot-check' });
  });
});

describe('figures and years paired "respectively"', () => {
  it('"USD 2.1 billion and USD 3.4 billion in 2023 and 2030, respectively": each figure takes its year in order', () => {
    const m = primary(page('Gasket Market', 'The gasket market size is expected to be USD 2.1 billion and USD 3.4 billion in 2023 and 2030, respectively, growing at a CAGR of 7.1%.'));
    expect(m).toMatchObject({ base: { value: 2.1e9, year: 2023 }, forecast: { value: 3.4e9, year: 2030 }, cagr: { rate: 0.071 }, verdict: 'consistent' });
  });

  it('three of each, the years first: "In 2020, 2025 and 2030, … $1 billion, $1.5 billion and $2 billion, respectively"', () => {
    const m = primary(page('Gasket Market', 'In 2020, 2025 and 2030, the gasket market is valued at $1 billion, $1.5 billion and $2 billion, respectively.'));
    expect(m).toMatchObject({ base: { value: 1e9, year: 2020 }, forecast: { value: 2e9, year: 2030 }, otherFigures: [{ value: 1.5e9, year: 2025 }] });
  });
});

describe('a change dated by the span said before it', () => {
  it('"… a CAGR of 6.4% in the 2022–2030 period, from USD 2.5 billion to USD 4.1 billion": the span\'s ends date the change\'s', () => {
    const m = primary(page('Gasket Market', 'The gasket market will grow at a CAGR of 6.4% in the 2022–2030 period, from USD 2.5 billion to USD 4.1 billion.'));
    expect(m).toMatchObject({ base: { value: 2.5e9, year: 2022 }, forecast: { value: 4.1e9, year: 2030 }, verdict: 'consistent' });
  });

  it('"… during FY22-FY30 to INR 4,100 crore from INR 2,500 crore in FY22": the change said end first', () => {
    const m = primary(page('Gasket Market', 'The Indian gasket market is projected to grow at a CAGR of 6.4% during FY22-FY30 to INR 4,100 crore from INR 2,500 crore in FY22.'));
    expect(m).toMatchObject({ base: { value: 25e9, year: 2022 }, forecast: { value: 41e9, year: 2030 }, cagr: { from: 2022, to: 2030 }, verdict: 'consistent' });
    // A start dated other than the span's start leaves the end undated.
    const other = primary(page('Gasket Market', 'The gasket market is projected to grow at a CAGR of 6.4% during 2022-2030 to USD 4.1 billion from USD 2.5 billion in 2020.'));
    expect(other).toMatchObject({ base: { value: 2.5e9, year: 2020 }, forecast: null });
  });

  it('"From 2010 to 2020, the market size of China’s pet industry has increased from 13.44 billion yuan to 72.73 billion yuan"', () => {
    const m = primary(page('Pet Industry Market', 'From 2010 to 2020, the market size of China’s pet industry has increased from 13.44 billion yuan to 72.73 billion yuan. It grew at a CAGR of nearly 20%.'));
    expect(m).toMatchObject({ base: { value: 13.44e9, currency: 'CNY', year: 2010 }, forecast: { value: 72.73e9, year: 2020 }, cagr: { rate: 0.2, from: 2010, to: 2020 }, verdict: 'consistent' });
    // A place the rate is compared with does not place it elsewhere.
    const compared = primary(page('Pet Industry Market', 'From 2010 to 2020, the market size of China’s pet industry has increased from 13.44 billion yuan to 72.73 billion yuan. It grew at a CAGR of nearly 20%, which is higher than the global growth rate.'));
    expect(compared.cagr).toMatchObject({ rate: 0.2, from: 2010, to: 2020 });
    // A span that does not open the sentence dates nothing it does not say.
    const later = primary(page('Pet Industry Market', 'The market size of China’s pet industry has increased from 13.44 billion yuan to 72.73 billion yuan, a forecast for 2010 to 2020 says.'));
    expect(later.base ?? later.forecast ?? later.otherFigures[0]).toMatchObject({ year: null });
  });

  it('a span in another clause dates nothing', () => {
    const m = primary(page('Gasket Market', 'Between 2018-2020 gasket sales fell; the gasket market will grow from $2.5 billion to $4.1 billion.'));
    expect([m.base?.year ?? null, m.forecast?.year ?? null]).toEqual([null, null]);
  });
});

describe('a part\'s contribution to the market', () => {
  it('"Lithium-ion cells contributed USD 21.5 billion to the battery market in 2022" is the part\'s, no second size of the market', () => {
    const m = primary(
      page(
        'Traction Battery Market',
        'The global traction battery market reached USD 34 billion in 2022 and is expected to grow at a CAGR of 15.4% from 2023 to 2032.',
        'Lithium-ion cells contributed USD 21.5 billion to the traction battery market in 2022.',
        'Lead-acid packs accounted for USD 6 billion of the market that year.',
      ),
    );
    expect(m).toMatchObject({ base: { value: 34e9, year: 2022 }, otherFigures: [], verdict: 'cannot-check' });
    expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(false);
  });

  it('"The traction battery market contributed USD 5 billion to the economy": what a trade adds to a whole is no size', () => {
    const m = primary(page('Traction Battery Market', 'The global traction battery market reached USD 34 billion in 2022.', 'The traction battery market contributed about USD 5 billion to India’s GDP in 2023.'));
    expect(m).toMatchObject({ base: { value: 34e9, year: 2022 }, forecast: null, otherFigures: [] });
  });
});

describe('the pace of a change', () => {
  it('"growing from $41.97bn in 2024 to $143.28bn in 2031 at an average annual rate of 17.91%" states the change\'s yearly rate', () => {
    const m = primary(page('Global battery storage market to reach $143bn by 2031',
      'The battery energy storage systems market is set to soar, growing from $41.97bn in 2024 to $143.28bn in 2031 at an average annual rate of 17.91%.'));
    expect(m.cagr).toMatchObject({ rate: 0.1791, from: 2024, to: 2031 });
    // 41.97 → 143 over seven years is 19.1 %/yr at the least, more than any average of yearly rates below it allows.
    expect(m.verdict).toBe('inconsistent');
    // An average of yearly rates is never below the compound rate: stated above the figures' 19.1 %/yr it is no
    // contradiction, and it says so as an average.
    const above = primary(page('Global battery storage market to reach $143bn by 2031',
      'The battery energy storage systems market is set to soar, growing from $41.97bn in 2024 to $143.28bn in 2031 at an average annual rate of 21%.'));
    expect(above.cagr).toMatchObject({ rate: 0.21, average: true, interval: { low: null, high: 0.215 } });
    expect(above.verdict).toBe('consistent');
    expect(m.findings[0]!.math.join(' ')).toContain('an average of yearly rates is never below it');
    // A pace of something else after a comma is no pace of the change.
    const other = primary(page('Widget Market', 'The widget market grew from $4 billion in 2020 to $5 billion in 2024, and inflation ran at an annual rate of 3%.'));
    expect(other.cagr).toBeNull();
  });
});

describe('a later sentence of a paragraph that named no market', () => {
  it('"The Moody’s prediction proved to be correct. The numbers … a projected increase to $595 billion by 2024" goes on about the paragraph before', () => {
    const m = primary(page('Medical Devices Report',
      'At the end of 2018, a report predicted that 2019 would be a standout year for the medical device industry.',
      'The prediction proved to be correct. The numbers so far are estimated to be $475 billion, with a projected increase to $595 billion by 2024.'));
    expect(m).toMatchObject({ name: 'medical device industry', forecast: { value: 595e9, year: 2024 } });
  });
});

describe('a link\'s text run into the words around it', () => {
  it('"TheActive Pharmaceutical Ingredients (API) Marketis expected to reach USD 251.3 billion in 2028 from USD 182.5 billion in 2020"', () => {
    const m = primary(page('Active Pharmaceutical Ingredients (API) Market is Expected to Reach USD 251.3 Billion Registering a CAGR of 6.2% by 2028',
      'TheActive Pharmaceutical Ingredients (API) Marketis expected to reach USD 251.3 billion in 2028 from USD 182.5 billion in 2020 at a CAGR of 6.2% during the forecast period.'));
    expect(m).toMatchObject({ base: { value: 182.5e9, year: 2020 }, forecast: { value: 251.3e9, year: 2028 }, verdict: 'inconsistent' });
  });
});

describe('a total reported', () => {
  it('"The pet industry in the U.S. came in at $66.75 billion in 2016": "came in at" states a size', () => {
    const m = primary(page('Pet Industry Market Report', 'The pet industry in the U.S. came in at $66.75 billion in 2016.'));
    expect(m).toMatchObject({ name: 'Pet Industry', geography: 'U.S.', base: { value: 66.75e9, year: 2016 } });
    // Without a currency of its own, an amount counts only after a size's verb, and takes the market's other figures'.
    const bare = primary(page('Pet Industry Market Report', 'The pet industry came in at 60.28 billion in 2015 and will reach USD 72.1 billion by 2018.'));
    expect(bare.base).toMatchObject({ value: 60.28e9, year: 2015, currency: 'USD' });
  });
});

describe('an amount restated in another currency between a figure and its year', () => {
  it('"an estimated value of $71.2 billion (SR267 billion) by the end of 2014": the year after the restatement dates the figure', () => {
    const m = primary(page('Saudi Retail Market', "Saudi Arabia's retail market is projected to grow at an estimated value of $71.2 billion (SR267 billion) by the end of 2014 compared to $66.7 billion (SR250 billion) in 2012."));
    expect(m).toMatchObject({ base: { value: 66.7e9, currency: 'USD', year: 2012 }, forecast: { value: 71.2e9, currency: 'USD', year: 2014 } });
  });
});

describe('a place that labels a figure', () => {
  it('"(Germany 2016: 9.5 billion euros)", "and Italy (2.3 billion euros) (2015 data)": the place\'s part, not the market\'s', () => {
    const s = analyzeHtml(page('Organic Market in Europe',
      'In 2015, the organic market in Europe nearly reached 30 billion euros.',
      'Germany is the largest organic market in Europe, followed by France and Italy (2.3 billion euros) (2015 data).',
      'The first figures available for 2016 show that the market continues to grow (Germany 2016: 9.5 billion euros).'));
    expect(s.markets[0]).toMatchObject({ base: { value: 30e9, year: 2015 }, forecast: null, otherFigures: [] });
    expect(s.markets.find((m) => m.geography === 'Germany')).toMatchObject({ base: { value: 9.5e9, year: 2016 } });
    expect(s.markets.find((m) => m.geography === 'Italy')).toMatchObject({ base: { value: 2.3e9, year: 2015 } });
  });
});

describe('a cannabis sales forecast', () => {
  const s = analyzeHtml(page('Global Cannabis Market Expected to Reach Nearly $60 Billion by 2027',
    'The global cannabis market is poised for massive growth, with projected sales of nearly $60 billion by 2027, according to a recent market forecast by BDSA. This represents a nearly doubling of the industry’s sales from $32 billion in 2022.',
    'The United States is expected to continue to dominate the global cannabis market, with three-quarters of the $59.6 billion in sales projected for 2027 coming from U.S. markets alone.',
    'The U.S. cannabis market is projected to reach $44.5 billion in sales by 2027.'));

  it('"a recent market forecast by BDSA" names no market: the industry\'s sales from $32 billion are the page\'s market\'s', () => {
    expect(s.markets[0]).toMatchObject({ name: 'Global Cannabis Market', base: { value: 32e9, year: 2022 }, forecast: { value: 60e9, year: 2027 } });
    expect(s.markets.map((m) => m.name)).not.toContain('recent market');
  });

  it('"three-quarters of the $59.6 billion … coming from U.S. markets": the whole a share is of is no size of the part', () => {
    const us = s.markets.find((m) => m.geography === 'U.S.')!;
    expect(us.forecast).toMatchObject({ value: 44.5e9, year: 2027 });
    expect(us.otherFigures).toEqual([]);
    expect(us.verdict).not.toBe('inconsistent');
    expect(s.markets[0]!.otherFigures).toMatchObject([{ value: 59.6e9, year: 2027 }]);
  });
});

describe('an aside between a figure and its year', () => {
  it('"forecast to reach $1.6 trillion—a 2% compound annual growth rate (CAGR)—through 2019": the year after the aside dates the figure', () => {
    const m = primary(page('Electronic systems market declines in 2015',
      'Total production value of electronic systems is set to decline by 2% in 2015, the fourth time the sector has seen a decline. Total production value for 2015 is estimated at $1.4 trillion and forecast to reach $1.6 trillion—a 2% compound annual growth rate (CAGR)—through 2019.'));
    expect(m).toMatchObject({ base: { value: 1.4e12, year: 2015 }, forecast: { value: 1.6e12, year: 2019 }, cagr: { rate: 0.02, from: 2015, to: 2019 }, verdict: 'consistent' });
    // An aside with no rate in it is no such aside: its own year may be what it says.
    const other = primary(page('Widget Market', 'The widget market will reach $1.6 trillion (the most since 2001) in total.'));
    expect(other.base ?? other.forecast).toMatchObject({ value: 1.6e12, year: null });
  });
});

describe('a headline that sizes one of the markets it names', () => {
  it('"Life sciences sector to drive UK pharmaceutical market to $43B by 2020" is about the pharmaceutical market', () => {
    const s = analyzeHtml(page('Life sciences sector to drive UK pharmaceutical market to $43B by 2020',
      'A strong life sciences sector will drive the U.K. pharmaceutical market to a value of about $43 billion by 2020, up from $28.8 billion in 2015.',
      'This represents a compound annual growth rate (CAGR) of 8.4 percent.',
      'The pharmaceutical industry was the sixth largest contributor to the balance of trade, contributing $46.9 billion (£32.4 billion) to the economy in 2014.'));
    expect(s.markets[0]).toMatchObject({ name: 'UK pharmaceutical market', geography: 'United Kingdom', base: { value: 28.8e9, year: 2015 }, forecast: { value: 43e9, year: 2020 }, cagr: { rate: 0.084 }, verdict: 'consistent' });
    // "This represents a CAGR of …", a paragraph of its own, is the rate of the change the paragraph before states.
    expect(s.markets[0]!.cagr).toMatchObject({ from: 2015, to: 2020 });
    // What the industry adds to the economy, restated in pounds, is no size of it.
    expect(s.markets[0]!.otherFigures).toEqual([]);
  });
});

describe('a rate whose subject is something else', () => {
  it('"The global offshore wind development is expected to experience a 16 percent CAGR": not the wind capacity market\'s rate', () => {
    const m = primary(
      page(
        'Global Wind Capacity Market Value',
        'Analysts forecast the global wind capacity market value to increase from $92b in 2019 to $1t by 2028.',
        'The global offshore wind development is expected to experience a 16 percent compound annual growth rate by 2028.',
      ),
    );
    expect(m).toMatchObject({ base: { value: 92e9, year: 2019 }, forecast: { value: 1e12, year: 2028 }, cagr: null, verdict: 'cannot-check' });
  });

  it('"The adoption of NGS, anticipated to grow at a CAGR of 22.8%, is … within the sector": the aside\'s subject owns the rate', () => {
    const m = primary(
      page(
        'Genetic Testing Market',
        'The global genetic testing market is expected to reach US$ 39.2 billion by 2032 from US$ 17.4 billion in 2023.',
        'The adoption of next-generation sequencing (NGS), anticipated to grow at a CAGR of 22.8%, is playing a crucial role in driving innovation within the sector.',
      ),
    );
    expect(m).toMatchObject({ base: { value: 17.4e9 }, forecast: { value: 39.2e9 }, cagr: null });
    // The market in the aside keeps it.
    const own = primary(page('Genetic Testing Market', 'The genetic testing market, anticipated to grow at a CAGR of 9.7%, was worth US$ 17.4 billion in 2023.'));
    expect(own.cagr).toMatchObject({ rate: 0.097 });
  });

  it('"drug discovery technology added $9 billion to the precision medicine market …, and is estimated to expand at 8.3%": the part\'s rate', () => {
    const m = primary(
      page(
        'Precision Medicine Market',
        'The precision medicine market is expected to reach $87.79 billion by 2023.',
        'The report said that drug discovery technology added more than $9 billion to the global precision medicine market in 2015, and is estimated to expand at 8.3 percent compound annual growth rate from 2016 to 2023.',
        'Food accounted for 28.54% of the global precision medicine market in 2024, while e-commerce is climbing at a 5.07% CAGR.',
      ),
    );
    expect(m).toMatchObject({ forecast: { value: 87.79e9, year: 2023 }, cagr: null, otherCagrs: [] });
    // The market named as the subject keeps its rate.
    const own = primary(page('Precision Medicine Market', 'The precision medicine market added $9 billion in 2015 and is estimated to expand at 8.3% CAGR from 2016 to 2023.'));
    expect(own.cagr).toMatchObject({ rate: 0.083, from: 2016, to: 2023 });
  });

  it('"The availability of scanners is expected to fuel … and lead to a CAGR of 6.2%": a subject that causes growth leaves the rate with the market', () => {
    const m = primary(page('Radiopharmaceuticals Market',
      'The North American radiopharmaceuticals market could double from more than $2 billion in 2015 to $4 billion by 2026.',
      'The widespread availability of SPECT and PET scanners is expected to fuel an increase in procedures in North America and lead to a compound annual growth rate of 6.2%.'));
    expect(m.cagr).toMatchObject({ rate: 0.062 });
  });

  it('"The range is projected to touch US$ 18.42 billion by 2025, growing at a CAGR of 5.5%": a subject sized as the market keeps its rate', () => {
    const m = primary(page('Global Tea Market',
      'The scope of the global tea market was appreciated at US$ 12.63 billion in 2018. The range is projected to touch US$ 18.42 billion by 2025, growing at a CAGR of 5.5% for the duration of the forecast.'));
    expect(m).toMatchObject({ forecast: { value: 18.42e9, year: 2025 }, cagr: { rate: 0.055 } });
    // (18.42 / 12.63)^(1/7) - 1 = 5.54%
    expect(m.verdict).toBe('consistent');
  });

  it('"by FY\'19", "in FY’14": a fiscal year written with an apostrophe dates its figure', () => {
    const m = primary(page('Indian Agrochemical Industry',
      "The Indian agrochemical industry grew from INR 40 crore in FY'14 and is expected to reach INR 65 crore by FY’19."));
    expect(m).toMatchObject({ base: { value: 400_000_000, year: 2014 }, forecast: { value: 650_000_000, year: 2019 } });
  });

  it('"touching a valuation of USD 3,147.29 Million in the year 2027", "touches USD 4.2 billion": every form of "touch" sizes the market', () => {
    const m = primary(page('Smart Irrigation Market',
      'The global market for smart irrigation has been foreseen to rise with a 17.1% CAGR, touching a valuation of USD 3,147.29 Million in the year 2027.'));
    expect(m).toMatchObject({ forecast: { value: 3_147_290_000, year: 2027 }, cagr: { rate: 0.171 } });
    const n = primary(page('Widget Market', 'The widget market touches USD 4.2 billion in 2025 and is touching USD 6.1 billion by 2030.'));
    expect(n).toMatchObject({ base: { value: 4.2e9, year: 2025 }, forecast: { value: 6.1e9, year: 2030 } });
  });

  it('a subject that speaks of the market, its product or a part of the product\'s name keeps the rate with the market', () => {
    const lead = 'The global wind capacity market was valued at $92b in 2019.';
    for (const rated of [
      'Demand is expected to grow at a CAGR of 16% through 2028.',
      'Wind capacity additions are expected to grow at a CAGR of 16% through 2028.',
      'Wind is expected to grow at a CAGR of 16% through 2028.',
      'It is expected to grow at a CAGR of 16% through 2028.',
      // Not a forecast said of a subject: a source's view, an opinion.
      'Analysts at Navigant see the value growing at a CAGR of 16% through 2028.',
      'Current opinion is that it will grow at a CAGR of 16% through 2028.',
    ]) {
      expect(primary(page('Global Wind Capacity Market', lead, rated)).cagr, rated).toMatchObject({ rate: 0.16, to: 2028 });
    }
  });
});

describe('one country under its names', () => {
  it('"U.S. demand for orthopedic implants" and "demand for orthopedic implants in the United States" are one market', () => {
    const markets = analyzeHtml(page('U. S. Demand for Orthopedic Implants to Approach $22 Billion in 2012',
      'According to a new market study, demand for orthopedic implants in the United States is projected to increase 8.9% annually to nearly $22 billion in 2012.')).markets;
    expect(markets).toHaveLength(1);
    expect(markets[0]).toMatchObject({ geography: 'U.S.', forecast: { value: 22e9, year: 2012 }, cagr: { rate: 0.089 } });
  });
});

describe('an undated size a forecast grows from', () => {
  it('"is forecast to grow from $5.9 billion to a whopping $8.9 billion by 2025": the start is the base, with no year, never checked', () => {
    const m = primary(page('Plant-Based Protein Market', 'The global plant-based protein market is forecast to grow from $5.9 billion to a whopping $8.9 billion by 2025 (a CAGR of 8.5%).'));
    expect(m).toMatchObject({ base: { value: 5.9e9, year: null }, forecast: { value: 8.9e9, year: 2025 }, verdict: 'cannot-check' });
    // An undated size said apart may be where the market goes: "Becoming a $1B Industry" is no start.
    const n = primary(page('Widget Tech Is Becoming a $1B Industry', 'The widget tech market is expected to reach $1.1 billion by 2024.'));
    expect(n).toMatchObject({ base: null, forecast: { value: 1.1e9, year: 2024 } });
  });
});

describe('a title\'s phrase before the market, and rates of what else grows', () => {
  it('"Spurred by Significant Interest and Activity, Total Augmented Reality Market Will Reach …": the name starts after the phrase\'s comma', () => {
    const title = (t: string) => analyzeHtml(page(t, 'The market is growing fast.')).markets[0]!.name;
    expect(title('Spurred by Significant Interest and Activity, Total Augmented Reality Market Will Reach US$220 Billion by 2027')).toBe('Total Augmented Reality Market');
    // A coordinated name keeps its first entries.
    expect(title('Global Oil, Gas & Chemicals Market Will Reach US$220 Billion by 2027')).toBe('Global Oil, Gas & Chemicals Market');
  });

  it('"with 118% and 101% installed base CAGRs, respectively": rates of another measure are not the market\'s', () => {
    const m = primary(page('Augmented Reality Market',
      'The augmented reality market will reach US$220 billion by 2027.',
      'Media and entertainment and sports and fitness lead in adoption and growth over the next five years, with 118% and 101% installed base CAGRs, respectively.'));
    expect(m.cagr).toBeNull();
    // The market's own measures keep their rates: "a 12% revenue CAGR", "7.6% of CAGR".
    expect(primary(page('Augmented Reality Market', 'The augmented reality market will post a 12% revenue CAGR through 2027.')).cagr).toMatchObject({ rate: 0.12 });
    expect(primary(page('Augmented Reality Market', 'The augmented reality market is expected to register 7.6% of CAGR by 2032.')).cagr).toMatchObject({ rate: 0.076 });
  });
});

describe('a market named in a quoted report title', () => {
  it('"According to the report “India Data Center Colocation Market – …”, the market will increase …" is the text\'s market', () => {
    const markets = analyzeHtml(page('Data center market in India',
      'The data center market in India is experiencing exponential growth, with a projected annual compound rate of 24.6% between 2023 and 2029. According to the report “India Data Center Colocation Market – Supply & Demand Analysis 2024-2029” published by ResearchAndMarkets.com, the market will increase from an estimated value of $1.2 billion in 2023 to $4.51 billion in 2029.')).markets;
    expect(markets).toHaveLength(1);
    expect(markets[0]).toMatchObject({ base: { value: 1.2e9, year: 2023 }, forecast: { value: 4.51e9, year: 2029 }, cagr: { rate: 0.246 }, verdict: 'consistent' });
    // A market named in quotes that are no report's title is named.
    const quoted = analyzeHtml(page('Data center market in India', 'Analysts call it “the India data center colocation market”, which was worth $1.2 billion in 2023.')).markets;
    expect(quoted.map((m) => m.name)).toContain('India data center colocation market');
  });
});

describe('a figure set before the market it sizes', () => {
  it('"North America accounts for a 41% revenue share of the nearly $316 billion global e-learning market as of 2022": the global market\'s', () => {
    const s = analyzeHtml(page('Online Learning Statistics',
      'The global e-learning market was valued at $300 billion in 2021.',
      'North America accounts for a 41% revenue share of the nearly $316 billion global e-learning market as of 2022.'));
    expect(s.markets[0]!.forecast).toMatchObject({ value: 316e9, year: 2022 });
    expect(s.markets.some((m) => m.geography === 'North America')).toBe(false);
  });

  it('"- $18.9 billion global programmable logic controller (PLC) market in 2023, per …": the year after the market\'s head dates it', () => {
    const m = primary(page('PLC Market', '- $18.9 billion global programmable logic controller (PLC) market in 2023, per Fortune Business Insights.'));
    expect(m.base).toMatchObject({ value: 18.9e9, year: 2023 });
    // A year past a verb dates something else.
    const n = primary(page('PLC Market', 'A $18.9 billion global PLC market is what analysts saw, up from sales in 2023.'));
    expect(n.base).toMatchObject({ value: 18.9e9, year: null });
  });
});

describe('a segment named between the market and its figure', () => {
  it('"… for the waste management market will be the disposal segment, which is … forecast to reach $230.7 billion": the segment\'s, no contradiction', () => {
    const m = primary(page('Waste Management Market',
      'Allied Market Research forecasts the global waste management market to reach $435 billion by 2023, after being valued at $285 billion in 2016.',
      'The report anticipates that the fastest growing service for the waste management market will be the disposal segment, which is expected to grow by 6.9% and is forecast to reach $230.7 billion by 2023.'));
    expect(m).toMatchObject({ base: { value: 285e9, year: 2016 }, forecast: { value: 435e9, year: 2023 }, otherFigures: [], cagr: null });
    expect(m.verdict).toBe('cannot-check');
  });
});

describe('a title that rounds the text\'s figure', () => {
  it('"Satellite comms sector worth $46bn by 2028" over "the SATCOM market … to $46.50 billion in 2028" is one market', () => {
    const markets = analyzeHtml(page('Forecast: Satellite comms sector worth $46bn by 2028',
      'The report says the satellite communications (SATCOM) market size was $23.44 billion in 2020. It is projected to grow from $25.33 billion in 2021 to $46.50 billion in 2028 at a CAGR of 9.07 per cent.')).markets;
    expect(markets).toHaveLength(1);
    // The title comes first on the page: its figure is the forecast, the text's the other figure of 2028.
    expect(markets[0]).toMatchObject({ base: { value: 23.44e9, year: 2020 }, forecast: { value: 46e9, year: 2028 }, cagr: { rate: 0.0907, from: 2021, to: 2028 } });
    expect(markets[0]!.otherFigures.map((f) => f.value)).toEqual([25.33e9, 46.5e9]);
    // A title figure no text figure of its year rounds to stays apart.
    expect(analyzeHtml(page('Forecast: Satellite comms sector worth $52bn by 2028',
      'The report says the satellite communications (SATCOM) market size was $23.44 billion in 2020 and will reach $46.50 billion in 2028.')).markets).toHaveLength(2);
  });
});

describe('the place a title names', () => {
  it('"Genetic Testing Market To Reach US$ 39.2 Billion": the "US" of "US$" is the currency, and the title\'s market is the global one the text sizes', () => {
    const markets = analyzeHtml(
      page('Genetic Testing Market To Reach US$ 39.2 Billion By 2032', 'Global Genetic Testing Market size is expected to be worth around US$ 39.2 Billion by 2032 from US$ 17.4 Billion in 2023.'),
    ).markets;
    expect(markets).toHaveLength(1);
    expect(markets[0]).toMatchObject({ geography: 'Global', base: { value: 17.4e9, year: 2023 }, forecast: { value: 39.2e9, year: 2032 } });
  });
});

describe('a size as reported', () => {
  it('"with a reported size of approximately USD 190.4 billion in 2023": the market\'s size, not a company\'s report', () => {
    const m = primary(page('Cybersecurity Market', 'The global cybersecurity market is robust, with a reported size of approximately USD 190.4 billion in 2023, projected to reach USD 298.5 billion by 2028.'));
    expect(m).toMatchObject({ base: { value: 190.4e9, year: 2023, qualifier: 'approx' }, forecast: { value: 298.5e9, year: 2028 } });
    // A company's report stays one.
    expect(analyzeHtml(page('Cybersecurity Market', 'Acme reported sales of USD 19.4 billion in 2023.')).markets).toEqual([]);
  });
});

describe('a figure placed elsewhere than the market', () => {
  it('"Global textile and apparel trade was around $910 billion in 2021 …, according to a … report titled \'… Roadmap for $350 Billion Market by 2030\'": the world\'s, not India\'s', () => {
    const m = primary(page('Textile Market',
      'India’s textile and apparel market is expected to hit $350 billion at a 10 per cent CAGR by 2030. The market size was also estimated to be around $165 billion in 2022.',
      'Global textile and apparel trade was around $910 billion in 2021 and is expected to grow at a CAGR of 4 per cent to reach $1.2 trillion by 2030, according to a knowledge report titled ‘Textile Industry’s Amrit Kaal: Roadmap for $350 Billion Market by 2030’ by the Federation of Indian Chambers of Commerce & Industry.'));
    expect(m).toMatchObject({ geography: 'India', base: { value: 165e9, year: 2022 }, forecast: { value: 350e9, year: 2030 } });
    expect(m.otherFigures.map((f) => f.value)).not.toContain(910e9);
    expect(m.verdict).toBe('consistent');
  });

  it('"global EdTech expenditure will grow to USD 10 trillion" on a page about the industry in India is not India\'s forecast', () => {
    const m = primary(
      page(
        'A Booster for the EdTech Industry in India',
        'The EdTech sector is seeing significant investment globally. By 2030, it is expected that global EdTech expenditure will grow to USD 10 trillion. The sector in India is expected to grow at a CAGR of 52% to become a USD 2 billion industry by 2021.',
      ),
    );
    expect(m).toMatchObject({ geography: 'India', base: null, forecast: { value: 2e9, year: 2021 }, cagr: { rate: 0.52 }, verdict: 'cannot-check' });
  });

  it('a sentence that names the market\'s own place, or no place, still speaks of the topic', () => {
    const m = primary(
      page(
        'EdTech Industry in India',
        'The EdTech industry in India was worth USD 0.8 billion in 2019. It is expected to reach USD 2 billion in 2021, a share of the global total that keeps rising in India.',
      ),
    );
    expect(m).toMatchObject({ base: { value: 0.8e9, year: 2019 }, forecast: { value: 2e9, year: 2021 } });
  });
});

describe('a market named after a comparison', () => {
  it('"This is a CAGR of 12.5%, which is higher than the overall IT industry growth rate of 4.2%": the rate is of the market before', () => {
    const m = primary(
      page(
        'The Future of Cloud Computing',
        'The global cloud computing market is expected to grow from $272 billion in 2020 to $623 billion by 2027. This is a compound annual growth rate (CAGR) of 12.5%, which is significantly higher than the overall IT industry growth rate of 4.2%.',
      ),
    );
    expect(m).toMatchObject({ cagr: { rate: 0.125, from: 2020, to: 2027 }, verdict: 'consistent' });
    // Named after the rate without a comparison, the market owns it.
    const after = primary(page('Cloud Computing', 'At a CAGR of 12.5%, the global cloud computing market is expected to grow from $272 billion in 2020 to $623 billion by 2027.'));
    expect(after.cagr).toMatchObject({ rate: 0.125 });
  });
});

describe('a forecast period\'s end said only in a report\'s title', () => {
  it('"… Competition, Forecast & Opportunities, 2026" as the page\'s title ends the rate\'s period', () => {
    const m = primary(page('Global Dairy Market, By Product Type, By Region, Competition, Forecast & Opportunities, 2026', 'The global dairy market stood at USD 711 billion in 2020 and is expected to grow at a CAGR of 4.78% during the forecast period.'));
    expect(m.cagr).toMatchObject({ rate: 0.0478, from: null, to: 2026, periodSource: 'page' });
  });

  it('a report title quoted in the text, "… Geography Forecast till 2026”, ends it too; a forecast for a year does not', () => {
    const quoted = primary(page('Animal Health Market', 'According to the report “Animal Health Market by Product and Geography Forecast till 2026” the market size was USD 41.50 billion in 2018 and is anticipated to rise at a CAGR of 6.3%.'));
    expect(quoted.cagr).toMatchObject({ rate: 0.063, from: null, to: 2026 });
    const forYear = primary(page('Animal Health Market', 'The forecast for 2026 is bright. The animal health market size was USD 41.50 billion in 2018 and is anticipated to rise at a CAGR of 6.3%.'));
    expect(forYear.cagr).toMatchObject({ rate: 0.063, from: null, to: null });
  });
});

describe('the year growth ran to', () => {
  it('"grew by 1.8% in 2009 to reach a value of $21.1 billion" dates the figure 2009', () => {
    const m = primary(page('Sports Equipment Market', 'The European sports equipment market grew by 1.8% in 2009 to reach a value of $21.1 billion. In 2014, the market is forecast to have a value of $23.4 billion.'));
    expect(m).toMatchObject({ base: { value: 21.1e9, year: 2009 }, forecast: { value: 23.4e9, year: 2014 } });
  });

  it('a year that dates the figure before it is not the reached one\'s: "from Rs 110 lakh crore in 2018 to touch Rs 335 lakh crore"', () => {
    const m = primary(page('Consumer Market', 'The consumer market will grow from Rs 110 lakh crore in 2018 to touch Rs 335 lakh crore in ten years.'));
    expect(m.base).toMatchObject({ value: 110e12, year: 2018 });
    expect(m.forecast?.year).not.toBe(2018);
  });
});

describe('an undated forecast dated by its sentence\'s span', () => {
  it('"projected to reach $15.9 billion with a considerable CAGR from 2021 to 2030": the span\'s end', () => {
    const m = primary(page('Organic Fertilizers Market', 'The global organic fertilizers market size is projected to reach $15.9 billion with a considerable CAGR from 2021 to 2030.'));
    expect(m).toMatchObject({ base: null, forecast: { value: 15.9e9, year: 2030 } });
  });

  it('two figures of a span are a change, not two sizes at its end', () => {
    const m = primary(
      page(
        'Wind Power Market',
        'The size of the global wind power market increased from $21.4bn in 2006 to $94.5bn in 2017, at a CAGR of 14.4%. During 2018–2025, the wind power market size is expected to increase from $94.9 billion to $98.9bn.',
      ),
    );
    expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(false);
    expect(m.verdict).toBe('consistent');
  });
});

describe('a change of size said with "forecasted to increase"', () => {
  it('"It is forecasted to increase from $12.32 billion in 2025 to $15.92 billion in 2026, representing a CAGR of 29.2%"', () => {
    const m = primary(
      page(
        'Electric Vehicle Charging Stations Market',
        'The electric vehicle charging stations market has witnessed remarkable growth in recent years. It is forecasted to increase from $12.32 billion in 2025 to $15.92 billion in 2026, representing a compound annual growth rate (CAGR) of 29.2%.',
      ),
    );
    expect(m).toMatchObject({ base: { value: 12.32e9, year: 2025 }, forecast: { value: 15.92e9, year: 2026 }, cagr: { rate: 0.292, from: 2025, to: 2026 }, verdict: 'consistent' });
  });
});

describe('text of two elements run together', () => {
  it('"| Status : PublishedThe global medical devices market size was valued at …" names the page\'s market', () => {
    const m = primary(page('Medical Devices Market Size, Share & Industry Analysis', 'Report ID: FBI100085 | Status : PublishedThe global medical devices market size was valued at USD 518.46 billion in 2023 and is projected to grow from USD 542.21 billion in 2024 to USD 886.80 billion by 2032, exhibiting a CAGR of 6.3% during the forecast period. Moreover, the medical device market size in the U.S. is projected to reach a value of USD 314.96 billion by 2032.'));
    expect(m).toMatchObject({ geography: 'Global', base: { value: 518.46e9, year: 2023 }, forecast: { value: 886.8e9, year: 2032 }, cagr: { rate: 0.063 }, verdict: 'consistent' });
  });
});

describe('the whole a share is of', () => {
  it('"It contributes to the almost 2% of the global nutraceutical market. Its market size was …" goes on about India\'s market', () => {
    const summary = analyzeHtml(
      page(
        'Nutraceutical market in India to reach USD 12.49 billion by 2024',
        'The nutraceutical market in India was valued at USD 4.4 billion in 2018 and is estimated to reach USD 5.23 billion by 2019.',
        'India is holding the largest market in the supply of herbal extracts globally. It contributes to the almost 2% of the global nutraceutical market. Its market size was valued at USD 4.4 billion in 2018, increased from USD 2.8 billion in 2015.',
        'It is expected to grow at the CAGR of 19% within the forecasted time period of 2019-2024. It will reach USD 12.49 billion by 2024.',
      ),
    );
    expect(summary.markets[0]).toMatchObject({ geography: 'India', base: { value: 2.8e9, year: 2015 }, forecast: { value: 12.49e9, year: 2024 }, cagr: { rate: 0.19 } });
    expect(summary.markets.some((m) => m.verdict === 'inconsistent')).toBe(false);
  });
});

describe('more rate and report-title wordings', () => {
  it('"with a projected annual compound rate of 24.6% between 2023 and 2029" is a CAGR', () => {
    const m = primary(page('Widget Market', 'The widget market was valued at $10 billion in 2023 and will reach $37.4 billion by 2029, with a projected annual compound rate of 24.6% between 2023 and 2029.'));
    expect(m).toMatchObject({ cagr: { rate: 0.246, from: 2023, to: 2029 }, verdict: 'consistent' });
  });

  it('"Colocation Market – Supply & Demand Analysis 2024-2029”: a report title\'s "Demand Analysis" names no market', () => {
    const s = analyzeHtml(page('Colocation Market', 'According to the report “India Colocation Market – Supply & Demand Analysis 2024-2029” published by a research firm, the market will increase from an estimated value of $1.2 billion in 2023 to $4.51 billion in 2029.'));
    expect(s.markets.map((m) => m.name)).not.toContain('Supply & Demand');
    expect(s.markets[0]).toMatchObject({ base: { value: 1.2e9, year: 2023 }, forecast: { value: 4.51e9, year: 2029 } });
  });
});

describe('lookalike punctuation and a comma splice', () => {
  it('"… of the silver economy.In addition, 100 billion yuan …": a stop with no space between run-together sentences ends one', () => {
    const m = primary(page('Eldercare Market',
      'The eldercare products market size has expanded from 2.6 trillion yuan in 2014 to reach 5.4 trillion yuan in 2024, with a compound annual growth rate of 7.3 percent, which now becomes a major pillar of the silver economy.In addition, 100 billion yuan consumption hotspots will be cultivated by 2027.'));
    expect(m.cagr).toMatchObject({ rate: 0.073, from: 2014, to: 2024 });
    expect(m.verdict).toBe('consistent');
    // "U.S.Army" and "globaltimes.cn" run on.
    expect(primary(page('Drone Market', 'The U.S.Army drone market was valued at $2 billion in 2023.')).base).toMatchObject({ value: 2e9, year: 2023 });
  });

  it('"Non-oil trade exceeded AED 1.3 trillion in the first half of 2024", "$4 billion in Q2 2024": a half\'s or a quarter\'s, no year\'s size', () => {
    const s = analyzeHtml(page('CBUAE Maintains 2024 GDP Growth Forecast at 4%', 'The non-oil sector remains a major contributor. Non-oil trade exceeded AED 1.3 trillion in the first half of 2024.'));
    expect(s.isMarketReport).toBe(false);
    const q = primary(page('Cloud Market', 'The cloud market reached $90 billion in Q2 2024. The cloud market reached $300 billion in 2023.'));
    expect([q.base, q.forecast, ...q.otherFigures].filter(Boolean).map((f) => f!.value)).toEqual([300e9]);
  });

  it('"the top ten biggest drugs in 2028 will still pull in over $160bn": what a ranked few take sizes no market', () => {
    const s = analyzeHtml(page('Pharma Market', 'The pharma market will grow at a CAGR of 5.9% to 2028. In the biopharmaceutical sector, the top ten biggest drugs will still pull in over $160bn in 2028.'));
    expect(s.markets.flatMap((m) => [m.base, m.forecast, ...m.otherFigures]).filter(Boolean)).toEqual([]);
    // "expected to top $23 billion" is the market's own size.
    const top = primary(page('Pharma Market', 'The pharma market is expected to top $23 billion in 2028.'));
    expect(top.base ?? top.forecast).toMatchObject({ value: 23e9, year: 2028 });
  });

  it('"The Mining industry had the largest increase in OPBT of $57.2b": the amount of a change sizes no market', () => {
    expect(analyzeHtml(page('Australian Industry', 'The Mining industry had the largest increase in OPBT of $57.2b (31.9%).')).markets).toEqual([]);
    // "a market size of $57.2b" is a size.
    expect(primary(page('Mining Market', 'The mining industry had a market size of $57.2b in 2023.')).base).toMatchObject({ value: 57.2e9, year: 2023 });
  });

  it('"three consumption levers each worth 1 trillion yuan": what each of several is worth sizes no market', () => {
    const m = primary(page('Consumption Market', 'The consumption market in China reached 5.4 trillion yuan in 2024. The plan will cultivate three consumption levers each worth 1 trillion yuan by 2027.'));
    expect(m.base).toMatchObject({ value: 5.4e12, year: 2024 });
    expect(m.forecast).toBeNull();
    expect(m.otherFigures).toEqual([]);
  });

  it('"… patient\u2024 In 2024\u201a … would be USD 38\u20244 billion\u201a by 2033 it will be USD 43\u20242 billion\u201a at a CAGR of 11\u20247%"', () => {
    const text = 'It matches treatment to each patient\u2024 In 2024\u201a IMARC Group projected that the United States precision medicine market would be USD 38\u20244 billion\u201a by 2033 it will be USD 43\u20242 billion\u201a at a CAGR of 11\u20247% from 2025 to 2033\u2024';
    const m = primary(page('United States Precision Medicine Market', text));
    expect(m).toMatchObject({ base: { value: 38.4e9, year: 2024 }, forecast: { value: 43.2e9, year: 2033 }, cagr: { rate: 0.117, from: 2025, to: 2033 }, verdict: 'inconsistent' });
    expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(false);
  });

  it('after a comma, a year its clause\'s subject and verb follow dates the next figure, not the one before', () => {
    const m = primary(page('Widget Market', 'The widget market would be USD 38.4 billion in 2024, by 2033 it will be USD 43.2 billion.'));
    expect(m).toMatchObject({ base: { value: 38.4e9, year: 2024 }, forecast: { value: 43.2e9, year: 2033 } });
    // A year right after the figure's comma with no clause of its own still dates it.
    const plain = primary(page('Widget Market', 'The widget market will reach USD 43.2 billion, by 2033, analysts say.'));
    expect(plain.forecast).toMatchObject({ value: 43.2e9, year: 2033 });
  });
});

describe('a rate with its sign first, and a year before "was estimated to be worth"', () => {
  it('"the baby food market in 2016 was estimated to be worth $53.5 billion … will grow by a CAGR of %7.5 from 2017 to 2024"', () => {
    const m = primary(page('Baby Food Market', 'The global baby food market in 2016 was estimated to be worth $53.5 billion and will grow by a CAGR of %7.5 from 2017 to 2024.'));
    expect(m).toMatchObject({ base: { value: 53.5e9, year: 2016 }, cagr: { rate: 0.075, from: 2017, to: 2024 } });
  });

  it('a sign glued after a number is that number\'s, not the next one\'s', () => {
    const m = primary(page('Baby Food Market', 'The baby food market grew 100%7 times over, reaching $53.5 billion in 2016.'));
    expect(m.cagr).toBeNull();
  });
});

describe('a title market said twice', () => {
  it('the title\'s market named with the rate the longer, sized market states is that market: one market said twice', () => {
    const m = analyzeHtml(
      page(
        'Drone Delivery Industry to Grow at 53% CAGR Between 2020 – 2026',
        'A research firm forecasts that the drone delivery market will grow at a 53% CAGR from 2020 – 2026.',
        'The global Drone Package Delivery Market was estimated at USD 528 Million in 2020 and is expected to reach USD 6,773 Million by 2026. The global Drone Package Delivery Market is expected to grow at a compound annual growth rate (CAGR) of 53% from 2021 to 2026.',
      ),
    );
    expect(m.markets[0]).toMatchObject({ name: 'global Drone Package Delivery Market', base: { value: 528e6, year: 2020 }, forecast: { value: 6.773e9, year: 2026 }, cagr: { rate: 0.53 }, verdict: 'consistent' });
  });
});

describe('a product code with a number', () => {
  it('"K-12 ed tech spending" in the title and "the market for ed tech spending" in the text are one market', () => {
    const m = primary(
      page(
        'K-12 ed tech spending projected to grow between 2022 and 2032',
        'K-12 ed tech spending will jump in market worth from $14.8 billion in 2022 to $132.4 billion globally in 2032. Between 2022 and 2032, the market for ed tech spending will increase at a compound annual growth rate, or CAGR, of 25.2%, the report said.',
      ),
    );
    // (132.4 / 14.8)^(1/10) - 1 = 24.5%, and the rounding of both figures reaches 24.47%-24.56%: not 25.15%-25.25%.
    expect(m).toMatchObject({ base: { value: 14.8e9, year: 2022 }, forecast: { value: 132.4e9, year: 2032 }, cagr: { rate: 0.252 }, verdict: 'inconsistent' });
  });
});

describe('a market sized but never called one', () => {
  it('"spending on AI … is expected to reach $632 billion", "a CAGR of 29.0% over the 2024-2028 forecast period": read whole', () => {
    const m = primary(page('AI spending guide',
      'Worldwide spending on artificial intelligence will more than double by 2028 when it is expected to reach $632 billion. AI spending will grow at a compound annual growth rate (CAGR) of 29.0% over the 2024-2028 forecast period.'));
    expect(m.cagr).toMatchObject({ rate: 0.29, from: 2024, to: 2028 });
    expect(m.forecast).toMatchObject({ value: 632e9, currency: 'USD' });
  });

  it('"Global demand for heat pumps is forecast to rise to USD 120 billion in 2030 from USD 60 billion in 2022"', () => {
    const m = primary(page('Heat pumps', 'Global demand for heat pumps is forecast to rise to USD 120 billion in 2030 from USD 60 billion in 2022, an annual growth of 9%.'));
    expect(m).toMatchObject({ base: { value: 60e9, year: 2022 }, forecast: { value: 120e9, year: 2030 }, cagr: { rate: 0.09 } });
  });
});

describe('an undated size', () => {
  it('one said as a forecast ("is expected to reach $632 billion") is the forecast, not the base', () => {
    const m = primary(page('AI Market', 'The AI market is expected to reach $632 billion, growing at a CAGR of 29%.'));
    expect(m.base).toBeNull();
    expect(m.forecast).toMatchObject({ value: 632e9, year: null });
    // One said as it stands is the base.
    expect(primary(page('AI Market', 'The AI market is worth $632 billion.'))).toMatchObject({ base: { value: 632e9 }, forecast: null });
  });
});

describe('a deadline and its figure apart', () => {
  it('"will double by 2030, when it is expected to reach USD 95 billion, from USD 45 billion in 2023": the deadline dates the figure', () => {
    const m = primary(page('Robot Market', 'The robot market will double by 2030, when it is expected to reach USD 95 billion, from USD 45 billion in 2023.'));
    expect(m.base).toMatchObject({ value: 45e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 95e9, year: 2030 });
    // A deadline with no "when" after it, as far off, dates nothing.
    const far = primary(page('Robot Market', 'The robot market will double by 2030 as buyers in many places are expected to spend USD 95 billion.'));
    expect(far.forecast?.year ?? null).toBeNull();
  });

  it('where a change starts ("from USD 45 billion in 2023") is no forecast, when it is the market\'s one dated figure', () => {
    const m = primary(page('Robot Market', 'The robot market is expected to reach a new high, up from USD 45 billion in 2023.'));
    expect(m.base).toMatchObject({ value: 45e9, year: 2023 });
    expect(m.forecast).toBeNull();
  });
});

describe('a market\'s volume', () => {
  it('"expects the market volume for thermal management products to exceed 50 billion euros by 2030, up from around 35 billion euros in 2021"', () => {
    const html = page('About our company', 'AutoService expects the market volume for thermal management products to exceed 50 billion euros by 2030, up from around 35 billion euros in 2021.');
    const m = primary(html);
    expect(m.name).toMatch(/thermal management products/);
    expect(m.base).toMatchObject({ value: 35e9, currency: 'EUR', year: 2021, qualifier: 'approx' });
    expect(m.forecast).toMatchObject({ value: 50e9, currency: 'EUR', year: 2030, qualifier: 'over' });
  });
});

describe('"the market" points back by its head word', () => {
  it('"The generative AI market … within the broader technology sector. As of 2023, the market achieved …": the market, not the sector', () => {
    const m = primary(page('Generative AI',
      'The generative AI market has already established itself as a powerhouse within the broader technology sector. As of 2023, the market achieved a valuation of $43.87 billion. The market is expected to expand to $967.65 billion by 2032.'));
    expect(m.name).toBe('generative AI market');
    expect(m.base).toMatchObject({ value: 43.87e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 967.65e9, year: 2032 });
    // "the sector" still points back at the sector.
    const s = analyzeHtml(page('Generative AI',
      'The generative AI market has grown within the broader technology sector. In 2023, the sector was worth $5.2 trillion.'));
    expect(s.markets.find((x) => x.name.includes('technology sector'))).toMatchObject({ base: { value: 5.2e12, year: 2023 } });
  });
});

describe('a time in the possessive', () => {
  it('"Today\'s market size shows …. The market is expected to grow at … 18.9%": the page\'s market, not a market named "Today\'s"', () => {
    const s = analyzeHtml(page('Database Security Market',
      'The database security market was valued at $2.95 billion in 2017. Today’s market size shows the amount spent on database security. The market is expected to grow at a compounded annual growth rate of 18.9% to 2022.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Database Security Market']);
    expect(s.markets[0]).toMatchObject({ cagr: { rate: 0.189 } });
  });
});

describe('hedges of more than one word', () => {
  it('"a market growing somewhere around 10 to 18% a year" is a hedged range; "no more than $5 billion" is at most', () => {
    const m = primary(page('MEO Market', 'The MEO market was worth 21.4 billion yen in 2024, with a forecast of 30.6 billion yen by 2028. This is a market growing somewhere around 10 to 18% a year.'));
    expect(m.cagr).toMatchObject({ rate: 0.1, rateMax: 0.18 });
    expect(m.verdict).toBe('consistent');
    const capped = primary(page('Widget Market', 'The widget market will be worth no more than $5 billion by 2030.'));
    expect(capped.forecast).toMatchObject({ value: 5e9, qualifier: 'under' });
  });
});

describe('a stock market\'s capitalisation', () => {
  it('"India\'s market cap reached $4.5 trillion", "market capitalisation is expected to grow at a CAGR of 12%": no market\'s size', () => {
    const s = analyzeHtml(page('Why India\'s market cap is likely to hit $10 trillion by 2030',
      'Indian equities were among the best-performing markets of the last four years. Indian Market ended its correction in March 2023 and then started to rally. India\'s market cap reached $4.5 trillion as of February 2024.'));
    expect(s.markets.filter((m) => m.base || m.forecast)).toEqual([]);
    const rate = analyzeHtml(page('Indian equities', 'India\'s market capitalisation is expected to grow at a CAGR of 12% to 2030, the report said. The market cap will hit $10 trillion by 2030.'));
    expect(rate.isMarketReport).toBe(false);
  });
});

describe('a size\'s own adjectives', () => {
  it('"touching a gross market size of $ 4.4 billion": the sentence\'s market, not a "gross market"', () => {
    const s = analyzeHtml(page('Ayurveda', 'The ayurveda sector in the country is poised to end the year touching a gross market size of $ 4.4 billion.'));
    expect(s.markets.map((m) => m.name)).toEqual(['ayurveda sector']);
    expect(s.markets[0]!.base ?? s.markets[0]!.forecast).toMatchObject({ value: 4.4e9 });
  });
});

describe('a rate\'s own period against one said before it', () => {
  it('"grew strongly between 2020 and 2023 and is expected to grow at a CAGR of 20% from 2024 to 2030": 2024–2030', () => {
    const m = primary(page('Fitness Market', 'The fitness market grew strongly between 2020 and 2023 and is expected to grow at a CAGR of 20% from 2024 to 2030.'));
    expect(m.cagr).toMatchObject({ rate: 0.2, from: 2024, to: 2030 });
    // A span that another verb phrase took is not the rate's, even where the rate states none of its own.
    const own = primary(page('Fitness Market', 'The fitness market grew strongly between 2020 and 2023 and is expected to grow at a CAGR of 20%.'));
    expect(own.cagr).toMatchObject({ rate: 0.2, from: null, to: null });
    // One that opens the rate's own clause still is.
    const opening = primary(page('Fitness Market', 'Between 2024 and 2030, the fitness market is expected to grow at a CAGR of 20%.'));
    expect(opening.cagr).toMatchObject({ from: 2024, to: 2030 });
  });
});

describe('a place\'s retail sales', () => {
  it('"DUBAI: Retail sales in the UAE are expected to … reach $58 billion by the end of 2021": the retail market of a place', () => {
    const m = primary(page('Arab News', 'DUBAI: Retail sales in the UAE are expected to grow by 13 percent to reach $58 billion by the end of 2021, according to a report by the Dubai Chamber of Commerce and Industry.'));
    expect(m).toMatchObject({ name: 'Retail sales in the UAE', geography: 'UAE', forecast: { value: 58e9, year: 2021 } });
    // A firm's retail sales, or a month's, are no market.
    expect(analyzeHtml(page('Results', 'Walmart said retail sales in the US grew 5% to $120 billion in the fiscal year, with a compound annual growth rate of 4% since 2019.')).isMarketReport).toBe(false);
    expect(analyzeHtml(page('Economy', 'U.S. retail sales rose 0.7% in March to $709.6 billion, the Commerce Department said.')).isMarketReport).toBe(false);
  });

  it('"It is expected to further grow …" opens a paragraph after one that names no market: the subject two paragraphs up', () => {
    const s = analyzeHtml(page('Arab News',
      'Retail sales in the UAE are expected to reach $58 billion by the end of 2021, according to a report.',
      'The rebound is expected to come from pent up consumer demand in the second half of this year.',
      'It is expected to further grow in the following years – maintaining a 6.6 percent annual growth in the medium term to reach $70.5 billion by 2025.'));
    expect(s.markets[0]).toMatchObject({ base: { value: 58e9, year: 2021 }, forecast: { value: 70.5e9, year: 2025 }, cagr: { rate: 0.066 } });
  });
});

describe('a ranking the subject is given', () => {
  it('"The Indian apparel market … is the second largest retail market in India. It grew at a CAGR …": the apparel market\'s rate', () => {
    const s = analyzeHtml(page('Indian Apparel Market',
      'The Indian apparel market, pegged at around USD 65 billion, is the second largest retail market after food & grocery in India. It grew at a CAGR of 11.5 per cent in the period from 2012-17 and is expected to grow at nearly 11 per cent CAGR in 2017-21 period to reach a value of USD 85 billion by 2021.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Indian Apparel Market']);
    expect(s.markets[0]).toMatchObject({ forecast: { value: 85e9, year: 2021 }, cagr: { rate: 0.11, from: 2017, to: 2021 } });
  });
});

describe('a place\'s rank among markets', () => {
  it('"India to become 5th largest consumer market by 2030": no market of the page; the industry the text sizes is', () => {
    const s = analyzeHtml(page('India to become 5th largest consumer market by 2030: report',
      'India will become the fifth largest consumer market in the world by 2030, a joint report said.',
      'The consumer retail industry is expected to reach a size of Rs 85 trillion by 2021.',
      '“It is further expected to witness a CAGR of over 10 per cent in the period 2016-21,” it added.'));
    expect(s.markets.map((m) => m.name)).toEqual(['consumer retail industry']);
    expect(s.markets[0]).toMatchObject({ forecast: { value: 85e12, currency: 'INR', year: 2021 }, cagr: { rate: 0.1, from: 2016, to: 2021 } });
  });
});

describe('"the country\'s" market', () => {
  it('"Korea\'s virtual asset market will reach …. … the country\'s virtual asset market already surpassed 300 trillion won": one market', () => {
    const s = analyzeHtml(page('Korea’s virtual asset market to reach W1,000tr by 2026',
      'Korea’s virtual asset market will reach 1,000 trillion won by 2026, Boston Consulting Group Korea said.',
      'According to the report, the country’s virtual asset market surpassed 300 trillion won in 2021.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ base: { value: 300e12, year: 2021, qualifier: 'over' }, forecast: { value: 1000e12, year: 2026 } });
  });
});

describe('segments a market is said to include', () => {
  it('"The global lighting market — including decorative, functional and smart lighting segments — is expected to reach …": the market\'s figures', () => {
    const s = analyzeHtml(page('Lighting Market', 'The global lighting market — including decorative, functional and smart lighting segments — is expected to reach USD 150 billion by 2030, up from USD 110 billion in 2023.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Lighting Market']);
    expect(s.markets[0]).toMatchObject({ base: { value: 110e9, year: 2023 }, forecast: { value: 150e9, year: 2030 } });
    // A segment named as the subject between the market and its figure is still that segment's.
    const own = analyzeHtml(page('Lighting Market', 'In the global lighting market, the smart lighting segment is expected to reach USD 40 billion by 2030.'));
    expect(own.markets.find((m) => /smart lighting/.test(m.name))).toMatchObject({ forecast: { value: 40e9, year: 2030 } });
  });
});

describe('a rate after a relative clause', () => {
  it('"The U.S. pet food market, which was estimated at $42.7 billion in 2022, is on track to grow 6% annually through 2027 to $57 billion"', () => {
    const m = primary(page('Pet Food Market', 'The U.S. pet food market, which was estimated at $42.7 billion in 2022, is on track to grow 6% annually through 2027 to $57 billion.'));
    // The past tense of the relative clause is not the rate's: a forward rate, checked against both figures.
    expect(m.cagr).toMatchObject({ rate: 0.06, to: 2027 });
    expect(m.cagr?.historical).toBeFalsy();
    expect(m.base).toMatchObject({ value: 42.7e9, year: 2022 });
    // Where the change goes is dated by the deadline before it.
    expect(m.forecast).toMatchObject({ value: 57e9, year: 2027 });
    expect(m.verdict).toBe('consistent');
  });
});

describe('an adjective of size before "market"', () => {
  it('"A CAGR of 12.6% from 2025 to 2033 indicates a significant market expansion, reaching an estimated $290 million by 2033": the page\'s market', () => {
    const s = analyzeHtml(page('Bio-based Vitamins Market',
      'The bio-based vitamins market, valued at $88 million in 2025, is projected to experience robust growth. A compound annual growth rate (CAGR) of 12.6% from 2025 to 2033 indicates a significant market expansion, reaching an estimated $290 million by 2033.'));
    expect(s.markets.map((m) => m.name)).toEqual(['Bio-based Vitamins Market']);
    // 88 → 290 million over 2025–2033 is 16.1%/yr, not 12.6%.
    expect(s.markets[0]).toMatchObject({ forecast: { value: 290e6, year: 2033 }, cagr: { rate: 0.126 }, verdict: 'inconsistent' });
  });
});

describe('a narrower product\'s rate', () => {
  it('"Blended cement sales are anticipated to expand at a CAGR of 7.4%" on a cement market page is no rate of the cement market', () => {
    const figures = 'The global cement market was valued at USD 340 billion in 2023 and is expected to reach USD 480 billion by 2032.';
    for (const rate of ['Blended cement sales are anticipated to expand at a CAGR of 7.4% over 2024-2032.', 'E-commerce sales of cement are expected to grow at a CAGR of 12% over the forecast period.']) {
      const m = primary(page('Cement Market', figures, rate));
      expect(m.cagr).toBeNull();
      expect(m.verdict).toBe('cannot-check');
    }
    // A product the market's product names a kind of, and the fastest rate among parts, are a part's too.
    for (const rate of ['Portland cement is expected to grow at a CAGR of 8% during the forecast period.', 'Among products, blended cement is anticipated to grow at the fastest CAGR of 7.1%.', 'Revenue from online channels is expected to grow at a CAGR of 9.2%.']) {
      expect(primary(page('Cement Market', figures, rate)).cagr).toBeNull();
    }
    // The market's own sales are its own: 340 → 480 billion over 2023–2032 is 3.9%/yr.
    expect(primary(page('Cement Market', figures, 'Cement sales are anticipated to expand at a CAGR of 3.9% over 2024-2032.'))).toMatchObject({ cagr: { rate: 0.039 }, verdict: 'consistent' });
    // A segment named so keeps its rate.
    const s = analyzeHtml(page('Cement Market', figures, 'The ready-mix segment is expected to register the highest CAGR of 8.2% during the forecast period.'));
    expect(s.markets.find((m) => /ready-mix/.test(m.name))).toMatchObject({ cagr: { rate: 0.082 } });
  });
});

describe('a rate of volume in trade units', () => {
  it('"a CAGR of 11.7% from 2013 to 2018, reaching 82,390.5 KMT by 2018" is a volume rate: the value rate of 12.1% is the headline', () => {
    const m = primary(page('Aquafeed Market',
      'The global aquafeed market is estimated to grow at a CAGR of 11.7% from 2013 to 2018, reaching 82,390.5 KMT by 2018.',
      'The global aquafeed market was at $55,685.0 million in 2012 and is expected to reach $106,695.7 million by 2018, growing at the CAGR of 12.1% from 2013 to 2018.'));
    expect(m.cagr).toMatchObject({ rate: 0.121, from: 2013, to: 2018 });
    // 55,685.0 → 106,695.7 million is 11.45%/yr over 2012–2018 and 13.89% over 2013–2018: 12.1% fits neither.
    expect(m.verdict).toBe('inconsistent');
  });
});

describe('a softened hedge', () => {
  it('"to reach above USD 12.56 billion by 2030 from a little above USD 4.98 billion in 2023": the base after "from a little above"', () => {
    const m = primary(page('Chelating Agents Market',
      'The global Chelating Agents Market is expected to grow at more than 4.9% CAGR from 2024 to 2030. It is expected to reach above USD 12.56 billion by 2030 from a little above USD 4.98 billion in 2023.'));
    expect(m.base).toMatchObject({ value: 4.98e9, year: 2023, qualifier: 'over' });
    expect(m.forecast).toMatchObject({ value: 12.56e9, year: 2030, qualifier: 'over' });
    expect(m.verdict).toBe('consistent');
  });
});

describe('a part of the figure before it', () => {
  it('"valued at USD 250 billion in 2023, of which pet food accounted for USD 140 billion in 2023": no contradiction', () => {
    const m = primary(page('Pet Care Market', 'The pet care market was valued at USD 250 billion in 2023, of which pet food accounted for USD 140 billion in 2023.'));
    expect(m.base).toMatchObject({ value: 250e9, year: 2023 });
    expect(m.otherFigures).toEqual([]);
    expect(m.verdict).toBe('cannot-check');
  });
});

describe('a title over many markets', () => {
  it('"Multi-Industry Market Analysis" names no market: the first the text sizes is the page\'s', () => {
    const s = analyzeHtml(page('Multi-Industry Market Analysis', 'Cryptocurrency Market Size',
      'The global cryptocurrency market is expected to grow at a CAGR of 31.3% from 2017 to 2025. The 2017 global cryptocurrency market size was $574.3 million.',
      'In 2025, the market will be worth $6.702 billion.'));
    expect(s.markets[0]).toMatchObject({ base: { value: 574.3e6, year: 2017 }, forecast: { value: 6.702e9, year: 2025 }, cagr: { rate: 0.313 } });
    // 574.3 million → 6.702 billion over 2017–2025 is 35.9%/yr, not 31.3%.
    expect(s.markets[0]!.verdict).toBe('inconsistent');
    expect(s.markets.some((m) => /multi-industry/i.test(m.name))).toBe(false);
  });
});

describe('a part singled out', () => {
  it('"Industrial robots alone were worth USD 30 billion in 2023" is no second size of the robotics market for 2023', () => {
    const figures = 'The global robotics market was valued at USD 50 billion in 2023 and is expected to reach USD 120 billion by 2030, growing at a CAGR of 13.3% from 2023 to 2030.';
    const m = primary(page('Robotics Market', `${figures} Industrial robots alone were worth USD 30 billion in 2023.`));
    expect(m.otherFigures).toEqual([]);
    expect(m.verdict).toBe('consistent');
    // A year singled out is still the market's.
    const year = primary(page('Robotics Market', 'It is expected that in 2030 alone, the robotics market will reach USD 120 billion.'));
    expect(year.forecast ?? year.base).toMatchObject({ value: 120e9, year: 2030 });
  });
});

describe('a restatement in another currency that reads oddly', () => {
  it('"from about 550 billion dollars (over Rs 34, 97,000 crores) in 2015 to 2.1 trillion dollars (over Rs 1 crore 33 lakh) by 2025"', () => {
    const m = primary(page('India’s retail market to grow four-fold by 2025',
      'Spending by young Indians is pushing the retail market. It is expected to grow from about 550 billion dollars (over Rs 34, 97,000 crores) in 2015 to 2.1 trillion dollars (over Rs 1 crore 33 lakh) by 2025.'));
    // The amounts in parentheses restate the dollars (however they read) and take no year from them.
    expect(m.base).toMatchObject({ value: 550e9, currency: 'USD', year: 2015 });
    expect(m.forecast).toMatchObject({ value: 2.1e12, currency: 'USD', year: 2025 });
  });
});

describe('tables of years that measure different things', () => {
  it('"Advertising revenue | 2019 | 2024" and "Circulation revenue | 2019 | 2024", each with a Global row, do not contradict', () => {
    const html = `<html><head><title>Newspaper industry revenue</title></head><body><h1>Newspaper industry revenue</h1>
      <p>The report forecasts years of decline for the newspaper industry.</p>
      <table><tr><th>Advertising revenue</th><th>2019</th><th>2020</th><th>2024</th></tr>
      <tr><td>Global</td><td>$49.245bn</td><td>$41.241bn</td><td>$35.937bn</td></tr></table>
      <table><tr><th>Circulation revenue</th><th>2019</th><th>2020</th><th>2024</th></tr>
      <tr><td>Global</td><td>$58.714bn</td><td>$52.163bn</td><td>$50.411bn</td></tr></table></body></html>`;
    const s = analyzeHtml(html);
    expect(s.markets.every((m) => m.verdict !== 'inconsistent')).toBe(true);
    const advertising = s.markets.find((m) => m.name === 'Advertising revenue');
    expect(advertising).toMatchObject({ base: { value: 49.245e9, year: 2019 }, forecast: { value: 35.937e9, year: 2024 } });
    expect(s.markets.find((m) => m.name === 'Circulation revenue')).toMatchObject({ base: { value: 58.714e9, year: 2019 } });
  });
});

describe('a noun of growth kept up yearly', () => {
  it('"an increase of 36% per year from 2017 to 2022", "an annual increase of 36%": the rate, checked on the figures', () => {
    const lead = 'The worldwide market for AI systems reached $24 billion in 2018. The market is predicted to grow to over $77 billion by 2022';
    for (const rate of [', an increase of 36% per year from 2017 to 2022.', ', an annual increase of 36% from 2017 to 2022.']) {
      const m = primary(page('AI Systems Market', lead + rate));
      expect(m.cagr, rate).toMatchObject({ rate: 0.36, from: 2017, to: 2022 });
      expect(m.verdict, rate).toBe('consistent');
    }
    // A one-off increase is no yearly rate.
    expect(primary(page('AI Systems Market', `${lead}, an increase of 36% over 2021.`)).cagr).toBeNull();
  });
});

describe('a rate said as what the CAGR will be', () => {
  it('"The compound annual growth rate (CAGR) for the 2017-2022 forecast period will be 37.3%"', () => {
    const m = primary(page('Spending on Cognitive and AI Systems Will Reach $77.6 Billion in 2022',
      'According to IDC, spending on cognitive and AI systems will reach $77.6 billion in 2022, more than three times the $24.0 billion forecast for 2018. The compound annual growth rate (CAGR) for the 2017-2022 forecast period will be 37.3%.'));
    expect(m.cagr).toMatchObject({ rate: 0.373, from: 2017, to: 2022 });
    // 24.0 → 77.6 billion over 2018–2022 is 34.1%/yr: the period starts before the base year, so n = 4 only.
    expect(m.verdict).toBe('inconsistent');
  });
});

describe('rates said of markets respectively', () => {
  it('"Retail and FMCG markets in India are expected to grow at 20 per cent and 21 per cent respectively per annum"', () => {
    const s = analyzeHtml(page('India Retail Market',
      'The retail market in India is likely to reach US $1.1 trillion by 2020 from US $680 billion in 2017.',
      'The study said that Retail and FMCG markets in India are expected to grow at 20 per cent and 21 per cent respectively per annum.'));
    // 680 billion → 1.1 trillion over 2017–2020 is 17.4%/yr, inside "20" (15%–25%: a trailing zero is not significant).
    expect(s.markets[0]).toMatchObject({ cagr: { rate: 0.2 }, verdict: 'consistent' });
    expect(s.markets.find((m) => /FMCG/.test(m.name))).toMatchObject({ cagr: { rate: 0.21 } });
  });
});

describe('the value of the market\'s product', () => {
  it('"Owing to the booming macro economy …, the total output value of construction in China registered a robust growth …, rising from CNY 11,646.3 billion in 2011 to CNY 19,356.7 billion in 2016"', () => {
    const m = primary(page('Overview of the Construction Industry in China',
      'Owing to the booming macro economy and large investment in fixed assets, the total output value of construction in China registered a robust growth in the past few years, rising from CNY 11,646.3 billion in 2011 to CNY 19,356.7 billion in 2016, representing a CAGR of 10.7%.'));
    expect(m.base).toMatchObject({ value: 11646.3e9, currency: 'CNY', year: 2011 });
    expect(m.forecast).toMatchObject({ value: 19356.7e9, year: 2016 });
    expect(m.verdict).toBe('consistent');
  });
});

describe('a key-facts line of years', () => {
  it('"Year: 2017 and 2022" then "Market size: $2.95 billion and $7.01 billion respectively": the years in order', () => {
    const m = primary(page('Database Security Market', 'The database security market is expected to grow at a compounded annual growth rate of 18.9%.',
      'Year: 2017 and 2022', 'Market size: $2.95 billion and $7.01 billion respectively'));
    expect(m.base).toMatchObject({ value: 2.95e9, year: 2017 });
    expect(m.forecast).toMatchObject({ value: 7.01e9, year: 2022 });
    // Without "respectively" the line dates nothing.
    const plain = primary(page('Database Security Market', 'Year: 2017 and 2022', 'The database security market size: $2.95 billion and $7.01 billion'));
    expect(plain.base?.year ?? null).toBeNull();
  });
});

describe('a span counted back from its end', () => {
  it('"over the next five years to 2028, the global packaging market is forecast to grow from USD$1.17 trillion to USD$1.42 trillion" dates both ends', () => {
    const m = primary(page('Packaging print to grow',
      'According to Smithers, over the next five years to 2028, the global packaging market is forecast to grow from USD$1.17 trillion to USD$1.42 trillion. Globally, the packaging market is forecast to expand at a compound annual growth rate (CAGR) of 3.9% over the next five years.'));
    expect(m.base).toMatchObject({ value: 1.17e12, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 1.42e12, year: 2028 });
    expect(m.verdict).toBe('consistent');
  });
});

describe('a line with no subject', () => {
  it('"Growth Projection: Expected to reach $32.27 Billion by 2030 (CAGR of 31.2%)" goes on about the market the line before sized', () => {
    const m = primary(page('Market notes', 'Global AI in Education Market: Estimated at $5.88 Billion USD in 2024.',
      'Growth Projection: Expected to reach $32.27 Billion by 2030 (CAGR of 31.2%).'));
    expect(m.forecast).toMatchObject({ value: 32.27e9, year: 2030 });
    expect(m.cagr).toMatchObject({ rate: 0.312 });
    // 5.88 → 32.27 over 2024–2030 implies 32.8%/yr.
    expect(m.verdict).toBe('inconsistent');
  });
});

describe('a rate the market has clocked', () => {
  it('"has clocked a significant 28 percent CAGR from FY20 to FY23" looks back; "a market size of Rs 33,243 crore in FY28E, with a 15 percent CAGR" is the forecast', () => {
    const m = primary(page('Online gaming in India',
      'According to EY’s recent report, the online gaming industry has clocked a significant 28 percent CAGR from FY20 to FY23, resulting in a market size of Rs 16,428 crore in FY23. Industry estimates anticipate further growth, projecting a market size of Rs 33,243 crore in FY28E, with a 15 percent CAGR.'));
    expect(m.base).toMatchObject({ value: 164.28e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 332.43e9, year: 2028 });
    expect(m.cagr).toMatchObject({ rate: 0.15 });
    expect(m.verdict).toBe('consistent');
  });
});

describe('a size at the end of the rate\'s period', () => {
  it('"The estimated revenue for the … Market in 2032 is USD 89.34 billion" after "a CAGR of 16.8% from 2024 to 2032" is the forecast', () => {
    const m = primary(page('Global Wearable Health Monitoring Devices Market',
      'The Global Wearable Health Monitoring Devices Market is expected to grow at a CAGR of 16.8% from 2024 to 2032.',
      'The estimated revenue for the Global Wearable Health Monitoring Devices Market in 2032 is USD 89.34 billion.'));
    expect(m.forecast).toMatchObject({ value: 89.34e9, year: 2032 });
    expect(m.base).toBeNull();
  });

  it('a size at the end of a past period, said in the past tense, is the base: "At the end of the period, the industry was worth over €103 billion"', () => {
    const m = primary(page('European Photonics Outstrips Global GDP Growth',
      'The European photonics industry is growing fast. The new study looked at the industry’s figures between 2015 and 2019, which showed a CAGR of 7%. At the end of the period, the industry was worth over €103 billion ($123 billion).'));
    expect(m.base).toMatchObject({ value: 103e9, currency: 'EUR', year: 2019, qualifier: 'over' });
    expect(m.forecast).toBeNull();
    const dated = primary(page('Korea Wellness', 'The Korean wellness industry will grow at a CAGR of 4% from 2020 to 2022. In 2022, the industry was worth $113 billion.'));
    expect(dated.base).toMatchObject({ value: 113e9, year: 2022 });
  });

  it('"Bakery market sees 2% annual growth" over "… reached £11bn in value in 2012, after growing at an annual rate of 2% since 2006"', () => {
    const m = primary(page('Bakery market sees 2% annual growth', 'The UK bakery market reached £11bn in value in 2012, after growing at an annual rate of 2% since 2006.'));
    // A past rate since a year runs to the year its sentence's size was reached, and gives the headline's bare 2% its years.
    expect(m.cagr).toMatchObject({ rate: 0.02, from: 2006, to: 2012 });
    // A size said as reached is where the market stands, not where it goes, even at the end of the rate's period.
    expect(m.base).toMatchObject({ value: 11e9, currency: 'GBP', year: 2012 });
    expect(m.forecast).toBeNull();
    // "will have reached" is no past.
    const ahead = primary(page('Widget Market', 'The widget market will grow at a CAGR of 6% from 2024 to 2030. By 2030 it will have reached $5 billion.'));
    expect(ahead.forecast).toMatchObject({ value: 5e9, year: 2030 });
  });

  it('a size at the start of the period stays the base', () => {
    const m = primary(page('Widget Market', 'The widget market is expected to grow at a CAGR of 6% from 2024 to 2032.',
      'The widget market in 2024 was USD 2.1 billion.'));
    expect(m.base).toMatchObject({ value: 2.1e9, year: 2024 });
    expect(m.forecast).toBeNull();
  });
});

describe('a market\'s label and the list of figures under it', () => {
  const notes = (label: string) => `<html><head><title>Proof Points</title></head><body><h1>Proof Points</h1>
    <p><strong>${label}</strong></p>
    <ul><li><strong>$1.84 trillion</strong> in 2025 (1.63% of global GDP) — Statista, April 2025</li>
    <li><strong>$2.12 trillion</strong> projected by 2030 — Statista, April 2025</li>
    <li><strong>4.1% CAGR</strong> (2024-2030) — Bizplanr, March 2025</li></ul>
    <p><strong>Pet Care Market</strong></p>
    <ul><li><strong>€77.51 billion</strong> (2025) → <strong>€121.02 billion</strong> (2033)</li></ul></body></html>`;

  it('items that open with a figure or a rate go on about the market the label names, item after item', () => {
    const s = analyzeHtml(notes('Global Fashion Market'));
    const fashion = s.markets.find((m) => /fashion/i.test(m.name))!;
    expect(fashion.base).toMatchObject({ value: 1.84e12, year: 2025 });
    expect(fashion.forecast).toMatchObject({ value: 2.12e12, year: 2030 });
    expect(fashion.cagr).toMatchObject({ rate: 0.041, from: 2024, to: 2030 });
    // 1.84 → 2.12 over 2025–2030 implies 2.9%/yr, not 4.1%.
    expect(fashion.verdict).toBe('inconsistent');
    // The arrow takes the item's figure to where the market goes.
    const pets = s.markets.find((m) => /pet care/i.test(m.name))!;
    expect(pets.base).toMatchObject({ value: 77.51e9, year: 2025 });
    expect(pets.forecast).toMatchObject({ value: 121.02e9, year: 2033 });
  });

  it('items labelled with their year ("2024: Valued at approximately $340.10 billion.") go on about the market the paragraph before names', () => {
    const s = analyzeHtml(`<html><head><title>Understanding Widgets</title></head><body><h1>Understanding Widgets</h1>
      <h2>Market Size and Growth</h2><p>The widget market has experienced remarkable growth:</p>
      <ul><li>2024: Valued at approximately $340.10 billion.Source One+1</li>
      <li>2025: Projected to reach $394.88 billion.Source Two+5</li>
      <li>2032: Expected to surpass $1.1 trillion, reflecting a Compound Annual Growth Rate (CAGR) of 16.2% from 2025 to 2032.</li></ul></body></html>`);
    expect(s.markets[0]).toMatchObject({ name: 'widget market', base: { value: 340.1e9, year: 2024 }, forecast: { value: 1.1e12, year: 2032 } });
    expect(s.markets[0]!.cagr).toMatchObject({ rate: 0.162, from: 2025, to: 2032 });
    // 394.88 in 2025 to "over $1.1 trillion" (1.05 at the least, by its rounding) in 2032 is at least 15.0%/yr: 16.2% fits.
    expect(s.markets[0]!.verdict).toBe('consistent');
  });

  it('a label that names no market carries nothing to the items under it', () => {
    const s = analyzeHtml(notes('Market Size &amp; Growth'));
    expect(s.markets.some((m) => m.base?.value === 1.84e12 || m.cagr?.rate === 0.041)).toBe(false);
  });

  it('a figure in parentheses after a noun of no market is that noun\'s: "from the rise of resale ($367B by 2029)"', () => {
    const m = primary(page('Marcel', 'I work with a $405 billion sportswear market growing at 10% annually, and I have seen the rise of resale ($367B by 2029) up close.'));
    expect(m.forecast).toBeNull();
    expect(m.otherFigures).toEqual([]);
  });
});

describe('where a rate puts the market', () => {
  it('"… a growth rate of more than 2% from 2024 to 2027 – putting its estimated new market value at $505.25 billion" is the forecast at the period\'s end', () => {
    const m = primary(page('UK construction',
      'The UK construction market was valued at $467.8 billion in 2022 and is expected to achieve an average annual growth rate (AAGR) of more than 2% from 2024 to 2027 – putting its estimated new market value at $505.25 billion.'));
    expect(m.forecast).toMatchObject({ value: 505.25e9, year: 2027 });
    // 467.8 → 505.25 over 2022–2027 is 1.55%/yr, inside "more than 2%" (1.5% or more with the rounding).
    expect(m.verdict).toBe('consistent');
  });
});

describe('a rate compounded annually', () => {
  it('"expected to grow by 3.1 per cent compounded annually from 2013 to 2018" is a CAGR', () => {
    const m = primary(page('UK Media Market', 'The UK media market was worth £58.6bn in 2013.',
      'The UK media market is expected to grow by 3.1 per cent compounded annually from 2013 to 2018, to £64bn in 2018.'));
    expect(m.cagr).toMatchObject({ rate: 0.031, from: 2013, to: 2018 });
    // 58.6 → 64 over 2013–2018 is 1.8%/yr, not 3.1%.
    expect(m.verdict).toBe('inconsistent');
  });

  it('"sectors … compounded annually at 72.6% and 39.6%" before the rates states no rate of the market', () => {
    const m = primary(page('South Africa Media', 'By 2021 total media revenue in South Africa is expected to reach R177.8 billion, up from R132.7 billion in 2016.',
      'The fastest growing sectors will be virtual reality (VR) and e-sports compounded annually at 72.6% and 39.6%.'));
    expect(m.verdict).not.toBe('inconsistent');
  });
});

describe('a trade called an economy', () => {
  it('"The global wellness economy was valued at $4.4 trillion in 2020 and is projected to reach $7 trillion by 2025" is a market', () => {
    const m = primary(page('Wellness Trends', 'The global wellness economy was valued at $4.4 trillion in 2020 and is projected to reach $7 trillion by 2025, growing at a CAGR of 5.9%.'));
    expect(m.name).toMatch(/wellness economy/i);
    expect(m.base).toMatchObject({ value: 4.4e12, year: 2020 });
    // 4.4 → 7 over 2020–2025 is 9.7%/yr, not 5.9%.
    expect(m.verdict).toBe('inconsistent');
  });

  it('a country\'s or the whole economy is no market, nor an "economy class" seat', () => {
    for (const text of [
      'The U.S. economy grew 2.5% in 2023 and was worth $27 trillion.',
      'India\'s economy is expected to reach $5 trillion by 2027.',
      'The national economy was valued at $3 trillion in 2022.',
      'Economy class fares rose 5% to $400 per seat.',
    ]) {
      // Past the page's detection, which these pages would not pass: the extraction itself sizes nothing.
      const { markets } = analyzeBlocks([{ kind: 'title', text: 'News' }, { kind: 'text', text }]);
      expect(markets.filter((m) => m.base || m.forecast), text).toEqual([]);
    }
  });
});

describe('a rate of viewers', () => {
  it('"Total esports viewership will grow at a CAGR of 9% from 2019 to 2023" does not test the money beside it', () => {
    const m = primary(page('Mobile Gaming Apps Market Worth $120B In 2021',
      'A new report from Statista showed that revenue from mobile gaming apps across the globe will grow from $100 billion in 2020 to $120 billion in 2021. Total esports viewership will grow at a CAGR of 9% from 2019 to 2023.'));
    expect(m.verdict).toBe('cannot-check');
  });
});

describe('the valuation a market grew from', () => {
  it('"… anticipated to reach approximately US$ 5.6 billion by 2026 up from US$ 3.5 billion valuation in 2017" is the base', () => {
    const m = primary(page('Thermo Fisher to acquire Binding Site',
      'The projected amount captures a good chunk of the global hematology diagnostics market, which is anticipated to reach approximately US$ 5.6 billion by 2026 up from US$ 3.5 billion valuation in 2017.'));
    expect(m.base).toMatchObject({ value: 3.5e9, year: 2017 });
    // A firm's valuation is still none: "a US$ 3.5 billion valuation" after no change.
    const firm = primary(page('Widget Market', 'The widget market is anticipated to reach US$ 5.6 billion by 2026. WidgetCo raised funds at a US$ 3.5 billion valuation in 2017.'));
    expect(firm.base).toBeNull();
  });
});

describe('the valuation a market escalates from', () => {
  it('"poised to escalate from a modest valuation of $9.5 billion in 2024 to a staggering $102.4 billion by 2032" is the base', () => {
    const m = primary(page('Pet Insurance Market Set to Surge',
      'The pet insurance market is evolving at an astonishing pace, poised to escalate from a modest valuation of $9.5 billion in 2024 to a staggering $102.4 billion by 2032. This remarkable growth, characterized by an annual growth rate of 34.2%, is primarily propelled by several key factors.'));
    expect(m.base).toMatchObject({ value: 9.5e9, year: 2024 });
    // 9.5 → 102.4 over 2024–2032 implies 34.5%–34.7%/yr, not 34.2%.
    expect(m.verdict).toBe('inconsistent');
  });
});

describe('an amount per head beside the market\'s', () => {
  it('"By 2030, the IT industry is expected to grow to over $10 trillion (about $31,000 per person in the US)": the year dates the market\'s figure', () => {
    const m = primary(page('IT Industry Outlook', 'By 2030, the IT industry is expected to grow to over $10 trillion (about $31,000 per person in the US) in size.'));
    expect(m.forecast).toMatchObject({ value: 10e12, year: 2030 });
  });
});

describe('a present size beside a dated forecast', () => {
  it('"the space economy, currently valued at USD 8 billion, is expected to expand to USD 44 billion by 2033": the present size is the base, undated', () => {
    const m = primary(page('India\'s Space Industry', 'Goenka noted that the space economy, currently valued at USD 8 billion, is expected to expand to USD 44 billion by 2033.'));
    expect(m.forecast).toMatchObject({ value: 44e9, year: 2033 });
    expect(m.base).toMatchObject({ value: 8e9, year: null });
    // Undated, it tests nothing.
    expect(m.verdict).toBe('cannot-check');
  });

  it('the value of a firm that leads the market is not the market\'s: "OpenAI, which is currently leading the AI sector and was recently valued at $157bn"', () => {
    const m = primary(page('xAI in talks', 'The overall AI sector is projected to be worth $909bn by 2030.',
      'xAI is aiming to rival OpenAI, which is currently leading the AI sector and was recently valued at $157bn.'));
    expect(m.forecast).toMatchObject({ value: 909e9, year: 2030 });
    expect(m.base).toBeNull();
    // A region that leads the market still sizes its part of it.
    const r = analyzeHtml(page('Optical Sensors Market', 'The global optical sensors market recorded revenue of $25.65 billion in 2017. Asia-Pacific region dominated the market with the contribution of $9.50 billion in 2017.'));
    expect(r.markets.some((x) => x.geography === 'Asia Pacific' && x.base?.value === 9.5e9)).toBe(true);
  });
});

describe('a rate that goes to a count', () => {
  it('"the recent user base will increase at 44 percent CAGR to 9.6 million learners by 2021" does not test the market\'s money', () => {
    const m = primary(page('E-learning in India',
      'According to the current report, the Indian e-learning market size was USD247 million, contain 1.6 million learners in 2016. It is expected to have an 8X growth to reach USD1.96 billion and the recent user base will increase at 44 percent CAGR to 9.6 million learners by 2021.'));
    expect(m.verdict).toBe('cannot-check');
    // A rate that goes to money or to a year is still the market's.
    const n = primary(page('Widget Market', 'The widget market was USD 247 million in 2016 and will grow at a 44 percent CAGR to USD 1.5 billion by 2021.'));
    expect(n.verdict).toBe('consistent');
  });
});

describe('what a market is ready for', () => {
  it('"positions the industry for continued expansion, with analysts projecting the market will exceed $10.2 billion by 2026": no market for expansion', () => {
    const m = primary(page('Project management software',
      'The global project management software market reached a valuation of $7.5 billion in 2024, representing a 12.3% increase from the previous year. This growth trajectory positions the industry for continued expansion, with analysts projecting the market will exceed $10.2 billion by 2026. The compound annual growth rate (CAGR) of 10.8% reflects sustained demand.'));
    expect(m.forecast).toMatchObject({ value: 10.2e9, year: 2026, qualifier: 'over' });
    // 7.5 → more than 10.2 over 2024–2026 is at least 15.9%/yr, not 10.8%.
    expect(m.verdict).toBe('inconsistent');
    expect(primary(page('Widget Market', 'The market for widget sensors was valued at $2 billion in 2024.')).name).toMatch(/widget sensor/i);
  });
});

describe('a count that goes on', () => {
  it('"driven by 149 million seniors (2022) projected to reach 347 million by 2050": the bare 347 million counts seniors, no money', () => {
    const m = primary(page('Home healthcare in India',
      "India's home healthcare market is exploding from USD 14.0B (2024) to USD 64.4B by 2033 (16.49% CAGR), driven by 149 million seniors (2022) projected to reach 347 million by 2050."));
    expect(m.forecast).toMatchObject({ value: 64.4e9, year: 2033 });
    expect(m.otherFigures).toEqual([]);
    // The arithmetic shown is the market's own: 14.0 → 64.4 over 2024–2033 is 18.5%/yr, not 16.49%.
    expect(m.verdict).toBe('inconsistent');
    // A bare amount with no count before it is still the market's: "… to reach 9 billion by 2030".
    const n = primary(page('Widget Market', 'The widget market was valued at USD 5 billion in 2023 and is expected to reach 9 billion by 2030.'));
    expect(n.forecast).toMatchObject({ value: 9e9, year: 2030 });
  });
});

describe('a rank in one word', () => {
  it('"is expected to become the third-largest construction market globally, with a value of $1.4 trillion" is a place\'s rank, not a market the page sizes', () => {
    const m = primary(page('REINFORCING Construction Industry',
      'Currently the fourth-largest construction market globally after the US, China and Japan, our country is set to become the third-largest construction market globally in 2025 with a consolidated value of $1.4 trillion.',
      'India’s cement industry was valued at $26.02 billion in FY2024 and is anticipated to grow with a CAGR of 8.04 per cent through 2030.'));
    expect(m.name).toMatch(/cement/i);
    expect(m.base).toMatchObject({ value: 26.02e9, year: 2024 });
  });
});

describe('the stock market\'s moods', () => {
  it('"7Y CAGR of NIFTY 50: 13.38%, supported by consistent market resilience" names no market', () => {
    const s = analyzeHtml(page('Nifty 50 returns analysis', 'As of November 28, 2025, the Nifty 50 returns are:',
      '7Y CAGR of NIFTY 50: 13.38%, supported by consistent market resilience.',
      '15Y CAGR of NIFTY 50: 10.5%, maintaining stability through multiple market cycles.'));
    expect(s.isMarketReport).toBe(false);
  });
});

describe('a market in the possessive that "its valuation" points back to, after "fresh market data" that names none', () => {
  it('"the widget market’s robust momentum, with its valuation at 128.7 billion dollars in 2024 …" sizes the widget market', () => {
    const m = primary(page('Widgets this week',
      'The global gadget industry is changing fast, shaped by fresh market data and shifting habits.',
      'New research highlights the widget market’s robust momentum, with its valuation at 128.7 billion dollars in 2024 and a projected growth rate of 6.1 percent annually to 226.5 billion dollars by 2034.'));
    expect(m.name).toMatch(/widget market/i);
    expect(m.base).toMatchObject({ value: 128.7e9, year: 2024 });
    expect(m.forecast).toMatchObject({ value: 226.5e9, year: 2034 });
    // 128.7 → 226.5 over 2024–2034 is 5.8%/yr, not 6.1%.
    expect(m.verdict).toBe('inconsistent');
  });

  it('"The market" after "shaped by fresh market data" is the industry named before, not a market called "fresh"', () => {
    const m = primary(page('Gadgets', 'The global gadget industry is changing, shaped by fresh market data. The market is expected to reach $5 billion by 2030.'));
    expect(m.name).toBe('global gadget industry');
    expect(m.forecast).toMatchObject({ value: 5e9, year: 2030 });
  });

  it('a firm named between the market and "its value" owns the value', () => {
    const s = analyzeHtml(page('Widget makers', 'The widget industry’s biggest maker, Acme, saw its value rise to $12 billion in 2024.'));
    expect(s.markets.some((m) => m.base?.value === 12e9 || m.forecast?.value === 12e9)).toBe(false);
  });
});

describe('a headline naming the market in two places', () => {
  it('"Global and Indian Widget Market: Trends …" is about neither alone: the text\'s first sized market is the page\'s', () => {
    const s = analyzeHtml(page('Global and Indian Widget Market: Trends, Policy Issues, and Action Areas',
      'The global widget market, valued at USD 637.04 billion in 2024, is projected to reach USD 893.07 billion by 2029 (CAGR 6.99%).',
      'India’s widget market, valued at USD 15.35 billion in 2023, is expected to reach USD 20.51 billion by 2029 (CAGR 5.35%).'));
    expect(s.markets[0]).toMatchObject({ geography: 'Global', base: { value: 637.04e9, year: 2024 }, verdict: 'consistent' });
    expect(s.markets[1]?.geography).toBe('India');
  });
});

describe('a rate in parentheses after a dated figure', () => {
  it('"… USD 20.51 billion by 2029 (CAGR 5.35%) and potentially USD 50 billion by 2030 (CAGR up to 20%)": the pace to its own figure', () => {
    const m = primary(page('Indian Widget Market',
      'India’s widget market, valued at USD 15.35 billion in 2023, is expected to reach USD 20.51 billion by 2029 (CAGR 5.35%) and potentially USD 50 billion by 2030 (CAGR up to 20%), fueled by new rules.'));
    expect(m.cagr).toMatchObject({ rate: 0.0535, from: 2023, to: 2029 });
    // 15.35 → 20.51 over 2023–2029 is 4.95%/yr: the stated 5.35% fits no rounding of the figures it paces.
    expect(m.verdict).toBe('inconsistent');
    const finding = m.findings.find((f) => f.kind === 'cagr-mismatch');
    expect(finding?.message).toMatch(/imply 4\.95%/);
  });
});

describe('the page\'s market, sized in the sentence after the one that names it', () => {
  it('"The global widget industry stands poised … Valued at approximately $7.3 trillion today …, this sector …" comes before a part sized later', () => {
    const s = analyzeHtml(page('Transforming Widgets - Summit blog',
      'The global widget industry stands poised for unprecedented transformation. Valued at approximately $7.3 trillion today and projected to reach $10 trillion by 2030, this sector represents far more than statistics.',
      'Digital change lies at the core, with gadget spending expected to surge from $163.49 billion in 2024 to $348.41 billion by 2030 — a robust 13.3% CAGR.'));
    expect(s.markets[0]).toMatchObject({ name: 'global widget industry', forecast: { value: 10e12, year: 2030 } });
    expect(s.markets[1]?.name).toMatch(/gadget spending/i);
  });
});

describe('"vertical markets" and "totaling a valuation of"', () => {
  it('"across vertical markets such as …" names no market, and "totaling a valuation of over US$ 88 billion by 2032" is the forecast', () => {
    const m = primary(page('Widget outlook',
      'According to a recent report, the global smart widget market reached around US$ 37.6 billion in 2022. Based on the growing adoption of smart widgets across vertical markets such as consumer electronics and healthcare, the overall sales of smart widgets are projected to rise at a compound annual growth rate (CAGR) of around 19.2% between 2022 and 2032, totaling a valuation of over US$ 88 billion by 2032.'));
    expect(m.name).toBe('global smart widget market');
    expect(m.forecast).toMatchObject({ value: 88e9, year: 2032, qualifier: 'over' });
    expect(m.cagr).toMatchObject({ rate: 0.192, from: 2022, to: 2032 });
    // "over US$ 88 billion" bounds the forecast from below only: 19.2% a year from 37.6 fits.
    expect(m.verdict).toBe('consistent');
  });
});

describe('a province named after a country', () => {
  it('"Vancouver, British Columbia, Feb. 02, 2021 (GLOBE NEWSWIRE) -- The global widget market …" is no British market', () => {
    const s = analyzeHtml(page('Widget Market Size to Reach USD 24.15 Billion by 2028',
      'Vancouver, British Columbia, Feb. 02, 2021 (GLOBE NEWSWIRE) -- The global widget market is projected to reach a market size of USD 24.15 Billion by 2028 at a CAGR of 4.8%, over the forecast period, according to most recent analysis.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]).toMatchObject({ geography: 'Global', forecast: { value: 24.15e9, year: 2028 }, cagr: { rate: 0.048 } });
  });
});

describe('a year that opens the next clause, its subject the one before', () => {
  it('"As of 2022, the widget industry is valued at about $63 billion, and by 2026 is expected to surpass $91 billion"', () => {
    const m = primary(page('Widgets', 'As of 2022, the widget industry is valued at about $63 billion, and by 2026 is expected to surpass $91 billion.'));
    expect(m.base).toMatchObject({ value: 63e9, year: 2022 });
    expect(m.forecast).toMatchObject({ value: 91e9, year: 2026 });
  });
});

describe('"in sales" after the amount a market reaches', () => {
  it('"will reach nearly $2.5 billion in sales in 2018 and grow to over $2.6 billion by 2023": both are the market\'s', () => {
    const m = primary(page('Coffee drinks', 'Research projects that the U.S. ready-to-drink widget market will reach nearly $2.5 billion in sales in 2018 and grow to over $2.6 billion by 2023.'));
    expect(m.base).toMatchObject({ value: 2.5e9, year: 2018 });
    expect(m.forecast).toMatchObject({ value: 2.6e9, year: 2023, qualifier: 'over' });
  });

  it('a firm\'s sales before a later amount still make that amount no market\'s', () => {
    const s = analyzeHtml(page('Widgets', 'Acme posted $2 billion in sales in 2023 and expects to reach $3 billion by 2025.'));
    expect(s.markets.some((m) => m.forecast?.value === 3e9)).toBe(false);
  });
});

describe('a change\'s verb ends what a market is for', () => {
  it('"The global market for widget protection products dipped by 0.8% to $59,827 million … in 2019" names no "dipped"', () => {
    const m = primary(page('Article: Global widget protection market down 1% in 2019',
      'The global market for widget protection products dipped by 0.8% to $59,827 million at the ex-manufacturer level in 2019, according to figures from a consultancy.'));
    expect(m.name).not.toMatch(/dipped/);
    expect(m.base).toMatchObject({ value: 59.827e9, year: 2019 });
  });
});

describe('"the category" that points back to the market', () => {
  it('"… and the category is expected to reach $21.6 billion in 2023" is the market\'s forecast; a named category is a part', () => {
    const m = primary(page('Analyzing widgets',
      'The size of the U.S. color widget market was estimated to be $17.3 billion in 2018, according to a research firm. Growth over the next few years is still expected, and the category is expected to reach $21.6 billion in 2023.'));
    expect(m.base).toMatchObject({ value: 17.3e9, year: 2018 });
    expect(m.forecast).toMatchObject({ value: 21.6e9, year: 2023 });
    const s = analyzeHtml(page('Widgets', 'The U.S. widget market was estimated to be $17.3 billion in 2018. The gadget category is expected to reach $5.6 billion in 2023, and the category of oncology is projected to reach $2.1 billion by 2030.'));
    expect(s.markets[0]!.forecast).toBeNull();
  });
});

describe('a dateline before the market, and a head in the possessive', () => {
  it('"New Delhi, Apr 12 (PTI) Indian widget sector\'s market size …" names the Indian widget market, the one "Indian widget market size" names later', () => {
    const s = analyzeHtml(page('Widget news',
      "New Delhi, Apr 12 (PTI) Indian widget sector's market size has risen 73 per cent since 2015 to reach USD 482 billion, according to a report.",
      'Indian widget market size stood at USD 279 billion in 2015 and has grown to USD 482 billion in 2024.'));
    expect(s.markets).toHaveLength(1);
    expect(s.markets[0]!.name).not.toMatch(/PTI|Apr/);
    // "since 2015 to reach USD 482 billion": 2015 is where the rise starts, not the year of the 482 billion, which
    // would contradict the 279 billion of 2015.
    expect(s.markets[0]).toMatchObject({ geography: 'India', base: { value: 279e9, year: 2015 }, forecast: { value: 482e9, year: 2024 }, verdict: 'cannot-check' });
  });
});

describe('a relative clause between the market and its figure', () => {
  it('"Indian widget market size, which means the value of output generated from residential and commercial segments …, stood at USD 279 billion in 2015" is the market\'s', () => {
    const m = primary(page('Widgets', 'Indian widget market size, which means the value of output generated from residential and commercial segments of construction and services, stood at USD 279 billion in 2015 and has grown to USD 482 billion in 2024.'));
    expect(m).toMatchObject({ name: 'Indian widget market', base: { value: 279e9, year: 2015 }, forecast: { value: 482e9, year: 2024 } });
  });
});

describe('a rougher restatement in the same currency', () => {
  it('"USD 1,487 billion (USD 1.48 trillion) by 2034" is one figure, the precise one, dated by the year after the parenthesis', () => {
    const m = primary(page('Widgets', 'The Indian widget market size is estimated to reach USD 1,487 billion (USD 1.48 trillion) by 2034, from USD 482 billion in 2024.'));
    expect(m.forecast).toMatchObject({ value: 1487e9, year: 2034 });
    expect(m.otherFigures).toEqual([]);
    // The cut 1.48 does not contradict the 1,487 it restates.
    expect(m.verdict).toBe('cannot-check');
  });
});

describe('a verb after "help" or a modal in a headline', () => {
  it('"Medical tourism will help drive Indian widget industry to reach $55 billion by 2020" names the Indian widget industry', () => {
    const m = primary(page('Medical tourism will help drive Indian widget industry to reach $55 billion by 2020',
      'The Indian widget market is expected to touch $55 billion by 2020 from $36.7 billion in 2016, growing at a compound annual growth rate (CAGR) of 15.92%, according to a new report.'));
    expect(m.name).toBe('Indian widget industry');
    expect(m.base).toMatchObject({ value: 36.7e9, year: 2016 });
    // 36.7 → 55 over 2016–2020 is 10.6%/yr, not 15.92%.
    expect(m.verdict).toBe('inconsistent');
  });
});
