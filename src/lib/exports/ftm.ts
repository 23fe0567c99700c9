import type { Graph, OrganisationNode, PersonNode } from '~/lib/content/graph';
import { t } from '~/i18n';
import { documentUrl } from '~/lib/content/source-links';
import { sanctionPeriods } from '~/lib/domain/status';

/** One FollowTheMoney entity: every property value is a string inside an array, as the model defines. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const PREFIX = 'dprk-tracker';
/** Ids are built from our own stable ids, so the same fact keeps the same FtM id across builds. */
export const ftmId = (...parts: string[]) => [PREFIX, ...parts].join('-');

const nonEmpty = (properties: Record<string, (string | undefined)[]>): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(properties)
      .map(([key, values]): [string, string[]] => [key, [...new Set(values.filter((value): value is string => Boolean(value)))]])
      .filter(([, values]) => values.length > 0),
  );

function sourceUrls(node: PersonNode | OrganisationNode): string[] {
  return node.cited.map((source) => documentUrl(source.data));
}

/**
 * The whole graph as FtM entities: Person, Organization, Sanction, CryptoWallet, Membership,
 * UnknownLink (parent bodies, and a group's incidents) and Event (an incident: FtM has no schema for
 * a theft or an attack; an Event is a dated happening with the entities involved).
 */
export function ftmEntities(graph: Graph): FtmEntity[] {
  const out: FtmEntity[] = [];
  const identifiers = (node: PersonNode | OrganisationNode, type: string) =>
    (node.data.identifiers ?? []).filter((id) => id.type === type).map((id) => id.value);
  // The heading is the FtM name; every other printed form is an alias.
  const namesOf = (node: PersonNode | OrganisationNode) => ({
    name: [node.name],
    alias: node.data.names.filter((name) => name.value !== node.name).map((name) => name.value),
  });
  for (const person of graph.people) {
    out.push({
      id: ftmId('person', person.id),
      schema: 'Person',
      properties: nonEmpty({
        ...namesOf(person),
        birthDate: (person.data.born ?? []).map((born) => born.value),
        birthPlace: (person.data.birthplace ?? []).map((place) => place.value),
        nationality: (person.data.nationality ?? []).map((nationality) => nationality.value),
        passportNumber: identifiers(person, 'passport'),
        idNumber: identifiers(person, 'national-id'),
        email: identifiers(person, 'email'),
        sourceUrl: sourceUrls(person),
      }),
    });
  }
  for (const organisation of graph.organisations) {
    out.push({
      id: ftmId('organisation', organisation.id),
      schema: 'Organization',
      properties: nonEmpty({
        ...namesOf(organisation),
        registrationNumber: identifiers(organisation, 'registration-number'),
        website: identifiers(organisation, 'website'),
        sourceUrl: sourceUrls(organisation),
      }),
    });
    if (organisation.parent) {
      out.push({
        id: ftmId('parent', organisation.id, organisation.parent.id),
        schema: 'UnknownLink',
        properties: {
          subject: [ftmId('organisation', organisation.id)],
          object: [ftmId('organisation', organisation.parent.id)],
          role: [t.ftm.subordinateBody],
        },
      });
    }
  }
  for (const node of [...graph.people, ...graph.organisations]) {
    const holder = ftmId(node.type, node.id);
    for (const wallet of (node.data.identifiers ?? []).filter((id) => id.type === 'wallet')) {
      out.push({
        id: ftmId('wallet', wallet.chain ?? 'unknown', wallet.value.toLowerCase()),
        schema: 'CryptoWallet',
        properties: nonEmpty({ publicKey: [wallet.value], currency: [wallet.chain], holder: [holder] }),
      });
    }
  }
  for (const person of graph.people) {
    person.affiliations.forEach(({ organisation, affiliation }, index) => {
      out.push({
        id: ftmId('membership', person.id, organisation.id, String(index)),
        schema: 'Membership',
        properties: nonEmpty({
          member: [ftmId('person', person.id)],
          organization: [ftmId('organisation', organisation.id)],
          role: [affiliation.role],
          startDate: [affiliation.from],
          endDate: [affiliation.to],
        }),
      });
    });
  }
  for (const node of [...graph.people, ...graph.organisations]) {
    const endOf = new Map(sanctionPeriods(node.designations).map(({ designation, endedBy }) => [designation.action, endedBy?.data.announced]));
    for (const { action } of node.designations) {
      out.push({
        id: ftmId('sanction', action.id, node.id),
        schema: 'Sanction',
        properties: nonEmpty({
          entity: [ftmId(node.type, node.id)],
          authority: [t.ftm.authority(action.data.authority, t.jurisdiction[action.data.jurisdiction])],
          program: action.data.programme ? [action.data.programme] : [],
          startDate: [action.data.effective ?? action.data.announced],
          listingDate: [action.data.announced],
          endDate: [endOf.get(action)],
          status: [action.data.kind],
          sourceUrl: action.sources.map((source) => documentUrl(source.data)),
        }),
      });
    }
  }
  for (const incident of graph.incidents) {
    const event = ftmId('incident', incident.id);
    out.push({
      id: event,
      schema: 'Event',
      properties: nonEmpty({
        name: [incident.data.title],
        date: [incident.data.occurred.date],
        summary: [t.ftm.incidentSummary(t.incidentKind[incident.data.kind], incident.data.victim.name)],
        involved: [...incident.groups.map((group) => ftmId('organisation', group.id)), ...(incident.victim ? [ftmId('organisation', incident.victim.id)] : [])],
        sourceUrl: incident.cited.map((source) => documentUrl(source.data)),
      }),
    });
    for (const group of incident.groups) {
      out.push({
        id: ftmId('attributed', incident.id, group.id),
        schema: 'UnknownLink',
        properties: { subject: [event], object: [ftmId('organisation', group.id)], role: [t.ftm.attributedTo] },
      });
    }
  }
  return out;
}
