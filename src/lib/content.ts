import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildGraph, type AnyNode } from './graph';
import { contentRoot } from './loader';

type AnyEntry = CollectionEntry<'actions' | 'people' | 'organisations' | 'sources'>;

const collections = {
  actions: await getCollection('actions'),
  people: await getCollection('people'),
  organisations: await getCollection('organisations'),
  sources: await getCollection('sources'),
};

const fileOf = (collection: string, entry: AnyEntry) => entry.filePath ?? `${contentRoot}/${collection}/${entry.id}.md`;
const inputsOf = <Entry extends AnyEntry>(collection: string, entries: Entry[]) =>
  entries.map((entry) => ({ id: entry.id, file: fileOf(collection, entry), data: entry.data as Entry['data'] }));

/** The one entity graph of the site, built once per build. */
export const graph = buildGraph({
  actions: inputsOf('actions', collections.actions),
  people: inputsOf('people', collections.people),
  organisations: inputsOf('organisations', collections.organisations),
  sources: inputsOf('sources', collections.sources),
});

const entryByNode = new Map<string, AnyEntry>(
  Object.entries(collections).flatMap(([collection, entries]) => entries.map((entry): [string, AnyEntry] => [`${collection}/${entry.id}`, entry])),
);
const collectionOf = { action: 'actions', person: 'people', organisation: 'organisations', source: 'sources' } as const;

/** Renders the Markdown body of the entry behind a node. */
export async function bodyOf(node: AnyNode) {
  const entry = entryByNode.get(`${collectionOf[node.type]}/${node.id}`);
  if (!entry) throw new Error(`no entry for ${node.type} ${node.id}`);
  return render(entry);
}
