// Draws a random, stratified sample of facts to trace by hand: `npm run audit:sample -- --seed N [--size 40]`.
import { parseArgs } from 'node:util';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { contentRoot } from '~/lib/content/loader';
import { allFacts, sampleFacts } from '~/lib/content/fact-list';

const { values } = parseArgs({ options: { seed: { type: 'string' }, size: { type: 'string', default: '40' } } });
const seed = Number(values.seed);
const size = Number(values.size);
if (values.seed === undefined || !Number.isInteger(seed) || !Number.isInteger(size) || size < 1) {
  console.error('usage: npm run audit:sample -- --seed N [--size 40]   (N and size are whole numbers)');
  process.exit(2);
}

const graph = buildGraph(loadContent(contentRoot));
const sample = sampleFacts(allFacts(graph), size, seed);
console.log(`# Fact sample: seed ${seed}, ${sample.length} facts, stratified over actions, people, organisations and identifiers\n`);
sample.forEach((fact, index) => {
  console.log(`${index + 1}. [${fact.category}] ${fact.file}: ${fact.field}: ${fact.value}`);
  for (const id of fact.sources) {
    const source = graph.source(id);
    if (!source) continue;
    const where = [source.data.url, source.data.copy && `copy: ${source.data.copy.url}`].filter(Boolean).join(' · ');
    console.log(`   - ${id} (${source.data.type}, ${source.data.language}): ${source.data.title} — ${where}`);
  }
});
