// `npm run bench`: how build and search cost grow with the corpus. Sizes come from BENCH_SIZES
// (default 1000,10000,50000); each size is built BENCH_RUNS times (default 2) and medians reported.
// Every size is also built, as many times, by a plain Astro project over the same Markdown
// (bench/plain-astro.ts), so the cost of the graph, the derived pages and Pagefind shows as a ratio.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGraph } from '~/lib/content/graph';
import { bodyTrees, neighbourhood } from '~/lib/pictures/network';
import { loadContent } from '~/lib/content/read-content';
import { folderSize, median } from './measure';
import { writeCorpus } from './generate';
import { writePlainProject } from './plain-astro';
import { openSearch, serveBuilt } from '../tests/support/search-driver';

const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 2);
const work = path.join(tmpdir(), 'tracker-bench');
const astro = path.resolve('node_modules/.bin/astro');

/** A duration as Astro and Vite print it: "631ms", "8.41s", or "1m 28s" past a minute. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+ms|[\d.]+s)`;
function secondsIn(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
}

/**
 * The phases of one build, read from Astro's log: content sync and type generation ("Collecting
 * build info"), Vite bundling, rendering every page ("generating static routes"), and the Pagefind
 * index. Whatever is left of the wall time (Node start, config, sitemap, writing) is "other".
 */
function phasesOf(log: string, wallSeconds: number) {
  const collect = new RegExp(String.raw`Collecting build info\.\.\.\s*\n.*?✓ Completed in ${DURATION}\.`).exec(log)?.[1];
  const render = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}\.`).exec(log)?.[1];
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].reduce((sum, match) => sum + secondsIn(match[1] ?? '0s'), 0);
  const pagefind = Number(/indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? 0) / 1000;
  if (collect === undefined || render === undefined) throw new Error(`build phases not found in the log:\n${log.slice(-3000)}`);
  const phases = { syncSeconds: secondsIn(collect), viteSeconds: vite, renderSeconds: secondsIn(render), pagefindSeconds: pagefind };
  return { ...phases, otherSeconds: wallSeconds - Object.values(phases).reduce((sum, value) => sum + value, 0) };
}

/** One real `astro build`: wall time, phases and peak RSS (from /usr/bin/time). */
function build(root: string, contentDir: string, outDir: string) {
  const cacheDir = path.join(work, 'cache');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', astro, 'build', '--root', root, '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=16384' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  rmSync(cacheDir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`build of ${contentDir} in ${root} failed:\n${result.stderr.slice(-2000)}`);
  const log = `${result.stdout}\n${result.stderr}`;
  return { wall, rss: Number(/peak-rss-kb (\d+)/.exec(log)?.[1] ?? 0) / 1024, ...phasesOf(log, wall) };
}

/** Median HTML size of the entity pages (people and organisations), and the gzip size of that page. */
function typicalEntityPage(outDir: string) {
  const pages = ['people', 'organisations'].flatMap((collection) =>
    readdirSync(path.join(outDir, collection), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(outDir, collection, entry.name, 'index.html')),
  );
  const sized = pages.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => a.bytes - b.bytes);
  const typical = sized[Math.floor(sized.length / 2)];
  if (!typical) throw new Error(`no entity pages in ${outDir}`);
  const css = readdirSync(path.join(outDir, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .reduce((sum, name) => sum + statSync(path.join(outDir, '_astro', name)).size, 0);
  return { htmlKiB: typical.bytes / 1024, htmlGzipKiB: gzipSync(readFileSync(typical.file)).length / 1024, cssKiB: css / 1024 };
}

/**
 * Search cost on a built corpus: bytes of a first and a later query, of a miss (a query no name holds)
 * and of a near miss (a made-up name from real name parts, which also runs the "did you mean" key
 * searches), median time over the sample queries.
 */
async function searchCost(outDir: string, samples: ReturnType<typeof writeCorpus>['samples']) {
  const server = await serveBuilt(outDir, 4341);
  try {
    const { run, close } = await openSearch(server.origin);
    const [firstQuery = '', ...rest] = [...samples.latin, ...samples.hangul, ...samples.aliases];
    const first = await run(firstQuery);
    const later = await run(rest[0] ?? firstQuery);
    const miss = await run('Zzyzx Quorble');
    const nearMiss = await run('Pak Mun Dong');
    const times = [];
    for (const query of rest.slice(1)) times.push((await run(query)).elapsed);
    await close();
    return {
      firstQueryKiB: first.bytes / 1024,
      laterQueryKiB: later.bytes / 1024,
      missQueryKiB: miss.bytes / 1024,
      nearMissQueryKiB: nearMiss.bytes / 1024,
      medianQueryMs: median(times),
      queries: times.length,
    };
  } finally {
    server.stop();
  }
}

const medianOf = <Row extends Record<string, number>>(rows: Row[], key: keyof Row) => median(rows.map((row) => row[key] ?? 0));

const results: Record<string, number>[] = [];
const plainRoot = writePlainProject(path.join(work, 'plain'));
for (const size of sizes) {
  const corpus = path.join(work, `corpus-${size}`);
  const { samples, ...counts } = writeCorpus(corpus, size);
  const outDir = path.join(work, `dist-${size}`);

  // The graph on its own, in this process: reading and checking every entry, then linking them.
  const graphRuns = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const input = loadContent(corpus);
    const loaded = performance.now();
    const graph = buildGraph(input);
    const linked = performance.now();
    // What every entity page and the network page pick to draw (the layout itself costs the same per page).
    for (const node of [...graph.people, ...graph.organisations]) neighbourhood(node);
    bodyTrees(graph);
    graphRuns.push({ loadSeconds: (loaded - started) / 1000, graphSeconds: (linked - loaded) / 1000, picturesSeconds: (performance.now() - linked) / 1000 });
  }

  const ours = [];
  const plain = [];
  for (let run = 0; run < runs; run += 1) {
    rmSync(outDir, { recursive: true, force: true });
    ours.push(build(process.cwd(), corpus, outDir));
    rmSync(path.join(plainRoot, 'dist'), { recursive: true, force: true });
    plain.push(build(plainRoot, corpus, path.join(plainRoot, 'dist')));
  }
  const dist = folderSize(outDir);
  const index = folderSize(path.join(outDir, 'pagefind'));
  const row = {
    entities: size,
    ...counts,
    buildSeconds: medianOf(ours, 'wall'),
    syncSeconds: medianOf(ours, 'syncSeconds'),
    viteSeconds: medianOf(ours, 'viteSeconds'),
    renderSeconds: medianOf(ours, 'renderSeconds'),
    pagefindSeconds: medianOf(ours, 'pagefindSeconds'),
    otherSeconds: medianOf(ours, 'otherSeconds'),
    peakRssMiB: medianOf(ours, 'rss'),
    loadSeconds: medianOf(graphRuns, 'loadSeconds'),
    graphSeconds: medianOf(graphRuns, 'graphSeconds'),
    picturesSeconds: medianOf(graphRuns, 'picturesSeconds'),
    plainBuildSeconds: medianOf(plain, 'wall'),
    plainRenderSeconds: medianOf(plain, 'renderSeconds'),
    plainPeakRssMiB: medianOf(plain, 'rss'),
    ratioToPlain: medianOf(ours, 'wall') / medianOf(plain, 'wall'),
    distMiB: dist.bytes / 2 ** 20,
    distFiles: dist.files,
    indexMiB: index.bytes / 2 ** 20,
    indexFiles: index.files,
    ...Object.fromEntries(Object.entries(typicalEntityPage(outDir)).map(([key, value]) => [`typicalEntityPage${key[0]?.toUpperCase()}${key.slice(1)}`, value])),
    ...(await searchCost(outDir, samples)),
  };
  console.log(JSON.stringify(row));
  results.push(row);
  // A 50k dist is over a gigabyte; keep only the corpus of the largest size for inspection.
  rmSync(outDir, { recursive: true, force: true });
}
const ratios = results.slice(1).map((row, index) => {
  const previous = results[index] ?? row;
  const ratio = (key: string) => (row[key] ?? 0) / (previous[key] ?? 1);
  return {
    from: previous['entities'],
    to: row['entities'],
    sizeRatio: ratio('entities'),
    buildRatio: ratio('buildSeconds'),
    renderRatio: ratio('renderSeconds'),
    plainBuildRatio: ratio('plainBuildSeconds'),
  };
});
console.log(JSON.stringify({ ratios }));
mkdirSync('bench/results', { recursive: true });
const machine = { cores: (await import('node:os')).cpus().length, node: process.version };
writeFileSync(`bench/results/${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify({ runs, machine, results, ratios }, null, 2)}\n`);
