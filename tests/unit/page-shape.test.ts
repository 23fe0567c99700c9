import { describe, expect, test } from 'vitest';
import { onePerShape, pageShape } from '../support/page-shape';

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
