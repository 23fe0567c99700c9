import type { IncidentData } from '~/schemas/incident';

/** The US dollar figures sources reported for an incident: the lowest and the highest (equal when they agree), or undefined when none gives one. */
export function usdRange(data: Pick<IncidentData, 'amounts'>): { low: number; high: number } | undefined {
  const figures = (data.amounts ?? []).flatMap((amount) => (amount.usd === undefined ? [] : [amount.usd]));
  if (figures.length === 0) return undefined;
  return { low: Math.min(...figures), high: Math.max(...figures) };
}

/** Sums of ranges: the lowest figures added up and the highest added up, as a year's total is given. */
export function sumRanges(ranges: readonly { low: number; high: number }[]): { low: number; high: number } {
  return ranges.reduce((sum, range) => ({ low: sum.low + range.low, high: sum.high + range.high }), { low: 0, high: 0 });
}
