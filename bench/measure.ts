import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Total bytes and number of files under a folder. */
export function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      const inner = folderSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Median of a list of measurements: machines are noisy, so benchmarks report medians. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The Node options npm runs this project's scripts with (`node-options` in `.npmrc`). */
export function npmNodeOptions(): string {
  const line = readFileSync('.npmrc', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('node-options='));
  if (!line) throw new Error('.npmrc sets no node-options');
  return line.slice('node-options='.length).trim();
}
