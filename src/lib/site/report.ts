import type { Graph } from '~/lib/content/graph';
import { designeesByJurisdiction, factsByConfidence, uncertainFacts } from './coverage';
import { allFacts, citesPrimary, median } from '~/lib/content/fact-list';
import { countByJurisdiction } from './timeline';

const percent = (part: number, whole: number) => (whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`);

/** Plain-text content report: counts per collection, jurisdiction and confidence, citation quality, then every uncertain fact. */
export function contentReport(graph: Graph): string {
  const lines: string[] = [];
  const primary = graph.sources.filter((source) => source.data.type === 'primary').length;
  const copies = graph.sources.filter((source) => source.data.copy !== undefined).length;
  lines.push('Collections');
  lines.push(`  actions        ${graph.actions.length}`);
  lines.push(`  people         ${graph.people.length}`);
  lines.push(`  organisations  ${graph.organisations.length}`);
  lines.push(
    `  sources        ${graph.sources.length} (${primary} primary, of which ${copies} read through a copy; ${graph.sources.length - primary} secondary)`,
  );
  lines.push(`  checks         ${graph.checks.length}`);

  const facts = allFacts(graph);
  lines.push('', 'By jurisdiction        actions  people  organisations  facts  citing primary');
  const named = new Map(designeesByJurisdiction(graph).map((row) => [row.jurisdiction, row]));
  for (const { jurisdiction, count } of countByJurisdiction(graph.actions, graph.jurisdictions)) {
    const row = named.get(jurisdiction);
    const own = facts.filter((fact) => fact.jurisdictions.includes(jurisdiction));
    const cited = own.filter((fact) => citesPrimary(fact, graph)).length;
    lines.push(
      `  ${jurisdiction.padEnd(20)} ${String(count).padStart(7)} ${String(row?.people ?? 0).padStart(7)} ${String(row?.organisations ?? 0).padStart(14)} ${String(own.length).padStart(6)}  ${percent(cited, own.length).padStart(14)}`,
    );
  }
  lines.push('  (an entity’s facts count for every jurisdiction that named it)');

  const counts = facts.map((fact) => fact.sources.length);
  const withPrimary = facts.filter((fact) => citesPrimary(fact, graph)).length;
  lines.push('', 'Citations');
  lines.push(`  facts                          ${facts.length}`);
  lines.push(`  citing a primary source        ${withPrimary} (${percent(withPrimary, facts.length)}; a copy of an official document counts)`);
  lines.push(`  sources per fact               median ${median(counts)}, maximum ${Math.max(0, ...counts)}`);

  const unquoted = graph.actions.filter((action) => action.data.quote === undefined);
  lines.push('', `Actions without a quote (${unquoted.length})`);
  for (const action of unquoted) lines.push(`  ${action.file}`);

  const confidence = factsByConfidence(graph);
  lines.push('', 'Facts by confidence');
  for (const [level, count] of Object.entries(confidence)) lines.push(`  ${level.padEnd(14)} ${count}`);
  const uncertain = uncertainFacts(graph);
  lines.push('', `Uncertain facts (${uncertain.length})`);
  for (const fact of uncertain) lines.push(`  ${fact.file}: ${fact.field}: ${fact.value}`);
  return lines.join('\n');
}
