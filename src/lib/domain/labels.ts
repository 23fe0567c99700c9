import { jurisdictions, type Jurisdiction } from './vocabulary';

export { confidenceLabels, identifierLabels, organisationKindLabels } from './vocabulary';

/** Full names of the jurisdictions, for labels and screen readers. */
export const jurisdictionNames = Object.fromEntries(Object.entries(jurisdictions).map(([code, facts]) => [code, facts.name])) as Record<Jurisdiction, string>;

/** Flag emoji per jurisdiction; decorative only, always shown next to the code. */
export const jurisdictionFlags = Object.fromEntries(Object.entries(jurisdictions).map(([code, facts]) => [code, facts.flag])) as Record<Jurisdiction, string>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-05-23" → "23 May 2023"; also takes "2023-05" and "2023". Never shifts by time zone. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return year ?? iso;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** "1 person", "3 people". */
export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
