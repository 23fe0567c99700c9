import { z } from 'astro/zod';
import { jurisdiction } from './action';
import { isoDate, slug, sourceIds } from './fields';

/** A record of one list copy or release set read against the site, shown on /coverage/ under "Checked against". */
export const checkSchema = z
  .object({
    title: z.string().trim().min(1).describe('What was read, e.g. "UK Sanctions List (FCDO), copy of August 2025".'),
    jurisdiction: jurisdiction.describe('The jurisdiction whose list or releases were read.'),
    sources: sourceIds.describe('The list copies or releases read.'),
    read: z.string().trim().min(1).describe('What was read and how, in a sentence or two.'),
    entriesMatched: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('How many entries of the list were matched to entries of the site (a count made when reading).'),
    omitted: z
      .array(
        z
          .object({
            what: z.string().trim().min(1).describe('The known action left out.'),
            reason: z.string().trim().min(1).describe('Why it is left out.'),
            sources: sourceIds,
          })
          .strict(),
      )
      .optional()
      .describe('Known actions left out of the site, each with its reason.'),
    reconciled: z
      .object({
        date: isoDate.describe('The day `npm run lists` was run on the list file, YYYY-MM-DD in quotes.'),
        entities: z.array(slug).min(1).describe('Ids of the people and organisations the run found on the list, as reviewed.'),
      })
      .strict()
      .optional()
      .describe('A run of `npm run lists` on this list file: its report ends with this block, to paste here once reviewed.'),
  })
  .strict();

export type CheckData = z.infer<typeof checkSchema>;
