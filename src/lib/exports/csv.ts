import type { ActionNode, Graph, IncidentNode, OrganisationNode, PersonNode, SourceNode } from '~/lib/content/graph';
import { usdRange } from '~/lib/domain/amounts';
import { pathOf } from '~/lib/site/urls';
import { documentUrl } from '~/lib/content/source-links';
import { designationDate, jurisdictionRecords, type JurisdictionRecord } from '~/lib/domain/status';
import { JURISDICTIONS, type Jurisdiction } from '~/lib/domain/vocabulary';
import { t } from '~/i18n';

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

// Columns are built when asked for, in the language of the page that lists them (/downloads/ and /ko/downloads/).
export const actionColumns = (): Column<ActionNode>[] => [
  { name: 'id', description: t.csv.action.id, value: (node) => node.id },
  { name: 'url', description: t.csv.action.url, value: (node) => pathOf(node) },
  { name: 'jurisdiction', description: t.csv.action.jurisdiction, value: (node) => node.data.jurisdiction },
  { name: 'authority', description: t.csv.action.authority, value: (node) => node.data.authority },
  { name: 'programme', description: t.csv.action.programme, value: (node) => node.data.programme ?? '' },
  { name: 'kind', description: t.csv.action.kind, value: (node) => node.data.kind },
  { name: 'announced', description: t.csv.action.announced, value: (node) => node.data.announced },
  { name: 'effective', description: t.csv.action.effective, value: (node) => node.data.effective ?? '' },
  { name: 'title', description: t.csv.action.title, value: (node) => node.data.title },
  {
    name: 'designees',
    description: t.csv.action.designees,
    value: (node) => list(node.designees.map(({ node: designee }) => designee.id)),
  },
  { name: 'coordinated_with', description: t.csv.action.coordinated_with, value: (node) => list(node.coordinated.map((other) => other.id)) },
  {
    name: 'source_urls',
    description: t.csv.action.source_urls,
    value: (node) => list(node.sources.map((source) => documentUrl(source.data))),
  },
];

/** Columns people and organisations share, each described in its own collection's words. */
function entityColumns(words: { id: string; url: string; name: string; names: string; identifiers: string; actions: string }) {
  const column = (name: string, description: string, value: (node: PersonNode | OrganisationNode) => string): Column<PersonNode | OrganisationNode> => ({
    name,
    description,
    value,
  });
  return {
    id: column('id', words.id, (node) => node.id),
    url: column('url', words.url, (node) => pathOf(node)),
    name: column('name', words.name, (node) => node.name),
    names: column('names', words.names, (node) => list(node.data.names.map((name) => name.value))),
    identifiers: column('identifiers', words.identifiers, (node) => identifiersText(node.data.identifiers)),
    actions: column('actions', words.actions, (node) => list(node.designations.map(({ action }) => action.id))),
  };
}

export const personColumns = (person = entityColumns(t.csv.person)): Column<PersonNode>[] => [
  person.id,
  person.url,
  person.name,
  person.names,
  { name: 'born', description: t.csv.person.born, value: (node) => list((node.data.born ?? []).map((born) => born.value)) },
  { name: 'nationality', description: t.csv.person.nationality, value: (node) => list((node.data.nationality ?? []).map((fact) => fact.value)) },
  person.identifiers,
  {
    name: 'affiliations',
    description: t.csv.person.affiliations,
    value: (node) => list(node.affiliations.map(({ organisation }) => organisation.id)),
  },
  person.actions,
];

export const organisationColumns = (organisation = entityColumns(t.csv.organisation)): Column<OrganisationNode>[] => [
  organisation.id,
  organisation.url,
  organisation.name,
  { name: 'kind', description: t.csv.organisation.kind, value: (node) => node.data.kind },
  organisation.names,
  { name: 'parent', description: t.csv.organisation.parent, value: (node) => node.parent?.id ?? '' },
  organisation.identifiers,
  organisation.actions,
];

export const sourceColumns = (): Column<SourceNode>[] => [
  { name: 'id', description: t.csv.source.id, value: (node) => node.id },
  { name: 'url', description: t.csv.source.url, value: (node) => node.data.url ?? '' },
  {
    name: 'copy_url',
    description: t.csv.source.copy_url,
    value: (node) => node.data.copy?.url ?? '',
  },
  { name: 'copy_commit', description: t.csv.source.copy_commit, value: (node) => node.data.copy?.commit ?? '' },
  { name: 'title', description: t.csv.source.title, value: (node) => node.data.title },
  { name: 'publisher', description: t.csv.source.publisher, value: (node) => node.data.publisher },
  { name: 'date', description: t.csv.source.date, value: (node) => node.data.date ?? '' },
  { name: 'type', description: t.csv.source.type, value: (node) => node.data.type },
  { name: 'language', description: t.csv.source.language, value: (node) => node.data.language },
];

const recordsOf = new WeakMap<PersonNode | OrganisationNode, Map<Jurisdiction, JurisdictionRecord>>();
/** An entity's record in each jurisdiction, computed once for the five columns of each. */
function recordIn(node: PersonNode | OrganisationNode, jurisdiction: Jurisdiction): JurisdictionRecord | undefined {
  let records = recordsOf.get(node);
  if (!records) recordsOf.set(node, (records = new Map(jurisdictionRecords(node.designations).map((record) => [record.jurisdiction, record]))));
  return records.get(jurisdiction);
}

/** The designation matrix: per jurisdiction, the first designation and what its date is, amendments, delisting and the actions behind them. */
export const matrixColumns = (): Column<PersonNode | OrganisationNode>[] => [
  { name: 'id', description: t.csv.matrix.id, value: (node) => node.id },
  { name: 'type', description: t.csv.matrix.type, value: (node) => node.type },
  { name: 'name', description: t.csv.matrix.name, value: (node) => node.name },
  ...JURISDICTIONS.flatMap((jurisdiction): Column<PersonNode | OrganisationNode>[] => {
    const code = jurisdiction.toLowerCase();
    const name = t.jurisdiction[jurisdiction];
    const first = (node: PersonNode | OrganisationNode) => {
      const designation = recordIn(node, jurisdiction)?.designation;
      return designation && designationDate(designation);
    };
    return [
      { name: `${code}_first_designated`, description: t.csv.matrix.first_designated(name), value: (node) => first(node)?.date ?? '' },
      { name: `${code}_date_kind`, description: t.csv.matrix.date_kind(name), value: (node) => first(node)?.kind ?? '' },
      {
        name: `${code}_amended`,
        description: t.csv.matrix.amended(name),
        value: (node) => list((recordIn(node, jurisdiction)?.amendments ?? []).map((action) => action.data.announced)),
      },
      { name: `${code}_delisted`, description: t.csv.matrix.delisted(name), value: (node) => recordIn(node, jurisdiction)?.delisting?.data.announced ?? '' },
      {
        name: `${code}_actions`,
        description: t.csv.matrix.actions(name),
        value: (node) => {
          const record = recordIn(node, jurisdiction);
          return record ? list([record.designation?.id, ...record.amendments.map((action) => action.id), record.delisting?.id]) : '';
        },
      },
    ];
  }),
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

export const incidentColumns = (): Column<IncidentNode>[] => [
  { name: 'id', description: t.csv.incident.id, value: (node) => node.id },
  { name: 'url', description: t.csv.incident.url, value: (node) => pathOf(node) },
  { name: 'title', description: t.csv.incident.title, value: (node) => node.data.title },
  { name: 'kind', description: t.csv.incident.kind, value: (node) => node.data.kind },
  { name: 'occurred', description: t.csv.incident.occurred, value: (node) => node.data.occurred.date },
  { name: 'disclosed', description: t.csv.incident.disclosed, value: (node) => node.data.disclosed?.date ?? '' },
  { name: 'victim', description: t.csv.incident.victim, value: (node) => node.data.victim.name },
  { name: 'victim_id', description: t.csv.incident.victim_id, value: (node) => node.victim?.id ?? '' },
  { name: 'usd_low', description: t.csv.incident.usd_low, value: (node) => String(usdRange(node.data)?.low ?? '') },
  { name: 'usd_high', description: t.csv.incident.usd_high, value: (node) => String(usdRange(node.data)?.high ?? '') },
  { name: 'assets', description: t.csv.incident.assets, value: (node) => list((node.data.amounts ?? []).map((amount) => amount.assets)) },
  {
    name: 'attributed_by',
    description: t.csv.incident.attributed_by,
    value: (node) => list(node.data.attributions.map((attribution) => `${attribution.byKind}:${attribution.by}`)),
  },
  { name: 'groups', description: t.csv.incident.groups, value: (node) => list(node.groups.map((group) => group.id)) },
  {
    name: 'wallets',
    description: t.csv.incident.wallets,
    value: (node) => list((node.data.wallets ?? []).map((wallet) => `${wallet.chain ?? ''}:${wallet.value}`)),
  },
  { name: 'actions', description: t.csv.incident.actions, value: (node) => list(node.actions.map((action) => action.id)) },
  {
    name: 'source_urls',
    description: t.csv.incident.source_urls,
    value: (node) => list(node.data.sources.flatMap((id) => node.cited.find((source) => source.id === id) ?? []).map((source) => documentUrl(source.data))),
  },
];

/** The CSV files the downloads page offers, with their columns. */
export function csvFiles(graph: Graph) {
  return [
    { file: 'actions.csv', description: t.csv.files.actions, columns: actionColumns(), body: () => toCsv(actionColumns(), graph.actions) },
    { file: 'people.csv', description: t.csv.files.people, columns: personColumns(), body: () => toCsv(personColumns(), graph.people) },
    {
      file: 'organisations.csv',
      description: t.csv.files.organisations,
      columns: organisationColumns(),
      body: () => toCsv(organisationColumns(), graph.organisations),
    },
    { file: 'sources.csv', description: t.csv.files.sources, columns: sourceColumns(), body: () => toCsv(sourceColumns(), graph.sources) },
    {
      file: 'matrix.csv',
      description: t.csv.files.matrix,
      columns: matrixColumns(),
      body: () => toCsv(matrixColumns(), [...graph.people, ...graph.subjectOrganisations]),
    },
    { file: 'incidents.csv', description: t.csv.files.incidents, columns: incidentColumns(), body: () => toCsv(incidentColumns(), graph.incidents) },
  ] as const;
}
