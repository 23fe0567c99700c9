import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveBuilt } from '../support/serve';

const site = mkdtempSync(path.join(tmpdir(), 'served-site-'));
mkdirSync(path.join(site, 'search'));
writeFileSync(path.join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(path.join(site, 'search', 'index.html'), '<h1>search</h1>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the benchmarks’ and tests’ static server', () => {
  test('serves pages and folders, answers 404 for the rest, and runs beside another server at once', async () => {
    const [one, two] = await Promise.all([serveBuilt(site, 4391), serveBuilt(site, 4392)]);
    try {
      expect(await (await fetch(`${one.origin}/`)).text()).toContain('home');
      expect(await (await fetch(`${two.origin}/search/`)).text()).toContain('search');
      expect((await fetch(`${one.origin}/missing/`)).status).toBe(404);
    } finally {
      one.stop();
      two.stop();
    }
  });
});
