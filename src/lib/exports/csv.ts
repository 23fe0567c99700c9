import type { ActionNode, Graph, OrganisationNode, PersonNode, SourceNode } from '~/lib/content/graph';
import { pathOf } from '~/lib/site/urls';
import { documentUrl } from '~/lib/content/source-links';
import { ACTION_KINDS, JURISDICTIONS, oneOf } from '~/lib/domain/vocabulary';

/** One documented CSV column: its name, what it holds, and how to read it off a node. */
export interface Column<Node> {
  name: string;
  description: string;
  value: (node: Node) => string;
}

const list = (values: readonly (string | undefined)[]) => values.filter(Boolean).join('; ');
/** Identifiers as type:value, wallets as wallet/CHAIN:address. */
const identifiersText = (identifiers: readonly { type: string; value: string; chain?: string | undefined }[] = []) =>
  list(identifiers.map((id) => `${id.type}${id.chain ? `/${id.chain}` : ''}:${id.value}`));

export const actionColumns: Column<ActionNode>[] = [
  { name: 'id', description: 'Stable id of the action (also its URL slug).', value: (node) => node.id },
  { name: 'url', description: 'Path of the action’s page on this site.', value: (node) => pathOf(node) },
  { name: 'jurisdiction', description: `${oneOf(JURISDICTIONS)}.`, value: (node) => node.data.jurisdiction },
  { name: 'authority', description: 'The body that announced the action.', value: (node) => node.data.authority },
  { name: 'programme', description: 'Programme or legal basis.', value: (node) => node.data.programme ?? '' },
  { name: 'kind', description: `${oneOf(ACTION_KINDS)}.`, value: (node) => node.data.kind },
  { name: 'announced', description: 'Announcement date, YYYY-MM-DD.', value: (node) => node.data.announced },
  { name: 'effective', description: 'Date it took effect, if a source gives it.', value: (node) => node.data.effective ?? '' },
  { name: 'title', description: 'Headline of the action.', value: (node) => node.data.title },
  {
    name: 'designees',
    description: 'Ids of the people and organisations named, separated by "; ".',
    value: (node) => list(node.designees.map(({ node: designee }) => designee.id)),
  },
  { name: 'coordinated_with', description: 'Ids of coordinated actions, separated by "; ".', value: (node) => list(node.coordinated.map((other) => other.id)) },
  {
    name: 'source_urls',
    description: 'URLs of the documents for the action, separated by "; ".',
    value: (node) => list(node.sources.map((source) => documentUrl(source.data))),
  },
];

export const personColumns: Column<PersonNode>[] = [
  { name: 'id', description: 'Stable id of the person.', value: (node) => node.id },
  { name: 'url', description: 'Path of the person’s page.', value: (node) => pathOf(node) },
  { name: 'name', description: 'Name shown as the page heading.', value: (node) => node.name },
  {
    name: 'names',
    description: 'Every printed form of the name (Hangul included), separated by "; ".',
    value: (node) => list(node.data.names.map((name) => name.value)),
  },
  { name: 'born', description: 'Dates of birth as published, separated by "; ".', value: (node) => list((node.data.born ?? []).map((born) => born.value)) },
  { name: 'nationality', description: 'Nationality as published.', value: (node) => list((node.data.nationality ?? []).map((fact) => fact.value)) },
  {
    name: 'identifiers',
    description: 'Identifiers as type:value (wallets as wallet/CHAIN:address), separated by "; ".',
    value: (node) => identifiersText(node.data.identifiers),
  },
  {
    name: 'affiliations',
    description: 'Ids of the organisations the person belongs to, separated by "; ".',
    value: (node) => list(node.affiliations.map(({ organisation }) => organisation.id)),
  },
  {
    name: 'actions',
    description: 'Ids of the actions that named the person, oldest first.',
    value: (node) => list(node.designations.map(({ action }) => action.id)),
  },
];

export const organisationColumns: Column<OrganisationNode>[] = [
  { name: 'id', description: 'Stable id of the organisation.', value: (node) => node.id },
  { name: 'url', description: 'Path of the organisation’s page.', value: (node) => pathOf(node) },
  { name: 'name', description: 'Name shown as the page heading.', value: (node) => node.name },
  {
    name: 'kind',
    description: 'state-body, military-unit, hacking-group, company, front-company, bank, crypto-service or school.',
    value: (node) => node.data.kind,
  },
  { name: 'names', description: 'Every printed form of the name, separated by "; ".', value: (node) => list(node.data.names.map((name) => name.value)) },
  { name: 'parent', description: 'Id of the parent body, if recorded.', value: (node) => node.parent?.id ?? '' },
  {
    name: 'identifiers',
    description: 'Identifiers as type:value, separated by "; ".',
    value: (node) => identifiersText(node.data.identifiers),
  },
  {
    name: 'actions',
    description: 'Ids of the actions that named the body, oldest first.',
    value: (node) => list(node.designations.map(({ action }) => action.id)),
  },
];

export const sourceColumns: Column<SourceNode>[] = [
  { name: 'id', description: 'Stable id of the source.', value: (node) => node.id },
  { name: 'url', description: 'The official URL of the document; empty when only a copy is known.', value: (node) => node.data.url ?? '' },
  {
    name: 'copy_url',
    description: 'Where a copy of the document was read (a list file in a repository, a reposted release), if not at its official URL.',
    value: (node) => node.data.copy?.url ?? '',
  },
  { name: 'copy_commit', description: 'The git commit of that copy, where it is held in a repository.', value: (node) => node.data.copy?.commit ?? '' },
  { name: 'title', description: 'Title as published (bracketed when supplied by us).', value: (node) => node.data.title },
  { name: 'publisher', description: 'Who published it.', value: (node) => node.data.publisher },
  { name: 'date', description: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD).', value: (node) => node.data.date ?? '' },
  { name: 'type', description: 'primary (the official document, also when read through a copy) or secondary.', value: (node) => node.data.type },
  { name: 'language', description: 'Two-letter language code.', value: (node) => node.data.language },
];

/**
 * One RFC 4180 field. A value that a spreadsheet would run as a formula (starting with =, +, -, @)
 * gets a leading apostrophe, so opening the file never executes anything.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: a header row, then one row per node, CRLF line ends (RFC 4180). */
export function toCsv<Node>(columns: readonly Column<Node>[], nodes: readonly Node[]): string {
  const rows = [columns.map((column) => csvField(column.name)), ...nodes.map((node) => columns.map((column) => csvField(column.value(node))))];
  return `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The CSV files the downloads page offers, with their columns. */
export function csvFiles(graph: Graph) {
  return [
    { file: 'actions.csv', description: 'One row per action.', columns: actionColumns, body: () => toCsv(actionColumns, graph.actions) },
    { file: 'people.csv', description: 'One row per person.', columns: personColumns, body: () => toCsv(personColumns, graph.people) },
    {
      file: 'organisations.csv',
      description: 'One row per organisation.',
      columns: organisationColumns,
      body: () => toCsv(organisationColumns, graph.organisations),
    },
    { file: 'sources.csv', description: 'One row per source document.', columns: sourceColumns, body: () => toCsv(sourceColumns, graph.sources) },
  ] as const;
}
