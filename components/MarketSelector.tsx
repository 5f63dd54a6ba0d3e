import type { Market } from '../lib/schema';

export interface MarketSelectorProps {
  markets: Pick<Market, 'name' | 'geography' | 'verdict'>[];
  selected: number;
  onSelect(index: number): void;
}

const MARK: Record<Market['verdict'], string> = { consistent: '✓', inconsistent: '!', 'cannot-check': '?' };

/** Several markets on one page: pick which one the panel shows (the page's own market comes first). */
export function MarketSelector({ markets, selected, onSelect }: MarketSelectorProps) {
  return (
    <div className="selector">
      <label htmlFor="market-select">Market ({markets.length} on this page)</label>
      <select id="market-select" value={selected} onChange={(e) => onSelect(Number(e.target.value))}>
        {markets.map((m, i) => (
          <option key={i} value={i}>
            {MARK[m.verdict]} {m.name}
            {m.geography && !m.name.includes(m.geography) ? ` (${m.geography})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
