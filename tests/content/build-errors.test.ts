import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs the real `astro build` on a fixture content folder and returns its exit code and output. */
function buildWith(contentDir: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'tracker-build-'));
  try {
    const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', path.join(outDir, 'dist')], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(outDir, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('astro build stops on bad content', () => {
  test('a malformed field: the message names the file, the field and the value', () => {
    const { status, output } = buildWith('tests/fixtures/content-bad-schema');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content-bad-schema/actions/kr-2023-05-23.md: announced: "23/05/2023" is not an ISO date (YYYY-MM-DD)');
  });

  test('a wrong reference: the message names the file, the field, the value and the likely fix', () => {
    const { status, output } = buildWith('tests/fixtures/content-bad-reference');
    expect(status).not.toBe(0);
    expect(output).toContain('actions/kr-2023-05-23.md: designees[0].person: no person "kim-sang-mann" (did you mean "kim-sang-man"?)');
  });
});
