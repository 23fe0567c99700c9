import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actionSchema } from '~/schemas/action';
import { organisationSchema } from '~/schemas/organisation';
import { personSchema } from '~/schemas/person';
import { sourceSchema } from '~/schemas/source';
import { checkSchema } from '~/schemas/check';
import { incidentSchema } from '~/schemas/incident';
import { checkedIdFor, contentRoot } from '~/lib/content/loader';

const entriesOf = (collection: string, schema: Parameters<typeof checkedIdFor>[1]) =>
  glob({ pattern: '*.{md,mdx}', base: path.resolve(contentRoot, collection), generateId: checkedIdFor(collection, schema) });

export const collections = {
  actions: defineCollection({ loader: entriesOf('actions', actionSchema), schema: actionSchema }),
  people: defineCollection({ loader: entriesOf('people', personSchema), schema: personSchema }),
  organisations: defineCollection({ loader: entriesOf('organisations', organisationSchema), schema: organisationSchema }),
  sources: defineCollection({ loader: entriesOf('sources', sourceSchema), schema: sourceSchema }),
  checks: defineCollection({ loader: entriesOf('checks', checkSchema), schema: checkSchema }),
  incidents: defineCollection({ loader: entriesOf('incidents', incidentSchema), schema: incidentSchema }),
};
