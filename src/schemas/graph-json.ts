import { z } from 'astro/zod';

const nameForm = z.object({ value: z.string(), script: z.enum(['latin', 'hangul', 'other']), kind: z.enum(['official', 'variant', 'alias']) }).strict();
const identifier = z.object({ type: z.string(), value: z.string(), chain: z.string().optional() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The public contract of /data/graph.json; /data/graph.schema.json is generated from it. */
export const graphJsonSchema = z
  .object({
    actions: z.array(
      z
        .object({
          id: z.string(),
          url: z.string().describe('Site path of the action page.'),
          jurisdiction: z.enum(['KR', 'US', 'UN', 'EU', 'GB', 'JP', 'AU']),
          authority: z.string(),
          programme: z.string(),
          kind: z.enum(['designation', 'amendment', 'delisting']),
          announced: isoDate,
          effective: isoDate.nullable(),
          title: z.string(),
          designees: z.array(z.string()).describe('Ids of people and organisations.'),
          coordinatedWith: z.array(z.string()).describe('Ids of coordinated actions.'),
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
      z.object({ id: z.string(), url: z.url(), title: z.string(), publisher: z.string(), date: z.string().nullable(), primary: z.boolean() }).strict(),
    ),
  })
  .strict();
