import type { Jurisdiction } from '~/schemas/action';
import type { OrganisationKind } from '~/schemas/organisation';

/** Full names of the jurisdictions, for labels and screen readers. */
export const jurisdictionNames: Record<Jurisdiction, string> = {
  KR: 'South Korea',
  US: 'United States',
  UN: 'United Nations',
  EU: 'European Union',
  GB: 'United Kingdom',
  JP: 'Japan',
  AU: 'Australia',
};

/** Flag emoji per jurisdiction; decorative only, always shown next to the code. */
export const jurisdictionFlags: Record<Jurisdiction, string> = {
  KR: '🇰🇷',
  US: '🇺🇸',
  UN: '🇺🇳',
  EU: '🇪🇺',
  GB: '🇬🇧',
  JP: '🇯🇵',
  AU: '🇦🇺',
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  'state-body': 'State body',
  'military-unit': 'Military unit',
  'hacking-group': 'Hacking group',
  company: 'Company',
  'front-company': 'Front company',
  bank: 'Bank',
  'crypto-service': 'Crypto service',
  school: 'School',
};

export const identifierLabels: Record<string, string> = {
  passport: 'Passport',
  'national-id': 'National ID',
  wallet: 'Wallet address',
  email: 'Email',
  phone: 'Phone',
  website: 'Website',
  'un-reference': 'UN reference',
  'ofac-uid': 'OFAC UID',
  'eu-reference': 'EU reference',
  'registration-number': 'Registration number',
  other: 'Identifier',
};

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
