import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

/** A page of the served folder and text it must hold: proof that the origin serves the folder meant. */
export interface ServedMarker {
  path: string;
  text: string;
}

/**
 * Serves a built folder in this process. Not `astro preview`: Astro runs one preview per project, so a
 * preview started elsewhere on the machine would break a run. With port 0 (the default) the system
 * gives a free port, so no other server can hold it; a fixed port that is taken fails at once. Before
 * returning, it checks that the origin answers from this very server (a token in every response) and,
 * given a marker, that the page holds the marker's text, so a run never measures another site.
 */
export async function serveBuilt(outDir: string, port = 0, marker?: ServedMarker): Promise<{ origin: string; stop: () => void }> {
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const token = randomUUID();
  const files = sirv(path.resolve(outDir), { dev: true, extensions: ['html'] });
  const server = createServer((request, response) => {
    response.setHeader('x-served-by', token);
    // The site may be built under a base path; the files on disk are not.
    if (base !== '/' && request.url?.startsWith(base)) request.url = `/${request.url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const stop = () => {
    server.closeAllConnections();
    server.close();
  };
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const response = await fetch(`${origin}${marker?.path ?? '/'}`);
    const body = await response.text();
    if (response.headers.get('x-served-by') !== token) throw new Error(`${origin} is answered by another server`);
    if (marker && (!response.ok || !body.includes(marker.text)))
      throw new Error(`${origin}${marker.path} does not hold “${marker.text}”: ${outDir} is not the site expected`);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
