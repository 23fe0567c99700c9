import { documentUrl } from '~/lib/content/source-links';
import type { ActionNode, EntityNode, OrganisationNode, PersonNode } from '~/lib/content/graph';
import { t } from '~/i18n';
import { nameOf, titleOf } from '~/lib/content/localised';
import { hrefOf } from '~/lib/site/urls';

type JsonLd = Record<string, unknown>;

const absolute = (node: Pick<EntityNode, 'type' | 'id'>, site: URL) => new URL(hrefOf(node), site).href;
const alternateNames = (node: PersonNode | OrganisationNode) => [...new Set(node.data.names.slice(1).map((name) => name.value))];

/**
 * schema.org description of a page. People are Person and bodies Organization; an action is
 * Legislation (an official act with a date, jurisdiction and type), which fits a designation
 * better than GovernmentService, a service offered to the public. An incident is an Event: a dated happening.
 */
export function structuredDataOf(node: EntityNode, site: URL): JsonLd {
  // The page's language: the Korean edition's pages describe the same entity in Korean.
  const base = { '@context': 'https://schema.org', '@id': absolute(node, site), url: absolute(node, site), inLanguage: t.lang };
  if (node.type === 'person') {
    return {
      ...base,
      '@type': 'Person',
      name: nameOf(node),
      alternateName: alternateNames(node),
      ...(node.data.born?.[0] ? { birthDate: node.data.born[0].value } : {}),
      ...(node.data.nationality?.[0] ? { nationality: node.data.nationality[0].value } : {}),
      affiliation: node.affiliations.map(({ organisation }) => ({ '@type': 'Organization', '@id': absolute(organisation, site), name: nameOf(organisation) })),
      subjectOf: node.designations.map(({ action }) => ({ '@id': absolute(action, site) })),
    };
  }
  if (node.type === 'organisation') {
    return {
      ...base,
      '@type': 'Organization',
      name: nameOf(node),
      alternateName: alternateNames(node),
      ...(node.parent ? { parentOrganization: { '@type': 'Organization', '@id': absolute(node.parent, site), name: nameOf(node.parent) } } : {}),
      subOrganization: node.children.map((child) => ({ '@type': 'Organization', '@id': absolute(child, site), name: nameOf(child) })),
      subjectOf: node.designations.map(({ action }) => ({ '@id': absolute(action, site) })),
    };
  }
  if (node.type === 'incident') {
    return {
      ...base,
      '@type': 'Event',
      name: titleOf(node),
      startDate: node.data.occurred.date,
      about: node.groups.map((group) => ({ '@type': 'Organization', '@id': absolute(group, site), name: nameOf(group) })),
      subjectOf: node.actions.map((action) => ({ '@id': absolute(action, site) })),
      citation: node.data.sources.map((id) => node.cited.find((source) => source.id === id)).flatMap((source) => (source ? [documentUrl(source.data)] : [])),
    };
  }
  return actionData(node, base, site);
}

function actionData(action: ActionNode, base: JsonLd, site: URL): JsonLd {
  return {
    ...base,
    '@type': 'Legislation',
    name: titleOf(action),
    legislationDate: action.data.announced,
    ...(action.data.effective ? { legislationLegalForce: 'InForce', temporalCoverage: `${action.data.effective}/..` } : {}),
    legislationJurisdiction: t.jurisdiction[action.data.jurisdiction],
    legislationType: t.structuredData.legislationType(t.actionKindWord[action.data.kind]),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: action.data.authority },
    about: action.designees.map(({ node }) => ({
      '@type': node.type === 'person' ? 'Person' : 'Organization',
      '@id': absolute(node, site),
      name: nameOf(node),
    })),
    citation: action.sources.map((source) => documentUrl(source.data)),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no string in the data can close the element. */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
