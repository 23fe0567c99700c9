import { z } from 'astro/zod';
import { ORGANISATION_KINDS } from '~/lib/domain/vocabulary';
import { discrepancies, identifier, names, slug, sourceIds, sourced, korean } from './fields';

export const organisationKind = z.enum(ORGANISATION_KINDS);

/** A state body, unit, group, company, bank or service named in an action, or the parent of one. */
export const organisationSchema = z
  .object({
    names,
    searchTerms: z
      .array(
        z
          .object({
            value: z.string().trim().min(1).describe('A rendering of the name readers type, e.g. a translation of the Korean name.'),
            sources: sourceIds.optional().describe('Sources that print this rendering, where one does.'),
            note: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Renderings of the name that search should find but the page does not print as names (translations that no list uses).'),
    kind: organisationKind.describe('What sort of body this is.'),
    parent: sourced({ organisation: slug.describe('Id of the parent organisation.') })
      .optional()
      .describe('The body this one sits under. Where sources disagree, record the best-supported one here and the others in `discrepancies`.'),
    country: z.string().min(1).optional().describe('Where the body is based, if a source says so.'),
    identifiers: z.array(identifier).optional().describe('Registration numbers, wallet addresses, websites: only those a source publishes.'),
    discrepancies,
    ko: korean,
  })
  .strict();

export type OrganisationData = z.infer<typeof organisationSchema>;
export type OrganisationKind = z.infer<typeof organisationKind>;
