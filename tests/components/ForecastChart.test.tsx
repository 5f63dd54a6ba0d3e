// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inconsistentSummary, noCagrSummary } from '../fixtures/summaries';

const created: { config: any; destroyed: boolean }[] = [];

vi.mock('chart.js', () => {
  class Chart {
    static register = vi.fn();
    record: { config: any; destroyed: boolean };
    constructor(_ctx: unknown, config: unknown) {
      this.record = { config, destroyed: false };
      created.push(this.record);
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return {
    Chart,
    CategoryScale: {},
    Legend: {},
    LinearScale: {},
    LineController: {},
    LineElement: {},
    PointElement: {},
    Tooltip: {},
  };
});

const { ForecastChart } = await import('../../components/ForecastChart');
const series = inconsistentSummary.markets[0]!.series!;

afterEach(cleanup);
beforeEach(() => {
  created.length = 0;
  vi.restoreAllMocks();
});

describe('ForecastChart', () => {
  it('draws stated points, the stated-CAGR path and the implied path in one unit, with per-year tooltips', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as never);
    render(<ForecastChart series={series} locale="en-US" />);
    expect(created).toHaveLength(1);
    const { config } = created[0]!;
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    expect(config.data.datasets.map((d: any) => d.label)).toEqual([
      'Stated figures',
      'Along the stated CAGR',
      'Along the implied CAGR',
    ]);
    const [stated, statedPath, impliedPath] = config.data.datasets;
    expect(stated.data[0]).toBe(2.5);
    expect(stated.data[8]).toBe(4.1);
    expect(stated.data[1]).toBeNull();
    expect(stated.showLine).toBe(false);
    expect(statedPath.data[8]).toBeCloseTo(2.5 * 1.07 ** 8, 6);
    expect(impliedPath.data[8]).toBeCloseTo(2.5 * 1.0638 ** 8, 6);
    expect(config.options.scales.y.title.text).toBe('USD bn');
    expect(config.options.interaction.mode).toBe('index');
    const tooltip = config.options.plugins.tooltip;
    expect(tooltip.callbacks.label({ dataset: { label: 'Stated figures' }, parsed: { y: 2.5 } })).toBe(
      'Stated figures: USD 2.5 bn',
    );
    expect(tooltip.filter({ parsed: { y: null } })).toBe(false);
    expect(screen.queryByText(/could not be drawn/)).toBeNull();
  });

  it('draws only what the series has: no paths without a CAGR', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as never);
    render(<ForecastChart series={noCagrSummary.markets[0]!.series!} locale="en-US" />);
    expect(created[0]!.config.data.datasets.map((d: any) => d.label)).toEqual(['Stated figures']);
  });

  it('destroys the chart on unmount', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as never);
    const { unmount } = render(<ForecastChart series={series} locale="en-US" />);
    unmount();
    expect(created.every((c) => c.destroyed)).toBe(true);
  });

  it('falls back to the table when the canvas cannot be drawn', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ForecastChart series={series} locale="en-US" />);
    expect(created).toHaveLength(0);
    expect(screen.getByText(/could not be drawn; the table below has the values/)).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
  });
});
