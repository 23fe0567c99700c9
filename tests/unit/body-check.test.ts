import { describe, expect, test } from 'vitest';
import { assertSafeBody, assertSiteLinks } from '~/lib/content/body-check';

const check = (body: string) => {
  try {
    assertSafeBody('content/people/x.md', body);
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('assertSafeBody', () => {
  test.each([
    ['plain Markdown with a source link', 'Designated by [Treasury](https://home.treasury.gov/x) on **23 May**.', 'ok'],
    ['a link to a page of the site', 'See [Bureau 313](/organisations/bureau-313/).', 'ok'],
    ['HTML shown as code', 'The name `<script>` and\n\n```\n<img src=x>\n```\n', 'ok'],
    ['an escaped tag in prose', 'Text &lt;script&gt; here', 'ok'],
    ['a comparison in prose', 'fewer than 5 < 6 people', 'ok'],
    [
      'a raw tag',
      'Text <img src=x onerror=alert(1)> here',
      'content/people/x.md: body: raw HTML "<img src=x onerror=alert(1)>" is not allowed; write it as Markdown',
    ],
    ['a script', '<script>alert(1)</script>', 'content/people/x.md: body: raw HTML "<script>" is not allowed; write it as Markdown'],
    ['an HTML comment', 'a <!-- hidden --> b', 'content/people/x.md: body: raw HTML "<!--" is not allowed; write it as Markdown'],
    ['a javascript: link', '[click](javascript:alert(1))', 'content/people/x.md: body: link "javascript:alert(1)" is not an http(s) link'],
    ['a data: link', '[click](data:text/html,hi)', 'content/people/x.md: body: link "data:text/html,hi" is not an http(s) link'],
  ])('%s', (_case, body, expected) => expect(check(body)).toBe(expected));
});

describe('assertSiteLinks', () => {
  const pages = new Set(['/actions/us-2019-09-13-lazarus-bluenoroff-andariel/', '/organisations/bureau-313/']);
  const check = (body: string) => {
    try {
      assertSiteLinks('content/actions/x.md', body, (sitePath) => pages.has(sitePath));
      return 'ok';
    } catch (error) {
      return (error as Error).message;
    }
  };
  test.each([
    ['a link to an entry that exists', 'See [the US action](/actions/us-2019-09-13-lazarus-bluenoroff-andariel/).', 'ok'],
    ['document links are not site paths', 'Read [Treasury](https://home.treasury.gov/x) and [a protocol-relative copy](//example.org/x).', 'ok'],
    [
      'a mistyped id',
      'See [Bureau 313](/organisations/bureau-31/).',
      'content/actions/x.md: body: link "/organisations/bureau-31/" is not a page of the site; link an entry by its page\'s path, e.g. "/actions/<id>/"',
    ],
    [
      'a path without its trailing slash',
      'See [Bureau 313](/organisations/bureau-313).',
      'content/actions/x.md: body: link "/organisations/bureau-313" is not a page of the site; link an entry by its page\'s path, e.g. "/actions/<id>/"',
    ],
  ])('%s', (_case, body, expected) => expect(check(body)).toBe(expected));
});
