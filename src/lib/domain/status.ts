import type { Jurisdiction } from '~/schemas/action';
import type { ActionNode, Designation } from '~/lib/content/graph';

export interface JurisdictionStatus {
  jurisdiction: Jurisdiction;
  /** First designation date. */
  since: string | undefined;
  /** Delisting date, if the latest action in this jurisdiction removed them. */
  delisted: string | undefined;
  amended: string | undefined;
}

/** Current status per jurisdiction from a node's designations (which are sorted oldest first). */
export function statusByJurisdiction(designations: readonly Designation[]): JurisdictionStatus[] {
  const statuses = new Map<Jurisdiction, JurisdictionStatus>();
  for (const { action } of designations) {
    const { jurisdiction, kind, announced } = action.data;
    const status = statuses.get(jurisdiction) ?? { jurisdiction, since: undefined, delisted: undefined, amended: undefined };
    if (kind === 'designation') {
      status.since ??= announced;
      status.delisted = undefined;
    } else if (kind === 'amendment') status.amended = announced;
    else status.delisted = announced;
    statuses.set(jurisdiction, status);
  }
  return [...statuses.values()];
}

/** One designation of an entity and the delisting that ended it, if any. */
export interface SanctionPeriod {
  designation: Designation;
  /** The first later delisting in the same jurisdiction that names the entity. */
  endedBy: ActionNode | undefined;
}

/**
 * Every designation of an entity with the delisting that ended it. A delisting ends every
 * designation before it in its jurisdiction (a re-designation included), not only the newest.
 */
export function sanctionPeriods(designations: readonly Designation[]): SanctionPeriod[] {
  return designations.flatMap((designation, index) => {
    if (designation.action.data.kind !== 'designation') return [];
    const endedBy = designations
      .slice(index + 1)
      .find(({ action }) => action.data.kind === 'delisting' && action.data.jurisdiction === designation.action.data.jurisdiction)?.action;
    return [{ designation, endedBy }];
  });
}
