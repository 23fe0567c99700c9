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
  describe('a Korean summary links what the English body links, no more and no less', () => {
    // An entry whose body links at least one document, and that document's address.
    const linked = (['actions', 'people', 'organisations', 'incidents'] as const)
      .flatMap((collection) => readdirSync(`content/${collection}`).map((name) => ({ collection, name })))
      .map(({ collection, name }) => {
        const text = readFileSync(`content/${collection}/${name}`, 'utf8');
        return { collection, name, text, data: frontMatter(text), target: /\]\((https?:[^)\s]+)\)/.exec(text.split(/^---$/m)[2] ?? '')?.[1] };
      })
      .find((entry) => entry.target !== undefined);
    if (!linked?.target) throw new Error('no entry body links a document');
    const { collection, name, text, data, target } = linked;
    const file = `content/${collection}/${name}`;
    const summary = (data['ko'] as { summary: string }).summary;
    const withSummary = (next: string) => ({ ...data, ko: { ...(data['ko'] as object), summary: next } });

    test(`${file} passes as it is`, () => expect(check(collection, name, data, text)).toBe('passed'));
    test('a summary that leaves out a link fails, naming the link', () => {
      const without = summary.split(`](${target})`).join(']');
      expect(check(collection, name, withSummary(without), text)).toContain(
        `${file}: ko.summary: does not link ${JSON.stringify(target)}, which the English body links`,
      );
    });
    test('a summary that adds a link fails, naming the link', () => {
      const extra = 'https://example.org/not-in-the-english';
      expect(check(collection, name, withSummary(`${summary}\n\n[추가](${extra})`), text)).toContain(
        `${file}: ko.summary: links ${JSON.stringify(extra)}, which the English body does not`,
      );
    });
    test('a summary that links a document once where the English links it twice fails', () => {
      // The body follows the front matter: the last mention of the link is the body's.
      const at = text.lastIndexOf(`](${target})`);
      const doubled = `${text.slice(0, at)}](${target}) ([again](${target}))${text.slice(at + target.length + 3)}`;
      expect(check(collection, name, data, doubled)).toMatch(new RegExp(`^${file}: ko\\.summary: links .* times, the English body`));
    });
  });

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
