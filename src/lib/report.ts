import type { Graph } from './graph';
import { designeesByJurisdiction, factsByConfidence, uncertainFacts } from './coverage';
import { countByJurisdiction } from './timeline';

/** Plain-text content report: counts per collection, jurisdiction and confidence, then every uncertain fact. */
export function contentReport(graph: Graph): string {
  const lines: string[] = [];
  const primary = graph.sources.filter((source) => source.data.type === 'primary').length;
  lines.push('Collections');
  lines.push(`  actions        ${graph.actions.length}`);
  lines.push(`  people         ${graph.people.length}`);
  lines.push(`  organisations  ${graph.organisations.length}`);
  lines.push(`  sources        ${graph.sources.length} (${primary} primary, ${graph.sources.length - primary} secondary)`);
  lines.push('', 'By jurisdiction        actions  people  organisations');
  const named = new Map(designeesByJurisdiction(graph).map((row) => [row.jurisdiction, row]));
  for (const { jurisdiction, count } of countByJurisdiction(graph.actions, graph.jurisdictions)) {
    const row = named.get(jurisdiction);
    lines.push(
      `  ${jurisdiction.padEnd(20)} ${String(count).padStart(7)} ${String(row?.people ?? 0).padStart(7)} ${String(row?.organisations ?? 0).padStart(14)}`,
    );
  }
  const confidence = factsByConfidence(graph);
  lines.push('', 'Facts by confidence');
  for (const [level, count] of Object.entries(confidence)) lines.push(`  ${level.padEnd(14)} ${count}`);
  const uncertain = uncertainFacts(graph);
  lines.push('', `Uncertain facts (${uncertain.length})`);
  for (const fact of uncertain) lines.push(`  ${fact.file}: ${fact.field}: ${fact.value}`);
  return lines.join('\n');
}
