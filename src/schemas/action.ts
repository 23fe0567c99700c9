import { z } from 'astro/zod';
import { ACTION_KINDS, JURISDICTIONS, oneOf } from '~/lib/domain/vocabulary';
import { checkTranslation, confidence, discrepancies, identifier, isoDate, languageCode, slug, sourceIds, koreanWithTitle } from './fields';

export const jurisdiction = z.enum(JURISDICTIONS);

const designee = z
  .object({
    person: slug.optional().describe('Id of a person in content/people/.'),
    organisation: slug.optional().describe('Id of an organisation in content/organisations/.'),
    identifiers: z.array(identifier).optional().describe('Identifiers this action published for the designee, e.g. wallet addresses.'),
    sources: sourceIds.optional().describe('Sources naming this designee, if not the action’s own sources.'),
    confidence: confidence.optional(),
    note: z.string().min(1).optional().describe('What the action says of this designee, briefly.'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if ((entry.person === undefined) === (entry.organisation === undefined)) {
      ctx.addIssue({ code: 'custom', input: entry, message: 'names neither or both of `person` and `organisation`: give exactly one' });
    }
  })
  .describe('A person or organisation this action named.');

const quote = z
  .object({
    text: z.string().trim().min(1).describe('The sentence that says what was designated, verbatim, in the language of the source.'),
    source: slug.describe('Id of the source the sentence is quoted from; it must be one of the action’s `sources`.'),
    language: languageCode.describe('Two-letter code of the language of the quote, e.g. "ko".'),
    translation: z.string().trim().min(1).optional().describe('An English rendering, required when the quote is not in English.'),
  })
  .strict()
  .superRefine((value, ctx) => checkTranslation(value, value.text, ctx, 'a quote'))
  .optional()
  .describe('A short verbatim quote from the action’s best source, shown under the facts.');

/** One sanction action: one round announced by one authority on one day. */
export const actionSchema = z
  .object({
    title: z.string().trim().min(1).describe('A plain headline: who designated whom, e.g. "ROK designates Ri Chang Ho".'),
    jurisdiction: jurisdiction.describe(`The sanctioning jurisdiction: ${oneOf(JURISDICTIONS)}.`),
    authority: z.string().trim().min(1).describe('The body that announced it, e.g. "Ministry of Foreign Affairs" or "OFAC".'),
    programme: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('The programme or legal basis as a cited source states it, e.g. "E.O. 13722". Leave out when no source states it.'),
    kind: z.enum(ACTION_KINDS).describe('designation adds names; amendment changes entries; delisting removes them.'),
    announced: isoDate.describe('Day the action was announced, YYYY-MM-DD in quotes (local date of the authority).'),
    effective: isoDate.optional().describe('Day it took legal effect, if a source gives it.'),
    designees: z.array(designee).describe('Everyone this action named.'),
    coordinatedWith: z
      .array(slug)
      .optional()
      .describe('Ids of other actions taken jointly or on the same day against the same targets. Write the link once, on either action.'),
    carriesOver: z
      .array(slug)
      .optional()
      .describe(
        'Ids of earlier actions of another jurisdiction whose listings this action carried over into its own regime (e.g. the UK’s 31 December 2020 listings carried over from EU listings). Give it only where the action’s own sources say so.',
      ),
    incidents: z
      .array(slug)
      .optional()
      .describe(
        'Ids of the incidents in content/incidents/ that this action cites (the thefts or attacks its own sources name as a reason). Write the link here only; incident pages derive it.',
      ),
    sources: sourceIds.describe('Sources for the action itself (date, authority, designees).'),
    confidence: confidence.optional(),
    quote,
    discrepancies,
    ko: koreanWithTitle,
  })
  .strict();

export type ActionData = z.infer<typeof actionSchema>;
export type Jurisdiction = z.infer<typeof jurisdiction>;
export type DesigneeData = z.infer<typeof designee>;
