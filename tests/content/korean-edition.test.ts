import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkedIdFor } from '~/lib/content/loader';
import { frontMatter, schemas, type CollectionName } from '~/lib/content/read-content';

/** The first entry of a collection that has an English body: its file text and front matter. */
function withBody(collection: CollectionName) {
  for (const name of readdirSync(`content/${collection}`).sort()) {
    const text = readFileSync(`content/${collection}/${name}`, 'utf8');
    if (text.split(/^---$/m)[2]?.trim()) return { name, text, data: frontMatter(text) };
  }
  throw new Error(`no entry with a body in ${collection}`);
}

const check = (collection: CollectionName, name: string, data: Record<string, unknown>, text: string) => {
  try {
    checkedIdFor(collection, schemas[collection])({ entry: name, data, text });
    return 'passed';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('every entry with an English body has its Korean edition, or the content check stops with file and field', () => {
  for (const collection of ['actions', 'people', 'organisations'] as const) {
    const entry = withBody(collection);
    const file = `content/${collection}/${entry.name}`;
    test(`${file} passes as it is`, () => expect(check(collection, entry.name, entry.data, entry.text)).toBe('passed'));
    test(`${file} without ko.summary fails`, () => {
      const ko = { ...(entry.data['ko'] as object) } as Record<string, unknown>;
      delete ko['summary'];
      expect(check(collection, entry.name, { ...entry.data, ko }, entry.text)).toMatch(new RegExp(`^${file}: ko\\.summary: `));
    });
    test(`${file} with raw HTML in ko.summary fails`, () => {
      const ko = { ...(entry.data['ko'] as object), summary: '요약 <img src=x onerror=alert(1)>' };
      expect(check(collection, entry.name, { ...entry.data, ko }, entry.text)).toContain(`${file}: ko.summary: raw HTML`);
    });
  }
  test('an action without its Korean title fails', () => {
    const entry = withBody('actions');
    const ko = { ...(entry.data['ko'] as object) } as Record<string, unknown>;
    delete ko['title'];
    expect(check('actions', entry.name, { ...entry.data, ko }, entry.text)).toMatch(new RegExp(`^content/actions/${entry.name}: ko\\.title`));
  });
  test('an empty Korean summary is refused by the schema with file and field', () => {
    const entry = withBody('people');
    expect(check('people', entry.name, { ...entry.data, ko: { summary: '  ' } }, entry.text)).toMatch(/ko\.summary/);
  });
});
