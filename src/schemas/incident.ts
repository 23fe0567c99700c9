import { z } from 'astro/zod';
import { ATTRIBUTION_KINDS, INCIDENT_KINDS, oneOf } from '~/lib/domain/vocabulary';
import { checkTranslation, discrepancies, identifier, isoDate, koreanWithTitle, languageCode, partialDate, slug, sourced, sourceIds } from './fields';

const amount = sourced({
  usd: z.number().nonnegative().optional().describe('The amount in US dollars as the source reported it at the time; never converted by us.'),
  assets: z.string().trim().min(1).optional().describe('The stolen assets as the source gives them, e.g. "173,600 ETH and 25.5 million USDC".'),
  asOf: partialDate.optional().describe('When the source reported this amount, if it says.'),
}).superRefine((value, ctx) => {
  if (value.usd === undefined && value.assets === undefined) ctx.addIssue({ code: 'custom', input: value, message: 'gives neither `usd` nor `assets`' });
});

const attribution = sourced({
  by: z.string().trim().min(1).describe('Who attributed it: the agency, panel, company or researcher, e.g. "FBI".'),
  byKind: z.enum(ATTRIBUTION_KINDS).describe(`What kind of attributor: ${oneOf(ATTRIBUTION_KINDS)}. Governments and others are shown apart.`),
  date: isoDate.describe('When the attribution was made public, YYYY-MM-DD in quotes.'),
  words: z
    .string()
    .trim()
    .min(1)
    .describe('The attributor’s own words of confidence, verbatim (e.g. "The FBI was able to confirm …"); every one of `sources` prints them.'),
  language: languageCode.default('en').describe('Two-letter code of the language of `words`; English unless given, e.g. "ko".'),
  translation: z.string().trim().min(1).optional().describe('An English rendering of `words`, required when they are not in English.'),
  dated: sourced({})
    .optional()
    .describe('Documents that give the day of the attribution but do not print `words` (a report of that day, a paraphrase), with a note on how they fix it.'),
}).superRefine((value, ctx) => {
  checkTranslation(value, value.words, ctx, 'the words');
  // A document that prints the words already dates them: `dated` is for the reports that give only the day.
  value.dated?.sources.forEach((id, index) => {
    if (value.sources.includes(id))
      ctx.addIssue({
        code: 'custom',
        path: ['dated', 'sources', index],
        input: id,
        message: `${JSON.stringify(id)} is also in \`sources\`: a document that prints the words is cited there only`,
      });
  });
});

/** One theft or attack that a government, the UN Panel of Experts or a named investigator ties to North Korean operators. */
export const incidentSchema = z
  .object({
    title: z.string().trim().min(1).describe('A plain headline, e.g. "Ronin Network bridge theft".'),
    kind: z.enum(INCIDENT_KINDS).describe(`What it was: ${oneOf(INCIDENT_KINDS)}.`),
    occurred: sourced({ date: partialDate.describe('When it happened: YYYY, YYYY-MM or YYYY-MM-DD in quotes.') }),
    disclosed: sourced({ date: partialDate.describe('When it was discovered or disclosed, where that differs.') }).optional(),
    victim: sourced({
      name: z.string().trim().min(1).describe('The victim as sources name it.'),
      organisation: slug.optional().describe('Id of an organisation in content/organisations/, where the victim has an entry.'),
    }),
    amounts: z.array(amount).optional().describe('The amount as reported at the time, each with its source; several where sources differ (shown as a range).'),
    attributions: z.array(attribution).min(1).describe('Who attributed it to North Korean operators, when, and in what words.'),
    groups: z.array(slug).optional().describe('Ids of the organisations (groups) it is attributed to.'),
    wallets: z
      .array(
        identifier.superRefine((id, ctx) => {
          if (id.type !== 'wallet')
            ctx.addIssue({
              code: 'custom',
              path: ['type'],
              input: id.type,
              message: `${JSON.stringify(id.type)} is not "wallet": list only wallet addresses here`,
            });
        }),
      )
      .optional()
      .describe('Wallets involved, each a `wallet` identifier with its chain and sources.'),
    sources: sourceIds.describe('Sources for the incident as a whole.'),
    discrepancies,
    ko: koreanWithTitle,
  })
  .strict();

export type IncidentData = z.infer<typeof incidentSchema>;
