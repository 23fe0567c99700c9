import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_BUNDLE } from '~/lib/search/bundles';

/** The build under test: dist/, or OUT_DIR for the base-path build. */
export const dist = path.resolve(process.env['OUT_DIR'] ?? 'dist');

/** Every HTML page of the build (Pagefind's own folders left out). */
export function htmlFiles(folder: string = dist): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === SEARCH_BUNDLE ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}
