import { z } from 'astro/zod';
import { discrepancies, identifier, names, partialDate, slug, sourced, korean } from './fields';

export const affiliation = sourced({
  organisation: slug.describe('Id of the organisation in content/organisations/.'),
  role: z.string().min(1).optional().describe('The role as the source states it, e.g. "Director".'),
  from: partialDate.optional().describe('When the role began (YYYY, YYYY-MM or YYYY-MM-DD, in quotes), if a source says.'),
  to: partialDate.optional().describe('When the role ended (YYYY, YYYY-MM or YYYY-MM-DD, in quotes), if a source says.'),
}).describe('Membership of or a role in an organisation.');

/** A natural person named in at least one action. */
export const personSchema = z
  .object({
    names,
    born: z
      .array(sourced({ value: partialDate.describe('Date of birth: YYYY, YYYY-MM or YYYY-MM-DD, in quotes.') }))
      .optional()
      .describe('Date of birth. Where sources disagree, list each value with its own source.'),
    birthplace: z
      .array(sourced({ value: z.string().min(1) }))
      .optional()
      .describe('Place of birth as published.'),
    nationality: z
      .array(sourced({ value: z.string().min(1) }))
      .optional()
      .describe('Nationality as published, e.g. "North Korean".'),
    identifiers: z.array(identifier).optional().describe('Passports, ids, wallet addresses, emails: only those a source publishes.'),
    affiliations: z.array(affiliation).optional().describe('Organisations this person belongs to or works for.'),
    discrepancies,
    ko: korean,
  })
  .strict();

export type PersonData = z.infer<typeof personSchema>;
export type AffiliationData = z.infer<typeof affiliation>;
