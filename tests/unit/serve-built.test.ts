import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveBuilt } from '../support/serve';

const site = mkdtempSync(path.join(tmpdir(), 'served-site-'));
mkdirSync(path.join(site, 'search'));
writeFileSync(path.join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(path.join(site, 'search', 'index.html'), '<h1>search</h1>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Another site on a port of its own, as another preview would be: it answers every request with its own page. */
async function otherSite(): Promise<{ server: Server; port: number }> {
  const server = createServer((_request, response) => response.end('<h1>another site</h1>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.address() as AddressInfo).port };
}

describe('the benchmarks’ and tests’ static server', () => {
  test('serves pages and folders, answers 404 for the rest, and runs beside another server at once', async () => {
    const [one, two] = await Promise.all([serveBuilt(site), serveBuilt(site)]);
    try {
      expect(one.origin).not.toBe(two.origin);
      expect(await (await fetch(`${one.origin}/`)).text()).toContain('home');
      expect(await (await fetch(`${two.origin}/search/`)).text()).toContain('search');
      expect((await fetch(`${one.origin}/missing/`)).status).toBe(404);
    } finally {
      one.stop();
      two.stop();
    }
  });

  test('a port another server holds neither breaks it nor gets measured in its place', async () => {
    const other = await otherSite();
    try {
      const served = await serveBuilt(site, 0, { path: '/search/', text: 'search' });
      try {
        expect(new URL(served.origin).port).not.toBe(String(other.port));
        expect(await (await fetch(`${served.origin}/`)).text()).toContain('home');
      } finally {
        served.stop();
      }
      // Asked for the taken port itself, it fails instead of handing back the other site's origin.
      await expect(serveBuilt(site, other.port)).rejects.toThrow(/EADDRINUSE/);
      expect(await (await fetch(`http://127.0.0.1:${other.port}/`)).text()).toContain('another site');
    } finally {
      other.server.closeAllConnections();
      other.server.close();
    }
  });

  test('refuses a folder that is not the site expected', async () => {
    await expect(serveBuilt(site, 0, { path: '/search/', text: 'data-plain-search' })).rejects.toThrow(/not the site expected/);
  });
});
