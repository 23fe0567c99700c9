import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, test } from 'vitest';
import { npmNodeOptions } from '../../bench/measure';

function* files(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}
const testSources = [...files('tests')].filter((file) => /\.(?:ts|mjs)$/.test(file) && !file.includes(`${path.sep}fixtures${path.sep}content-`));

describe('the repository checks what it claims to check', () => {
  test('Prettier skips no test file (an unanchored ignore pattern once skipped tests/dist and tests/content)', async () => {
    const ignored: string[] = [];
    for (const file of testSources) if ((await prettier.getFileInfo(file, { ignorePath: '.prettierignore' })).ignored) ignored.push(file);
    expect(testSources.length).toBeGreaterThan(10);
    expect(ignored).toEqual([]);
  });

  test('CI runs with CI set, so Playwright starts its own preview server instead of reusing a stale one', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^export CI=true$/m);
  });

  test('npm runs every script with a bounded heap, so a large build stays within the memory budget (README, Quick start)', () => {
    const heapMiB = Number(/--max-old-space-size=(\d+)/.exec(npmNodeOptions())?.[1] ?? Number.NaN);
    // bench/README.md, run -12: a 50,000-entity build completed with a 2 GiB heap, and with a 3 GiB one
    // peaked at 3,537 MiB; above 3.5 GiB of heap the 4 GiB budget has no room for the rest of the process.
    expect(heapMiB).toBeGreaterThanOrEqual(2048);
    expect(heapMiB).toBeLessThanOrEqual(3584);
  });

  test('unit and content tests run no build and no browser (those live in tests/build, tests/dist and tests/e2e)', () => {
    const quick = testSources.filter((file) => /^tests[/\\](?:unit|content)[/\\]/.test(file) && !file.endsWith('repository.test.ts'));
    const heavy = quick.filter((file) => /fixtures\/build|@playwright\/test|search-driver|spawnSync\(/.test(readFileSync(file, 'utf8')));
    expect(quick.length).toBeGreaterThan(5);
    expect(heavy).toEqual([]);
  });
});
