// `npm run bench`: how build and search cost grow with the corpus. Sizes come from BENCH_SIZES
// (default 1000,10000,50000); each size is built BENCH_RUNS times (default 2) and medians reported.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { folderSize, median } from './measure';
import { writeCorpus } from './generate';

const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 2);
const work = path.join(tmpdir(), 'tracker-bench');

/** One real `astro build` of a corpus: wall time, peak RSS (from /usr/bin/time) and the Pagefind line. */
function build(contentDir: string, outDir: string) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', path.resolve('node_modules/.bin/astro'), 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: path.join(outDir, '..', 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=8192',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.stderr.slice(-2000)}`);
  const output = `${result.stdout}\n${result.stderr}`;
  const rss = Number(/peak-rss-kb (\d+)/.exec(output)?.[1] ?? 0) / 1024;
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? 0);
  rmSync(path.join(outDir, '..', 'cache'), { recursive: true, force: true });
  return { seconds, rss, pagefindMs };
}

interface Row {
  entities: number;
  buildSeconds: number;
  [measure: string]: number;
}
const results: Row[] = [];
for (const size of sizes) {
  const corpus = path.join(work, `corpus-${size}`);
  const counts = writeCorpus(corpus, size);
  const timings = [];
  let dist = { bytes: 0, files: 0 };
  let index = { bytes: 0, files: 0 };
  for (let run = 0; run < runs; run += 1) {
    const outDir = path.join(work, `dist-${size}`);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    timings.push(build(corpus, outDir));
    dist = folderSize(outDir);
    index = folderSize(path.join(outDir, 'pagefind'));
  }
  const row = {
    entities: size,
    ...counts,
    buildSeconds: median(timings.map((timing) => timing.seconds)),
    pagefindSeconds: median(timings.map((timing) => timing.pagefindMs)) / 1000,
    peakRssMiB: median(timings.map((timing) => timing.rss)),
    distMiB: dist.bytes / 2 ** 20,
    indexMiB: index.bytes / 2 ** 20,
    indexFiles: index.files,
  };
  console.log(JSON.stringify(row));
  results.push(row);
}
const ratios = results.slice(1).map((row, index) => ({
  from: results[index]?.entities,
  to: row.entities,
  timeRatio: row.buildSeconds / (results[index]?.buildSeconds ?? 1),
  sizeRatio: row.entities / (results[index]?.entities ?? 1),
}));
console.log(JSON.stringify({ ratios }));
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify({ runs, results, ratios }, null, 2)}\n`);
