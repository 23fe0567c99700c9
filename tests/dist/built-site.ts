import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The build under test: dist/, or OUT_DIR for the base-path build. */
export const dist = path.resolve(process.env['OUT_DIR'] ?? 'dist');

/** Every HTML page of the build (Pagefind's own folder left out). */
export function htmlFiles(folder: string = dist): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}
