/** What an entry says in the language of the page being rendered: its name, an action's title, its summary. */
import type { ActionNode, AnyNode, IncidentNode, OrganisationNode, PersonNode } from './graph';
import { NAME_KINDS } from '~/lib/domain/vocabulary';
import { currentLanguage } from '~/i18n';

const hangulNames = new WeakMap<PersonNode | OrganisationNode, string | undefined>();

/**
 * The Hangul name a Korean page heads an entity with: a printed official form first (the North's
 * spelling, as lists print it), then a variant (the South's), then an alias; undefined when no
 * source prints one, and then the page uses the Latin name as printed. Never a made-up form.
 */
export function hangulNameOf(node: PersonNode | OrganisationNode): string | undefined {
  if (!hangulNames.has(node)) {
    const hangul = node.data.names.filter((name) => name.script === 'hangul');
    const best = NAME_KINDS.map((kind) => hangul.find((name) => name.kind === kind)).find((name) => name !== undefined);
    hangulNames.set(node, best?.value);
  }
  return hangulNames.get(node);
}

/** An entity's name on the current page: in Hangul on Korean pages where a source prints one. */
export const nameOf = (node: PersonNode | OrganisationNode): string => (currentLanguage() === 'ko' ? (hangulNameOf(node) ?? node.name) : node.name);

/** An action's or an incident's title in the current language (the Korean edition's title on Korean pages). */
export const titleOf = (node: ActionNode | IncidentNode): string => (currentLanguage() === 'ko' ? (node.data.ko?.title ?? node.data.title) : node.data.title);

/** The text of a link to a node: an action's or a source's title, an entity's name. Sources keep their own title. */
export const labelOf = (node: AnyNode): string =>
  node.type === 'action' || node.type === 'incident' ? titleOf(node) : node.type === 'source' ? node.data.title : nameOf(node);

/**
 * The language of what entries write in their own words (notes, roles, authorities, disagreements):
 * English, marked on the pages of another edition so a screen reader reads it as English.
 */
export const contentLanguage = (): string | undefined => (currentLanguage() === 'en' ? undefined : 'en');

/** The Korean summary of an entry, when the page is Korean and the entry has one. */
export const koreanSummaryOf = (node: AnyNode): string | undefined =>
  currentLanguage() === 'ko' && node.type !== 'source' ? node.data.ko?.summary : undefined;
