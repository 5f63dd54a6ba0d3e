import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../lib/format';
import type { ForecastSeries } from '../lib/schema';
import { chartData, tooltipLine, type ChartData, type SeriesKey } from './chart-data';
import { Card } from './Card';

export interface ForecastChartProps {
  series: ForecastSeries;
  locale?: string;
}

let registered = false;
function ensureRegistered(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);
  registered = true;
}

/** Colours come from the CSS custom properties, so light and dark mode stay in the stylesheet. */
function themeColor(el: Element, name: string, fallback: string): string {
  const value = getComputedStyle(el).getPropertyValue(name).trim();
  return value || fallback;
}

const STYLE: Record<SeriesKey, { color: string; fallback: string; dash: number[]; points: number; showLine: boolean }> =
  {
    stated: { color: '--chart-stated', fallback: '#1a73e8', dash: [], points: 5, showLine: false },
    statedCagrPath: { color: '--chart-stated-path', fallback: '#c5221f', dash: [6, 4], points: 0, showLine: true },
    impliedPath: { color: '--chart-implied-path', fallback: '#137333', dash: [2, 3], points: 0, showLine: true },
  };

function config(canvas: HTMLCanvasElement, data: ChartData, locale?: string): ChartConfiguration<'line'> {
  const text = themeColor(canvas, '--fg-muted', '#5f6368');
  const grid = themeColor(canvas, '--border', '#dadce0');
  return {
    type: 'line',
    data: {
      labels: data.years.map(String),
      datasets: data.lines.map((line) => {
        const style = STYLE[line.key];
        const color = themeColor(canvas, style.color, style.fallback);
        return {
          label: line.label,
          data: line.values,
          borderColor: color,
          backgroundColor: color,
          borderDash: style.dash,
          borderWidth: 2,
          pointRadius: style.points,
          // The legend draws each series as what it is on the chart: dots for figures, a line for paths.
          pointStyle: style.showLine ? 'line' : 'circle',
          pointHoverRadius: style.points + 2,
          showLine: style.showLine,
          spanGaps: true,
          order: line.key === 'stated' ? 0 : 1,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { color: text, usePointStyle: true, boxHeight: 9, padding: 12 },
        },
        tooltip: {
          filter: (item) => item.parsed.y != null,
          callbacks: {
            title: (items) => items[0]?.label ?? '',
            label: (item) => tooltipLine(data, item.dataset.label ?? '', item.parsed.y ?? 0, locale),
          },
        },
      },
      scales: {
        x: { title: { display: true, text: 'Year', color: text }, ticks: { color: text }, grid: { color: grid } },
        y: {
          title: { display: true, text: data.unit, color: text },
          ticks: { color: text, callback: (value) => formatNumber(Number(value), locale, 2) },
          grid: { color: grid },
        },
      },
    },
  };
}

function useColorScheme(): string {
  const query = useMemo(
    () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null),
    [],
  );
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark ? 'dark' : 'light';
}

/** The forecast as a Chart.js line chart (stated points, stated-CAGR path, implied-CAGR path) plus its data table. */
export function ForecastChart({ series, locale }: ForecastChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const data = useMemo(() => chartData(series), [series]);
  const scheme = useColorScheme();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let chart: Chart<'line'> | undefined;
    try {
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas context');
      ensureRegistered();
      chart = new Chart(context, config(canvas, data, locale));
      setFailed(false);
    } catch (error) {
      console.warn('[market-report-lens] chart failed', error);
      setFailed(true);
    }
    return () => chart?.destroy();
  }, [data, locale, scheme]);

  return (
    <Card
      id="chart-title"
      title={
        <>
          Forecast <span className="card__unit">({data.unit})</span>
        </>
      }
    >
      <div className="chart">
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`Forecast chart in ${data.unit}, ${data.years[0]} to ${data.years[data.years.length - 1]}. The table below has the values.`}
          data-testid="forecast-canvas"
        />
      </div>
      {failed ? <p className="muted">The chart could not be drawn; the table below has the values.</p> : null}
      <details className="chart__table">
        <summary>Values by year</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {data.lines.map((line) => (
                <th scope="col" key={line.key}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {data.lines.map((line) => {
                  const v = line.values[i];
                  return <td key={line.key}>{v == null ? '–' : formatNumber(v, locale, 2)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  );
}
