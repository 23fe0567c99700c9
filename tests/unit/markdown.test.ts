import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { externalLinks, siteLinks } from '~/lib/content/markdown';

const render = async (markdown: string, language: 'en' | 'ko', base: string) => {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [externalLinks, siteLinks(language, base)] });
  return (await processor.render(markdown, {})).code;
};

describe('links between pages in a body', () => {
  const body = 'See [the US action](/actions/us-2019-09-13-x/) and [Treasury](https://home.treasury.gov/x).';

  test.each([
    ['English at the root', 'en', '/', 'href="/actions/us-2019-09-13-x/"'],
    ['Korean at the root', 'ko', '/', 'href="/ko/actions/us-2019-09-13-x/"'],
    ['English under a base', 'en', '/tracker/', 'href="/tracker/actions/us-2019-09-13-x/"'],
    ['Korean under a base', 'ko', '/tracker/', 'href="/tracker/ko/actions/us-2019-09-13-x/"'],
  ] as const)('%s: the site path leads to the page of the same edition', async (_case, language, base, expected) => {
    const html = await render(body, language, base);
    expect(html).toContain(expected);
    // A document link is left as written, and opens without a referrer.
    expect(html).toContain('href="https://home.treasury.gov/x"');
    expect(html).toMatch(/href="https:\/\/home\.treasury\.gov\/x"[^>]*rel="[^"]*noreferrer/);
  });
});
