/** Layout of a bar chart of one value per year: bars side by side, heights to scale of the largest value. */
export interface YearBar {
  year: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the year's label sits under the bar. */
  labelX: number;
}

export interface YearBars {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  left: number;
  right: number;
  max: number;
  bars: YearBar[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Every year from the first to the last is given a slot, so a year without a value shows as a gap, not as a missing year. */
export function yearBars(values: readonly { year: string; value: number }[], size = { width: 720, height: 220 }): YearBars {
  const margin = { left: 16, right: 16, top: 12, bottom: 24 };
  const plotBottom = size.height - margin.bottom;
  const plotHeight = plotBottom - margin.top;
  const byYear = new Map(values.map((entry) => [entry.year, entry.value]));
  const numbers = values.map((entry) => Number(entry.year));
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const years = values.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
  const step = years.length ? (size.width - margin.left - margin.right) / years.length : 0;
  const barWidth = Math.max(4, step * 0.7);
  const max = Math.max(0, ...values.map((entry) => entry.value));
  const bars = years.map((year, index) => {
    const value = byYear.get(year) ?? 0;
    const height = max > 0 ? (value / max) * plotHeight : 0;
    const centre = margin.left + step * index + step / 2;
    return {
      year,
      value,
      x: round(centre - barWidth / 2),
      y: round(plotBottom - height),
      width: round(barWidth),
      height: round(height),
      labelX: round(centre),
    };
  });
  return { width: size.width, height: size.height, plotTop: margin.top, plotBottom, left: margin.left, right: size.width - margin.right, max, bars };
}
