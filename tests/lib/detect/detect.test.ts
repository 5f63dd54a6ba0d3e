import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect';

describe('detectPage: the cheap pass', () => {
  it('opens the gate for a size said as "stands at" or "stood at", and for an addressable market', () => {
    expect(detectPage({ title: 'Plant-Based Meat Stocks', text: 'The meat market stands at over $270 billion in the U.S.' }).likely).toBe(true);
    expect(detectPage({ title: 'Outlook', text: 'The insurance market stood at $6 trillion.' }).likely).toBe(true);
    expect(detectPage({ title: 'Digital Health', text: 'We see a total addressable market of $32.4 billion for remote care.' }).likely).toBe(true);
  });

  it('counts amounts glued to their scale ("$43bn", "$40 bil."), yearly rates ("6% per year") and takings ("$1 trillion in revenue")', () => {
    expect(detectPage({ title: 'Fasteners on the rise', text: 'The world market for industrial fasteners is expected to increase by over 6% per year to be worth $43bn by 2004.' }).likely).toBe(true);
    expect(detectPage({ title: 'Pump makers ranked', text: 'The world market for industrial pumps will grow 19 percent through 2015 when it will reach $40 bil., the firm says.' }).likely).toBe(true);
    expect(detectPage({ title: 'Airlines', text: 'IATA projected the airline industry would generate $1 trillion in revenue in 2026.' }).likely).toBe(true);
    expect(detectPage({ title: 'Irish whiskey exports', text: 'The Irish whiskey industry exceeded €1bn in exports in 2024.' }).likely).toBe(true);
    // A single letter glued after a currency's amount is its scale: "$200B", "€3.5m".
    expect(detectPage({ title: 'Gold Market', text: 'Gold is a $200B market.' }).reasons).toContain('amounts in millions/billions (1×)');
    // A market named with neither a size nor a rate stays below the gate; a letter after a plain number is no scale.
    expect(detectPage({ title: 'Notes', text: 'The market for pumps is busy; the club has 40 members.' }).likely).toBe(false);
    expect(detectPage({ title: 'Gold Market', text: 'Gold is a market of 200 b-grade coins.' }).likely).toBe(false);
  });

  it('counts a rate the title states ("… market to hit 4.5% CAGR to 2023"), and "4.5% annual growth" in the text', () => {
    const titled = detectPage({ title: 'Global packaging machinery market to hit 4.5% CAGR to 2023', text: 'Demand in this market will follow manufacturing activity.' });
    expect(titled.reasons).toContain('a growth rate is stated (1×)');
    expect(titled.likely).toBe(true);
    expect(detectPage({ title: 'Packaging news', text: 'A new analysis projects 4.5% annual growth for the global packaging machinery market.' }).likely).toBe(true);
    // "annualized" is no yearly rate of growth by itself.
    expect(detectPage({ title: 'Packaging news', text: 'The fund returned 4.5% annualized for the packaging market index.' }).reasons).not.toContain('a growth rate is stated (1×)');
  });

  it('opens for a size said as the market\'s adjective with a word between ("a $532 billion global industry")', () => {
    expect(detectPage({ title: 'How this year brought beauty back home', text: 'Beauty is a $532 billion global industry.' }).likely).toBe(true);
    expect(detectPage({ title: 'Notes', text: 'Crickets are a $5bn niche market now.' }).likely).toBe(true);
    // A count beside the head word sizes nothing: it stays below the gate.
    expect(detectPage({ title: 'Notes', text: 'There are 2 million industry workers in the region.' }).likely).toBe(false);
  });

  it('opens for a product\'s sales with their money on a page that names no market ("Energy drink sales are expected to reach $ 225 billion")', () => {
    expect(detectPage({ title: 'Energy drinks', text: 'It is a business that makes billions. Energy drink sales are expected to reach $ 225 billion by 2027.' }).likely).toBe(true);
    // Sales without money, or money far from the sales, stay shut.
    expect(detectPage({ title: 'Energy drinks', text: 'Energy drink sales are expected to double. A can costs $2.' }).likely).toBe(false);
  });

  it('reads past a decimal point between the sales and their money ("sales grew 6.1 percent annually …, reaching $28.3 billion")', () => {
    expect(detectPage({ title: 'Toys', text: 'U.S. toy sales grew 6.1 percent annually between 2020 and 2023, reaching $28.3 billion in 2023.' }).likely).toBe(true);
    // A sentence's end still stops the reach.
    expect(detectPage({ title: 'Toys', text: 'Toy sales grew in 2023. A doll costs $28.' }).likely).toBe(false);
  });

  it('opens for takings a trade generated ("the apparel industry generated revenues of $1.5 trillion")', () => {
    expect(detectPage({ title: 'Apparel', text: 'The apparel industry generated revenues of $1.5 trillion in 2022.' }).likely).toBe(true);
  });

  it('opens for a size said as growth to sales ("the industry is expected to grow to sales of more than $13 billion")', () => {
    expect(detectPage({ title: 'Lunch boxes', text: 'The lunch box industry is expected to grow to sales of more than $13 billion in 2027.' }).likely).toBe(true);
    // Growth to a count is no size.
    expect(detectPage({ title: 'Lunch boxes', text: 'The lunch box industry is expected to grow to 13 billion boxes in 2027.' }).likely).toBe(false);
  });

  it('opens for a compound rate with money on a page that names no market ("spending on AI … expected to reach $632 billion")', () => {
    const text = 'Worldwide spending on artificial intelligence will more than double by 2028 when it is expected to reach $632 billion. AI spending will grow at a compound annual growth rate (CAGR) of 29.0% over the 2024-2028 forecast period.';
    expect(detectPage({ title: 'AI spending', text }).likely).toBe(true);
    // A rate with no money stays shut (as below), and so does money with no rate or size verb.
    expect(detectPage({ title: 'AI spending', text: 'AI spending will double, says a report that costs $632.' }).likely).toBe(false);
  });

  it('opens for a size verb with money where buyers\' words are ("Global demand for heat pumps is forecast to rise to USD 120 billion")', () => {
    expect(detectPage({ title: 'Heat pumps', text: 'Global demand for heat pumps is forecast to rise to USD 120 billion in 2030.' }).likely).toBe(true);
    expect(detectPage({ title: 'E-bikes', text: 'E-bike sales in Europe are expected to reach EUR 25 billion by 2030.' }).likely).toBe(true);
    // The same verb and money with no buyers' word is no size of anything named.
    expect(detectPage({ title: 'Lottery', text: 'The jackpot is expected to reach USD 1 billion by Friday.' }).likely).toBe(false);
  });

  it('counts "market volume" as size wording ("expects the market volume for X to exceed 50 billion euros")', () => {
    expect(detectPage({ title: 'About our company', text: 'AutoService expects the market volume for thermal management products to exceed 50 billion euros by 2030.' }).likely).toBe(true);
  });

  it('stays shut on size-like words without a market, industry or sector, and says why', () => {
    const d = detectPage({ title: 'League table', text: 'The team stands at 45 points, a CAGR of 7%; the record stood at 2 million viewers.' });
    expect(d).toEqual({ likely: false, score: 0, reasons: ['no market, industry or sector is named'] });
  });
});
