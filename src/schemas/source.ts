import { z } from 'astro/zod';
import { SOURCE_TYPES } from '~/lib/domain/vocabulary';
import { httpUrl, languageCode, partialDate } from './fields';

/** A document that facts cite: an official release, a list, a gazette, or a news report. */
export const sourceSchema = z
  .object({
    title: z.string().trim().min(1).describe('The document title as published (translated titles go in `note`).'),
    publisher: z.string().trim().min(1).describe('Who published it, e.g. "U.S. Department of the Treasury".'),
    date: partialDate
      .optional()
      .describe('Publication date in quotes: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known. Leave out if the document shows none.'),
    url: httpUrl.optional().describe('The official URL of the document. Leave out when only a copy is known (never guess a URL); then `copy` is required.'),
    type: z
      .enum(SOURCE_TYPES)
      .describe(
        'primary = issued by the sanctioning authority or an official list, also when read through a copy (see `copy`); secondary = news, analysis or commentary.',
      ),
    copy: z
      .object({
        url: httpUrl.describe('Where the copy can be read, e.g. a list file in a git repository or a release reposted by a news site.'),
        publisher: z.string().trim().min(1).describe('Who holds the copy, e.g. "jackdwyer/specially-designated-nationals-list (GitHub)".'),
        commit: z
          .string()
          .regex(/^[0-9a-f]{40}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a 40-character git commit id` })
          .optional()
          .describe('The commit of a copy held in a git repository.'),
        date: partialDate.optional().describe('When the copy was made or captured, if known.'),
      })
      .strict()
      .optional()
      .describe(
        'Where the official document was read, when that is not at its official URL. Title, publisher, date and url then describe the official document.',
      ),
    language: languageCode.describe('Two-letter language code of the document, e.g. "en", "ko".'),
    note: z.string().min(1).optional().describe('Anything a reader should know about this copy, e.g. "verbatim reproduction of the MOFA release".'),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.url === undefined && source.copy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        input: undefined,
        message: 'required field is missing: give the official `url`, or a `copy` with its url',
      });
    }
  });

export type SourceData = z.infer<typeof sourceSchema>;
