import { z } from 'astro/zod';
import { ACTION_KINDS, ATTRIBUTION_KINDS, INCIDENT_KINDS, JURISDICTIONS, NAME_KINDS, SCRIPTS } from '~/lib/domain/vocabulary';

const nameForm = z.object({ value: z.string(), script: z.enum(SCRIPTS), kind: z.enum(NAME_KINDS) }).strict();
const identifier = z.object({ type: z.string(), value: z.string(), chain: z.string().optional() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const sourceUrls = z.array(z.url()).describe('URLs of the documents that state it.');

/** The public contract of /data/graph.json; /data/graph.schema.json is generated from it. */
export const graphJsonSchema = z
  .object({
    actions: z.array(
      z
        .object({
          id: z.string(),
          url: z.string().describe('Site path of the action page.'),
          jurisdiction: z.enum(JURISDICTIONS),
          authority: z.string(),
          programme: z.string().nullable().describe('Programme or legal basis; null where no cited source states it.'),
          quote: z
            .object({ text: z.string(), source: z.string(), language: z.string(), translation: z.string().optional() })
            .strict()
            .nullable()
            .describe('A verbatim sentence from the action’s best source, with an English rendering where it is not English.'),
          kind: z.enum(ACTION_KINDS),
          announced: isoDate,
          effective: isoDate.nullable(),
          title: z.string(),
          designees: z.array(z.string()).describe('Ids of people and organisations.'),
          coordinatedWith: z.array(z.string()).describe('Ids of coordinated actions.'),
          carriesOver: z
            .array(z.string())
            .describe('Ids of earlier actions of other jurisdictions whose listings this action carried over into its own regime.'),
          incidents: z.array(z.string()).describe('Ids of the incidents the action cites.'),
          sources: z.array(z.url()).describe('URLs of the documents for the action.'),
        })
        .strict(),
    ),
    people: z.array(
      z
        .object({
          id: z.string(),
          url: z.string(),
          name: z.string(),
          names: z.array(nameForm),
          identifiers: z.array(identifier),
          affiliations: z.array(z.string()).describe('Ids of organisations.'),
          actions: z.array(z.string()).describe('Ids of actions naming the person (derived).'),
          born: z.string().nullable().describe('First published date of birth: YYYY, YYYY-MM or YYYY-MM-DD.'),
        })
        .strict(),
    ),
    organisations: z.array(
      z
        .object({
          id: z.string(),
          url: z.string(),
          name: z.string(),
          kind: z.string(),
          names: z.array(nameForm),
          identifiers: z.array(identifier),
          parent: z.string().nullable(),
          actions: z.array(z.string()),
        })
        .strict(),
    ),
    sources: z.array(
      z
        .object({
          id: z.string(),
          url: z.url().nullable().describe('Official URL of the document; null where only a copy is known.'),
          copy: z
            .object({ url: z.url(), publisher: z.string(), commit: z.string().nullable() })
            .strict()
            .nullable()
            .describe('Where the document was read when not at its official URL.'),
          title: z.string(),
          publisher: z.string(),
          date: z.string().nullable(),
          primary: z.boolean().describe('The official document, also when read through a copy.'),
        })
        .strict(),
    ),
    incidents: z.array(
      z
        .object({
          id: z.string(),
          url: z.string().describe('Site path of the incident page.'),
          title: z.string(),
          date: partialDate.describe('When it happened: YYYY, YYYY-MM or YYYY-MM-DD.'),
          disclosed: partialDate.nullable().describe('When it was discovered or disclosed, where a source gives another date.'),
          victim: z.object({ name: z.string(), organisation: z.string().nullable().describe('Id of the victim’s organisation entry.') }).strict(),
          kind: z.enum(INCIDENT_KINDS),
          amounts: z
            .array(
              z
                .object({
                  usd: z.number().nullable().describe('US dollars as the source reported them at the time.'),
                  assets: z.string().nullable().describe('The stolen assets as the source gives them.'),
                  asOf: partialDate.nullable(),
                  sources: sourceUrls,
                })
                .strict(),
            )
            .describe('Each reported amount with its sources; several where sources differ.'),
          attributions: z
            .array(
              z
                .object({
                  by: z.string(),
                  byKind: z.enum(ATTRIBUTION_KINDS),
                  date: isoDate.describe('When the attribution was made public.'),
                  words: z.string().describe('The attributor’s own words of confidence, verbatim.'),
                  language: z.string().describe('Two-letter code of the language of the words.'),
                  translation: z.string().nullable().describe('An English rendering, where the words are not in English.'),
                  sources: sourceUrls.describe('The documents that print the words.'),
                  dateSources: sourceUrls.describe('Documents that give the day but do not print the words; empty where those that print them give it.'),
                })
                .strict(),
            )
            .min(1),
          groups: z.array(z.string()).describe('Ids of the organisations it is attributed to.'),
          wallets: z
            .array(
              z
                .object({
                  chain: z.string().nullable(),
                  value: z.string(),
                  listedOn: z.array(z.string()).describe('Ids of the people and organisations whose designation lists this address.'),
                })
                .strict(),
            )
            .describe('Wallets involved.'),
          actions: z.array(z.string()).describe('Ids of the actions that cite the incident (derived).'),
          sources: sourceUrls,
        })
        .strict(),
    ),
  })
  .strict();
