import { describe, expect, test } from 'vitest';
import { onePerShape, onePerShapeAcrossEditions, pageShape } from '../support/page-shape';

const page = (body: string) => `<!doctype html><html lang="en"><body>${body}</body></html>`;

describe('page shapes for accessibility checks', () => {
  test('pages that differ only in their words and links have one shape', () => {
    expect(pageShape(page('<h1 class="a">Ri Chang Ho</h1><a href="/x/">one</a>'))).toBe(
      pageShape(page('<h1 class="a">Kim Sang Man</h1><a href="/y/">two</a>')),
    );
  });

  test('a different class, role, language, an empty link or an empty heading makes another shape', () => {
    const base = pageShape(page('<h1 class="a">Name</h1><a href="/x/">one</a>'));
    expect(pageShape(page('<h1 class="b">Name</h1><a href="/x/">one</a>'))).not.toBe(base);
    expect(pageShape(page('<h1 class="a" lang="ko">리창호</h1><a href="/x/">one</a>'))).not.toBe(base);
    expect(pageShape(page('<h1 class="a">Name</h1><a href="/x/"></a>'))).not.toBe(base);
    expect(pageShape(page('<h1 class="a"></h1><a href="/x/">one</a>'))).not.toBe(base);
    expect(pageShape(page('<h1 class="a">Name</h1><a href="">one</a>'))).not.toBe(base);
  });

  test('runs of list items count once, so a longer list is the same shape', () => {
    expect(pageShape(page('<ul><li>a</li><li>b</li></ul>'))).toBe(pageShape(page('<ul><li>a</li><li>b</li><li>c</li></ul>')));
  });

  test('one page per shape is kept, the first of each', () => {
    const pages = [
      { path: 'a', html: page('<p>one</p>') },
      { path: 'b', html: page('<p>two</p>') },
      { path: 'c', html: page('<p class="x">three</p>') },
    ];
    expect(onePerShape(pages).map((entry) => entry.path)).toEqual(['a', 'c']);
  });
});

describe('across editions', () => {
  const page = (lang: string, other: string, text: string) =>
    `<html lang="${lang}"><body><main><h1>${text}</h1><a href="/x/" hreflang="${other}" lang="${other}">${other}</a></main></body></html>`;
  test('a Korean page and its English twin share a shape, and the page checked alternates between the editions', () => {
    expect(pageShape(page('en', 'ko', 'Ri Chang Ho'), true)).toBe(pageShape(page('ko', 'en', '리창호'), true));
    expect(pageShape(page('en', 'ko', 'Ri Chang Ho'))).not.toBe(pageShape(page('ko', 'en', '리창호')));
    const pages = [
      { path: 'a', language: 'en', html: page('en', 'ko', 'A') },
      { path: 'ko/a', language: 'ko', html: page('ko', 'en', 'A') },
      { path: 'b', language: 'en', html: `<html lang="en"><body><p>b</p></body></html>` },
      { path: 'ko/b', language: 'ko', html: `<html lang="ko"><body><p>b</p></body></html>` },
    ];
    expect(onePerShapeAcrossEditions(pages).map((entry) => entry.path)).toEqual(['a', 'ko/b']);
  });
});
