import { z } from 'astro/zod';
import { ORGANISATION_KINDS } from '~/lib/domain/vocabulary';
import { discrepancies, identifier, names, slug, sourced } from './fields';

export const organisationKind = z.enum(ORGANISATION_KINDS);

/** A state body, unit, group, company, bank or service named in an action, or the parent of one. */
export const organisationSchema = z
  .object({
    names,
    kind: organisationKind.describe('What sort of body this is.'),
    parent: sourced({ organisation: slug.describe('Id of the parent organisation.') })
      .optional()
      .describe('The body this one sits under. Where sources disagree, record the best-supported one here and the others in `discrepancies`.'),
    country: z.string().min(1).optional().describe('Where the body is based, if a source says so.'),
    identifiers: z.array(identifier).optional().describe('Registration numbers, wallet addresses, websites: only those a source publishes.'),
    discrepancies,
  })
  .strict();

export type OrganisationData = z.infer<typeof organisationSchema>;
export type OrganisationKind = z.infer<typeof organisationKind>;
