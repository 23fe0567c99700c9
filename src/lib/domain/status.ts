import type { Jurisdiction } from '~/schemas/action';
import type { ActionNode, Designation } from '~/lib/content/graph';
import type { DesignationDateKind } from './vocabulary';

export interface JurisdictionStatus {
  jurisdiction: Jurisdiction;
  /** First designation date. */
  since: string | undefined;
  /** Delisting date, if the latest action in this jurisdiction removed them. */
  delisted: string | undefined;
  amended: string | undefined;
}

/** Every action of one jurisdiction that shaped an entity's standing there. */
export interface JurisdictionRecord {
  jurisdiction: Jurisdiction;
  /** The first designation; undefined when the jurisdiction only amended or delisted them. */
  designation: ActionNode | undefined;
  /** Amendments, oldest first. */
  amendments: ActionNode[];
  /** The delisting that ended the latest designation, unless a later designation listed them again. */
  delisting: ActionNode | undefined;
}

/** Per jurisdiction, in the order each first named the entity, from designations sorted oldest first. */
export function jurisdictionRecords(designations: readonly Designation[]): JurisdictionRecord[] {
  const records = new Map<Jurisdiction, JurisdictionRecord>();
  for (const { action } of designations) {
    const { jurisdiction, kind } = action.data;
    let record = records.get(jurisdiction);
    if (!record) records.set(jurisdiction, (record = { jurisdiction, designation: undefined, amendments: [], delisting: undefined }));
    if (kind === 'designation') {
      record.designation ??= action;
      record.delisting = undefined;
    } else if (kind === 'amendment') record.amendments.push(action);
    // The first delisting after a designation ends it, as sanctionPeriods has it; a second one changes nothing.
    else record.delisting ??= action;
  }
  return [...records.values()];
}

/** Current status per jurisdiction from a node's designations (which are sorted oldest first). */
export function statusByJurisdiction(designations: readonly Designation[]): JurisdictionStatus[] {
  return jurisdictionRecords(designations).map(({ jurisdiction, designation, amendments, delisting }) => ({
    jurisdiction,
    since: designation?.data.announced,
    delisted: delisting?.data.announced,
    amended: amendments.at(-1)?.data.announced,
  }));
}

/** The day a designation took hold in its jurisdiction, and what that day is. */
export function designationDate(action: ActionNode): { date: string; kind: DesignationDateKind } {
  const { announced, effective } = action.data;
  const date = effective ?? announced;
  if (action.carriedOver.length > 0) return { date, kind: 'carried-over' };
  return { date, kind: effective !== undefined && effective !== announced ? 'effective' : 'announced' };
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
