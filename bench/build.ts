// `npm run bench`: how build and search cost grow with the corpus. Sizes come from BENCH_SIZES
// (default 1000,10000,50000); each size is built BENCH_RUNS times (default 2) and medians reported.
// Every size is also built, as many times, by a plain Astro project over the same Markdown
// (bench/plain-astro.ts) and indexed with Pagefind, so the cost of the graph, the derived pages and
// the search model shows as a ratio. BENCH_PROFILE=1 instead runs one build of the largest size
// under `node --cpu-prof` and prints where its time goes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildGraph } from '~/lib/content/graph';
import type { EntityNode } from '~/lib/content/graph';
import { diagramLabels } from '~/lib/pages/parts';
import { bodyTrees, relationshipDiagram } from '~/lib/pictures/network';
import { t } from '~/i18n';
import { loadContent } from '~/lib/content/read-content';
import { folderSize, median, npmNodeOptions } from './measure';
import { writeCorpus } from './generate';
import { PLAIN_SEARCH_MARKER, writePlainProject } from './plain-astro';
import { openSearch, serveBuilt } from '../tests/support/search-driver';
import type { ServedMarker } from '../tests/support/serve';

const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 2);
const profiling = process.env['BENCH_PROFILE'] === '1';
const work = path.join(tmpdir(), 'tracker-bench');
const astro = path.resolve('node_modules/.bin/astro');
const cacheDir = path.join(work, 'cache');
/** The search page of each build, and text only that build's page holds. */
const OURS: ServedMarker = { path: '/search/', text: '<site-search' };
const PLAIN: ServedMarker = { path: '/search/', text: PLAIN_SEARCH_MARKER };

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
  const pagefind = Number(/indexed \d+ pages.*? in (\d+) ms/.exec(log)?.[1] ?? 0) / 1000;
  if (collect === undefined || render === undefined) throw new Error(`build phases not found in the log:\n${log.slice(-3000)}`);
  const phases = { syncSeconds: secondsIn(collect), viteSeconds: vite, renderSeconds: secondsIn(render), pagefindSeconds: pagefind };
  return { ...phases, otherSeconds: wallSeconds - Object.values(phases).reduce((sum, value) => sum + value, 0) };
}

/** Our builds here run with the Node options of the project's npm scripts. */
const OUR_NODE_OPTIONS = npmNodeOptions();
/** The plain project has no settings of its own: its heap may grow as far as it asks. */
const PLAIN_NODE_OPTIONS = '--max-old-space-size=16384';

const buildEnv = (contentDir: string, nodeOptions = OUR_NODE_OPTIONS) => ({
  ...process.env,
  CONTENT_DIR: contentDir,
  ASTRO_CACHE_DIR: cacheDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: nodeOptions,
});

/** One real `astro build`: wall time, phases and peak RSS (from /usr/bin/time). */
function build(root: string, contentDir: string, outDir: string, nodeOptions = OUR_NODE_OPTIONS) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', astro, 'build', '--root', root, '--outDir', outDir], {
    env: buildEnv(contentDir, nodeOptions),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  rmSync(cacheDir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`build of ${contentDir} in ${root} failed:\n${result.stderr.slice(-2000)}`);
  const log = `${result.stdout}\n${result.stderr}`;
  return { wall, rss: Number(/peak-rss-kb (\d+)/.exec(log)?.[1] ?? 0) / 1024, ...phasesOf(log, wall) };
}

/** Indexes a built folder with Pagefind's Node API as src/integrations/pagefind.ts does, with no other option; returns the seconds taken. */
async function indexWithPagefind(outDir: string): Promise<number> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length > 0) throw new Error(`Pagefind createIndex failed: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0 || added.page_count === 0)
      throw new Error(`Pagefind indexed ${added.page_count} pages of ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind writeFiles failed: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return (performance.now() - started) / 1000;
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

type Samples = ReturnType<typeof writeCorpus>['samples'];
const MISS = 'Zzyzx Quorble';
const NEAR_MISS = 'Pak Mun Dong';

/**
 * Search cost on a built corpus, served on a free port and checked to be the build meant: bytes of a
 * first and a later query and of a miss (a query no name holds); on our build also of a near miss (a
 * made-up name from real name parts, which also runs the "did you mean" key searches) and the median
 * time over the other sample queries.
 */
async function searchCost(outDir: string, samples: Samples, marker: ServedMarker) {
  const server = await serveBuilt(outDir, 0, marker);
  try {
    const { run, close } = await openSearch(server.origin);
    try {
      const [firstQuery = '', ...rest] = [...samples.latin, ...samples.hangul, ...samples.aliases];
      const first = await run(firstQuery);
      const later = await run(rest[0] ?? firstQuery);
      const miss = await run(MISS);
      const kib = { firstQueryKiB: first.bytes / 1024, laterQueryKiB: later.bytes / 1024, missQueryKiB: miss.bytes / 1024 };
      if (marker !== OURS) return kib;
      const nearMiss = await run(NEAR_MISS);
      const times = [];
      for (const query of rest.slice(1)) times.push((await run(query)).elapsed);
      return { ...kib, nearMissQueryKiB: nearMiss.bytes / 1024, medianQueryMs: median(times), queries: times.length };
    } finally {
      await close();
    }
  } finally {
    server.stop();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function and per file over every profile in a folder, in seconds, most first. */
function selfTimes(folder: string) {
  const byFunction = new Map<string, { seconds: number; file: string; name: string }>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as CpuProfile;
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, index) => {
      const frame = frames.get(id);
      // A sample lasts until the next one.
      const seconds = (profile.timeDeltas[index + 1] ?? 0) / 1e6;
      if (!frame) return;
      const url = frame.url.startsWith('file://') ? path.relative(process.cwd(), fileURLToPath(frame.url)) : frame.url;
      // V8's own entries ("(garbage collector)", "(idle)": waiting, e.g. on Pagefind's binary) have no file; built-ins are "(native)".
      const file = url || (frame.functionName.startsWith('(') ? frame.functionName : '(native)');
      const functionName = frame.functionName || '(anonymous)';
      const key = `${functionName}\u0000${file}:${frame.lineNumber + 1}`;
      const entry = byFunction.get(key) ?? {
        seconds: 0,
        file: url ? `${url}:${frame.lineNumber + 1}` : file === frame.functionName ? '' : file,
        name: functionName,
      };
      entry.seconds += seconds;
      byFunction.set(key, entry);
      byFile.set(file, (byFile.get(file) ?? 0) + seconds);
      total += seconds;
    });
  }
  return {
    total,
    functions: [...byFunction.values()].sort((a, b) => b.seconds - a.seconds),
    files: [...byFile].map(([file, seconds]) => ({ file, seconds })).sort((a, b) => b.seconds - a.seconds),
  };
}

/** One build of the largest size under `node --cpu-prof` (Node 22 from node_modules), then the top 20 by self time. */
function profileBuild(size: number) {
  const corpus = path.join(work, `corpus-${size}`);
  writeCorpus(corpus, size);
  const folder = path.join(work, `profile-${size}`);
  const outDir = path.join(work, `dist-profile-${size}`);
  rmSync(folder, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const node = path.resolve('node_modules/.bin/node');
  const started = performance.now();
  const result = spawnSync(
    node,
    ['--cpu-prof', '--cpu-prof-dir', folder, path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', process.cwd(), '--outDir', outDir],
    { env: buildEnv(corpus), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const wall = (performance.now() - started) / 1000;
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`profiled build of ${corpus} failed:\n${result.stderr.slice(-2000)}`);
  const { total, functions, files } = selfTimes(folder);
  const share = (seconds: number) => `${fixed((100 * seconds) / total, 1)}%`;
  console.log(`\nProfiled build of ${size.toLocaleString('en-US')} entities: ${fixed(wall, 1)} s wall, ${fixed(total, 1)} s sampled; profiles in ${folder}\n`);
  console.log('Top 20 functions by self time:\n');
  console.log(
    table(
      ['self (s)', 'share', 'function', 'file'],
      functions.slice(0, 20).map((entry) => [fixed(entry.seconds, 2), share(entry.seconds), entry.name, entry.file]),
      [true, true, false, false],
    ),
  );
  console.log('\nTop 20 files by self time:\n');
  console.log(
    table(
      ['self (s)', 'share', 'file'],
      files.slice(0, 20).map((entry) => [fixed(entry.seconds, 2), share(entry.seconds), entry.file]),
      [true, true, false],
    ),
  );
}

/** A number as the README's tables print it ("1,739", "8.41"); "–" when there is none. */
function fixed(value: number | undefined, digits: number): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A Markdown table laid out as Prettier formats bench/README.md's: columns padded, numbers right-aligned. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = headers.map(() => true)): string {
  const widths = headers.map((header, column) => Math.max(header.length, 3, ...rows.map((row) => (row[column] ?? '').length)));
  const pad = (cell: string, column: number) => (right[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0));
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (right[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The tables to paste into bench/README.md: build and phases, output and search, search against plain Pagefind. */
function printTables(results: readonly Record<string, number>[]) {
  const value = (row: Record<string, number>, key: string) => row[key];
  const build = results.map((row) => [
    fixed(value(row, 'entities'), 0),
    fixed(value(row, 'buildSeconds'), 1),
    fixed(value(row, 'syncSeconds'), 1),
    fixed(value(row, 'viteSeconds'), 1),
    fixed(value(row, 'renderSeconds'), 1),
    fixed(value(row, 'pagefindSeconds'), 1),
    fixed(value(row, 'otherSeconds'), 1),
    fixed(value(row, 'peakRssMiB'), 0),
    fixed(value(row, 'plainBuildSeconds'), 1),
    fixed(value(row, 'ratioToPlain'), 2),
    fixed(value(row, 'plainPagefindSeconds'), 1),
    fixed(value(row, 'ratioToPlainWithPagefind'), 2),
    row['oneEditionSeconds'] === undefined ? '–' : `${fixed(row['oneEditionSeconds'], 1)} (${fixed(row['editionsRatio'], 2)}×)`,
    row['scale'] === undefined ? '–' : `${fixed(row['scale'], 2)} for ${fixed(row['sizeScale'], 0)}×`,
  ]);
  const output = results.map((row) => [
    fixed(value(row, 'entities'), 0),
    `${fixed(value(row, 'distMiB'), 1)} (${fixed(value(row, 'distFiles'), 0)})`,
    `${fixed(value(row, 'indexMiB'), 1)} (${fixed(value(row, 'indexFiles'), 0)})`,
    fixed(value(row, 'firstQueryKiB'), 1),
    fixed(value(row, 'laterQueryKiB'), 1),
    fixed(value(row, 'medianQueryMs'), 0),
    `${fixed(value(row, 'typicalEntityPageHtmlKiB'), 1)} (${fixed(value(row, 'typicalEntityPageHtmlGzipKiB'), 1)})`,
    fixed(value(row, 'typicalEntityPageCssKiB'), 1),
    ['loadSeconds', 'graphSeconds', 'picturesSeconds'].map((key) => fixed(value(row, key), 2)).join(' / '),
  ]);
  const search = results.map((row) => [
    fixed(value(row, 'entities'), 0),
    fixed(value(row, 'firstQueryKiB'), 1),
    fixed(value(row, 'laterQueryKiB'), 1),
    fixed(value(row, 'missQueryKiB'), 1),
    fixed(value(row, 'nearMissQueryKiB'), 1),
    fixed(value(row, 'plainFirstQueryKiB'), 1),
    fixed(value(row, 'plainLaterQueryKiB'), 1),
    fixed(value(row, 'plainMissQueryKiB'), 1),
    fixed(value(row, 'firstQueryRatioToPlain'), 2),
  ]);
  console.log('');
  console.log(
    table(
      [
        'entities',
        'astro build (s)',
        'sync (s)',
        'vite (s)',
        'render (s)',
        'Pagefind (s)',
        'other (s)',
        'peak RSS (MiB)',
        'plain Astro (s)',
        'ratio to plain',
        'plain Pagefind (s)',
        'ratio to plain + Pagefind',
        'English only (s, both ÷ it)',
        'scale',
      ],
      build,
    ),
  );
  console.log('');
  console.log(
    table(
      [
        'entities',
        'dist/ (MiB, files)',
        'index (MiB, files)',
        'first query (KiB)',
        'later query (KiB)',
        'median query (ms)',
        'entity page HTML (KiB, gzip)',
        'CSS (KiB)',
        'read+check / graph / pictures (s)',
      ],
      output,
    ),
  );
  console.log('');
  console.log(
    table(
      [
        'entities',
        'first query (KiB)',
        'later query (KiB)',
        'miss (KiB)',
        'near miss (KiB)',
        'plain first query (KiB)',
        'plain later query (KiB)',
        'plain miss (KiB)',
        'first query ratio to plain',
      ],
      search,
    ),
  );
}

/** bench/results/<date>.json, or <date>-2.json and on if a run of that day is already there: results are never overwritten. */
function resultsFile(): string {
  const day = new Date().toISOString().slice(0, 10);
  let file = `bench/results/${day}.json`;
  for (let count = 2; existsSync(file); count += 1) file = `bench/results/${day}-${count}.json`;
  return file;
}

/** A stand-in for a page's link, which costs the same: the real one needs the base path, and only an Astro build knows it (`import.meta.env`). */
const benchHrefOf = (node: EntityNode) => `/${node.type}/${node.id}/`;

const medianOf = <Row extends Record<string, number>>(rows: Row[], key: keyof Row) => median(rows.map((row) => row[key] ?? 0));

/**
 * This project with the English edition only (src/pages/ko/ left out), in a folder of its own, so the
 * cost of the second edition shows as a ratio. BENCH_ONE_EDITION=0 skips it.
 */
function writeOneEditionProject(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(path.resolve(entry), path.join(root, entry), { recursive: true });
  rmSync(path.join(root, 'src', 'pages', 'ko'), { recursive: true, force: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
const measureOneEdition = process.env['BENCH_ONE_EDITION'] !== '0';

async function measure() {
  const results: Record<string, number>[] = [];
  const oneEditionRoot = measureOneEdition ? writeOneEditionProject(path.join(work, 'one-edition')) : undefined;
  const plainRoot = writePlainProject(path.join(work, 'plain'));
  const plainDist = path.join(plainRoot, 'dist');
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
      // Every entity page's relationship diagram and the network page's body trees, laid out.
      for (const node of [...graph.people, ...graph.organisations]) relationshipDiagram(node, { ...diagramLabels(), hrefOf: benchHrefOf });
      bodyTrees(graph, {
        hrefOf: benchHrefOf,
        more: t.relationships.more,
        unitOf: (node) => t.network.unit(node.name, node.members.length),
        listHref: (top) => `#units-of-${top.id}`,
      });
      graphRuns.push({ loadSeconds: (loaded - started) / 1000, graphSeconds: (linked - loaded) / 1000, picturesSeconds: (performance.now() - linked) / 1000 });
    }

    const ours = [];
    const plain = [];
    const oneEdition = [];
    for (let run = 0; run < runs; run += 1) {
      if (oneEditionRoot) {
        rmSync(outDir, { recursive: true, force: true });
        oneEdition.push(build(oneEditionRoot, corpus, outDir));
      }
      rmSync(outDir, { recursive: true, force: true });
      ours.push(build(process.cwd(), corpus, outDir));
      rmSync(plainDist, { recursive: true, force: true });
      const plainBuild = build(plainRoot, corpus, plainDist, PLAIN_NODE_OPTIONS);
      const pagefindSeconds = await indexWithPagefind(plainDist);
      plain.push({ ...plainBuild, pagefindSeconds, withPagefind: plainBuild.wall + pagefindSeconds });
    }
    const dist = folderSize(outDir);
    const index = folderSize(path.join(outDir, 'pagefind'));
    const buildSeconds = medianOf(ours, 'wall');
    const plainWithPagefindSeconds = medianOf(plain, 'withPagefind');
    const oursSearch = await searchCost(outDir, samples, OURS);
    const plainSearch = await searchCost(plainDist, samples, PLAIN);
    const previous = results.at(-1);
    const row: Record<string, number> = {
      entities: size,
      ...counts,
      buildSeconds,
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
      plainPagefindSeconds: medianOf(plain, 'pagefindSeconds'),
      plainWithPagefindSeconds,
      plainPeakRssMiB: medianOf(plain, 'rss'),
      ratioToPlain: buildSeconds / medianOf(plain, 'wall'),
      ratioToPlainWithPagefind: buildSeconds / plainWithPagefindSeconds,
      ...(oneEdition.length > 0
        ? {
            oneEditionSeconds: medianOf(oneEdition, 'wall'),
            oneEditionPeakRssMiB: medianOf(oneEdition, 'rss'),
            editionsRatio: buildSeconds / medianOf(oneEdition, 'wall'),
          }
        : {}),
      ...(previous ? { scale: buildSeconds / (previous['buildSeconds'] ?? 1), sizeScale: size / (previous['entities'] ?? 1) } : {}),
      distMiB: dist.bytes / 2 ** 20,
      distFiles: dist.files,
      indexMiB: index.bytes / 2 ** 20,
      indexFiles: index.files,
      ...Object.fromEntries(
        Object.entries(typicalEntityPage(outDir)).map(([key, value]) => [`typicalEntityPage${key[0]?.toUpperCase()}${key.slice(1)}`, value]),
      ),
      ...oursSearch,
      plainFirstQueryKiB: plainSearch.firstQueryKiB,
      plainLaterQueryKiB: plainSearch.laterQueryKiB,
      plainMissQueryKiB: plainSearch.missQueryKiB,
      firstQueryRatioToPlain: oursSearch.firstQueryKiB / plainSearch.firstQueryKiB,
    };
    console.log(JSON.stringify(row));
    results.push(row);
    // A 50k dist is over a gigabyte; keep only the corpus of the largest size for inspection.
    rmSync(outDir, { recursive: true, force: true });
    rmSync(plainDist, { recursive: true, force: true });
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
      plainWithPagefindRatio: ratio('plainWithPagefindSeconds'),
    };
  });
  console.log(JSON.stringify({ ratios }));
  printTables(results);
  mkdirSync('bench/results', { recursive: true });
  const machine = { cores: cpus().length, node: process.version, nodeOptions: OUR_NODE_OPTIONS, plainNodeOptions: PLAIN_NODE_OPTIONS };
  const file = resultsFile();
  writeFileSync(file, `${JSON.stringify({ runs, machine, results, ratios }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

if (profiling) profileBuild(Math.max(...sizes));
else await measure();
