import type { Jurisdiction } from '~/schemas/action';
import type { Designation } from './graph';

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
