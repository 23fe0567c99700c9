import { getCollection, render, type CollectionEntry } from 'astro:content';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { assertSiteLinks } from './body-check';
import { koreanSummaryOf } from './localised';
import { externalLinks, refuseRawHtml, siteLinks } from './markdown';
import { buildGraph, type AnyNode } from './graph';
import { lastCommitDates } from './history';
import { contentRoot } from './loader';
import { pathOf } from '~/lib/site/urls';

type AnyEntry = CollectionEntry<'actions' | 'people' | 'organisations' | 'sources' | 'checks' | 'incidents'>;

const collections = {
  actions: await getCollection('actions'),
  people: await getCollection('people'),
  organisations: await getCollection('organisations'),
  sources: await getCollection('sources'),
  incidents: await getCollection('incidents'),
};
const checks = await getCollection('checks');

const fileOf = (collection: string, entry: AnyEntry) => entry.filePath ?? `${contentRoot}/${collection}/${entry.id}.md`;
const inputsOf = <Entry extends AnyEntry>(collection: string, entries: Entry[]) =>
  entries.map((entry) => ({ id: entry.id, file: fileOf(collection, entry), data: entry.data as Entry['data'] }));

/** The one entity graph of the site, built once per build. */
export const graph = buildGraph({
  actions: inputsOf('actions', collections.actions),
  people: inputsOf('people', collections.people),
  organisations: inputsOf('organisations', collections.organisations),
  sources: inputsOf('sources', collections.sources),
  checks: inputsOf('checks', checks),
  incidents: inputsOf('incidents', collections.incidents),
});

const entryByNode = new Map<string, AnyEntry>(
  Object.entries(collections).flatMap(([collection, entries]) => entries.map((entry): [string, AnyEntry] => [`${collection}/${entry.id}`, entry])),
);
// Links between entries are written as site paths; each must lead to an entry's page.
const entryPages = new Set([...graph.actions, ...graph.people, ...graph.organisations, ...graph.sources, ...graph.incidents].map(pathOf));
for (const [key, entry] of entryByNode) {
  const [collection = ''] = key.split('/');
  const file = fileOf(collection, entry);
  const isPage = (sitePath: string) => entryPages.has(sitePath);
  assertSiteLinks(file, entry.body ?? '', isPage);
  const summary = (entry.data as { ko?: { summary?: string } }).ko?.summary;
  if (summary) assertSiteLinks(file, summary, isPage, 'ko.summary');
}

const collectionOf = { action: 'actions', person: 'people', organisation: 'organisations', source: 'sources', incident: 'incidents' } as const;

/** Renders the Markdown body of the entry behind a node. */
export async function bodyOf(node: AnyNode) {
  const entry = entryByNode.get(`${collectionOf[node.type]}/${node.id}`);
  if (!entry) throw new Error(`no entry for ${node.type} ${node.id}`);
  return render(entry);
}

// The Korean summary is Markdown in the front matter: rendered here by the same processor and the same checks as bodies.
let koreanRenderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** The Korean summary of the entry behind a node as HTML, on Korean pages of entries that have one. */
export async function koreanBodyOf(node: AnyNode): Promise<string | undefined> {
  const summary = koreanSummaryOf(node);
  if (summary === undefined) return undefined;
  koreanRenderer ??= createSatteriMarkdownProcessor({ hastPlugins: [refuseRawHtml, externalLinks, siteLinks('ko', import.meta.env.BASE_URL)] });
  const entry = entryByNode.get(`${collectionOf[node.type]}/${node.id}`);
  const fileURL = entry?.filePath ? new URL(`file://${process.cwd()}/${entry.filePath}`) : undefined;
  return (await (await koreanRenderer).render(summary, fileURL ? { fileURL } : {})).code;
}

const commitDates = lastCommitDates(contentRoot);
const buildDate = new Date().toISOString().slice(0, 10);

/** When a page's content last changed: its file's last commit, else the newest source it cites. */
export function lastUpdatedOf(node: AnyNode): string {
  const fromGit = commitDates.get(node.file);
  if (fromGit) return fromGit;
  const cited = node.type === 'source' ? [node] : node.cited;
  return (
    cited
      .map((source) => source.data.date ?? '')
      .sort()
      .at(-1)
      ?.padEnd(10, '-01')
      .slice(0, 10) || buildDate
  );
}

/** The day this build ran: the access date a citation of this copy carries. */
export const builtOn = buildDate;
