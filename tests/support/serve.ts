import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built folder on a port of its own, in this process. Not `astro preview`: Astro runs one
 * preview per project, so a preview started elsewhere on the machine would break a run.
 */
export async function serveBuilt(outDir: string, port: number): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://127.0.0.1:${port}`;
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const files = sirv(path.resolve(outDir), { dev: true, extensions: ['html'] });
  const server = createServer((request, response) => {
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
  return { origin, stop: () => server.close() };
}
