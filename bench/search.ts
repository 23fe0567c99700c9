// `npm run bench:search`: search quality and cost on the built site, in Debian's Chromium.
// Prints recall@1 and recall@5 over tests/search/queries.tsv, the median time from typing to
// results, the bytes a browser transfers for a first and a later query, and the index size.
import { readFileSync } from 'node:fs';
import { folderSize, median } from './measure';
import { openSearch, serveBuilt } from '../tests/support/search-driver';

const queries = readFileSync('tests/search/queries.tsv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([query = '', expected = '', kind = '']) => ({ query, expected, kind }));

// A free port, and a check that it serves this site's build (another preview may be running).
const server = await serveBuilt('dist', 0, { path: '/search/', text: '<site-search' });
try {
  const { run, close } = await openSearch(server.origin);
  const first = await run('Ri Chang Ho');
  const later = await run('Kimsuky');
  // A query no name holds, and a made-up name from real name parts ("did you mean" runs its key searches).
  const miss = await run('Zzyzx Quorble');
  const nearMiss = await run('Pak Mun Dong');
  const times: number[] = [];
  let at1 = 0;
  let at5 = 0;
  const scored = queries.filter((entry) => entry.expected !== '-');
  for (const { query, expected } of scored) {
    const { elapsed, paths } = await run(query);
    times.push(elapsed);
    if (paths[0]?.endsWith(expected)) at1 += 1;
    if (paths.slice(0, 5).some((found) => found.endsWith(expected))) at5 += 1;
  }
  await close();

  const index = folderSize('dist/pagefind');
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`queries                 ${scored.length} (+${queries.length - scored.length} made-up names)`);
  console.log(`recall@1                ${(at1 / scored.length).toFixed(3)}`);
  console.log(`recall@5                ${(at5 / scored.length).toFixed(3)}`);
  console.log(`median query time       ${median(times).toFixed(0)} ms (typing to results shown, includes a 150 ms debounce)`);
  console.log(`first query transfers   ${kib(first.bytes)} (search code, WASM, index chunks, fragments)`);
  console.log(`later query transfers   ${kib(later.bytes)}`);
  console.log(`miss transfers          ${kib(miss.bytes)} (Zzyzx Quorble), ${kib(nearMiss.bytes)} (Pak Mun Dong, with "did you mean")`);
  console.log(`index on disk           ${kib(index.bytes)} in ${index.files} files`);
} finally {
  server.stop();
}
