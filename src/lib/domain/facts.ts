import type { SourceNode } from '~/lib/content/graph';

import type { Confidence } from './vocabulary';

export type { Confidence } from './vocabulary';

export interface Fact {
  sources: readonly string[];
  confidence?: Confidence | undefined;
}

/** A fact's confidence: as stated, or confirmed when a primary source backs it, else reported. */
export function confidenceOf(fact: Fact, sourceById: (id: string) => SourceNode | undefined): Confidence {
  if (fact.confidence) return fact.confidence;
  return fact.sources.some((id) => sourceById(id)?.data.type === 'primary') ? 'confirmed' : 'reported';
}

/** Distinct values of a fact that sources state differently; more than one means they disagree. */
export function distinctValues<Value>(facts: readonly { value: Value }[]): Value[] {
  return [...new Set(facts.map((fact) => fact.value))];
}

/**
 * Several values for one fact disagree when they come from different sources; one source listing
 * alternatives (OFAC's "alt. DOB") is not a disagreement between sources.
 */
export function sourcesDisagree(facts: readonly { value: unknown; sources: readonly string[] }[]): boolean {
  if (distinctValues(facts).length < 2) return false;
  const sourceSets = new Set(facts.map((fact) => [...fact.sources].sort().join(' ')));
  return sourceSets.size > 1;
}
