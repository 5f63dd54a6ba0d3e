import { marketLabel } from '../lib/format';
import type { Market } from '../lib/schema';
import { VERDICT_ICON } from './VerdictCard';

export interface MarketSelectorProps {
  markets: Pick<Market, 'name' | 'geography' | 'verdict'>[];
  selected: number;
  onSelect(index: number): void;
}

/** Several markets on one page: pick which one the panel shows (the page's own market comes first). */
export function MarketSelector({ markets, selected, onSelect }: MarketSelectorProps) {
  return (
    <div className="selector">
      <label htmlFor="market-select">Market ({markets.length} on this page)</label>
      <select id="market-select" value={selected} onChange={(e) => onSelect(Number(e.target.value))}>
        {markets.map((m, i) => (
          <option key={i} value={i}>
            {VERDICT_ICON[m.verdict]} {marketLabel(m)}
          </option>
        ))}
      </select>
    </div>
  );
}
