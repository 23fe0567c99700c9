import { z } from 'astro/zod';
import { partialDate } from './fields';

/** A document that facts cite: an official release, a list, a gazette, or a news report. */
export const sourceSchema = z
  .object({
    title: z.string().trim().min(1).describe('The document title as published (translated titles go in `note`).'),
    publisher: z.string().trim().min(1).describe('Who published it, e.g. "U.S. Department of the Treasury".'),
    date: partialDate
      .optional()
      .describe('Publication date in quotes: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known. Leave out if the document shows none.'),
    url: z
      .url({ protocol: /^https?$/, error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL` })
      .describe('Where the document can be read. Only http: and https: links are accepted.'),
    type: z
      .enum(['primary', 'secondary'])
      .describe('primary = issued by the sanctioning authority or an official list; secondary = news, analysis or a third-party copy.'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a two-letter language code` })
      .describe('Two-letter language code of the document, e.g. "en", "ko".'),
    note: z.string().min(1).optional().describe('Anything a reader should know about this copy, e.g. "verbatim reproduction of the MOFA release".'),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;
