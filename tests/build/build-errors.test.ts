import { describe, expect, test } from 'vitest';
import { buildWith } from '../fixtures/build';

describe('astro build stops on bad content', () => {
  test('a malformed field: the message names the file, the field and the value', () => {
    const { status, output } = buildWith('tests/fixtures/content-bad-schema', (run) => run);
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content-bad-schema/actions/kr-2023-05-23.md: announced: "23/05/2023" is not an ISO date (YYYY-MM-DD)');
  });

  test('a wrong reference: the message names the file, the field, the value and the likely fix', () => {
    const { status, output } = buildWith('tests/fixtures/content-bad-reference', (run) => run);
    expect(status).not.toBe(0);
    expect(output).toContain('actions/kr-2023-05-23.md: designees[0].person: no person "kim-sang-mann" (did you mean "kim-sang-man"?)');
  });

  test('raw HTML in a body is refused, naming the file and the HTML', () => {
    const { status, output } = buildWith('tests/fixtures/content-raw-html', (run) => run);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content-raw-html/people/hostile-person.md: body: raw HTML "<img src=x onerror=alert(1)>" is not allowed; write it as Markdown',
    );
  });

  test('a javascript: link in a body is refused', () => {
    const { status, output } = buildWith('tests/fixtures/content-javascript-link', (run) => run);
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content-javascript-link/people/hostile-person.md: body: link "javascript:alert(1)" is not an http(s) link');
  });
});
