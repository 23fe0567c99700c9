import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { en } from '~/i18n/en';
import { ko } from '~/i18n/ko';
import { WIDTH_WITH_SIDE } from '~/lib/pictures/lanes';
import { expect, test } from './fixtures';

// Every relationship diagram of the build, from every page, measured in the browser with the site's own
// stylesheet and the fonts this machine has: the layout estimates text widths at build time, this checks them.
const dist = path.resolve(process.env['OUT_DIR'] ?? 'dist');
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(path.join(folder, entry.name)) : entry.name.endsWith('.html') ? [path.join(folder, entry.name)] : [],
  );
}
const diagrams = htmlFiles(dist).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/<svg[^>]*data-diagram[\s\S]*?<\/svg>/g)].map((match) => ({ page: path.relative(dist, file), svg: match[0] })),
);

test('no diagram on any page has a cut label, a label outside its box, or boxes that overlap', async ({ page }) => {
  expect(diagrams.length).toBeGreaterThan(20);
  await page.goto('.');
  const stylesheets = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.outerHTML).join(''));
  const body = diagrams.map((diagram, index) => `<section data-page="${diagram.page}" data-index="${index}">${diagram.svg}</section>`).join('');
  await page.setContent(`<!doctype html><html lang="en"><head>${stylesheets}</head><body>${body}</body></html>`, { waitUntil: 'load' });
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const inside = (inner: DOMRect, outer: DOMRect, slack = 0.5) =>
      inner.x >= outer.x - slack &&
      inner.y >= outer.y - slack &&
      inner.x + inner.width <= outer.x + outer.width + slack &&
      inner.y + inner.height <= outer.y + outer.height + slack;
    const overlap = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const section of document.querySelectorAll('section')) {
      const where = section.getAttribute('data-page');
      const svg = section.querySelector('svg') as SVGSVGElement;
      const frame = new DOMRect(0, 0, svg.viewBox.baseVal.width, svg.viewBox.baseVal.height);
      const boxes = [...svg.querySelectorAll('a[data-box]')].map((link) => {
        const rect = (link.querySelector('rect') as SVGRectElement).getBBox();
        for (const span of link.querySelectorAll('tspan')) {
          const text = span as SVGTSpanElement;
          const extent = text.getNumberOfChars() > 0 ? text.getExtentOfChar(0) : undefined;
          const width = text.getComputedTextLength();
          const line = new DOMRect(text.x.baseVal[0]?.value ?? 0, extent?.y ?? 0, width, extent?.height ?? 0);
          if (!inside(line, rect)) found.push(`${where}: "${text.textContent}" (${width.toFixed(1)} px) does not fit its box (${rect.width} px)`);
        }
        return { name: link.textContent?.trim() ?? '', rect };
      });
      const texts = [...svg.querySelectorAll('text[data-text]')].map((text) => ({ name: text.textContent ?? '', rect: (text as SVGTextElement).getBBox() }));
      const all = [...boxes, ...texts];
      all.forEach((a, index) => {
        if (!inside(a.rect, frame, 1)) found.push(`${where}: "${a.name}" is outside the picture`);
        for (const b of all.slice(index + 1)) if (overlap(a.rect, b.rect)) found.push(`${where}: "${a.name}" overlaps "${b.name}"`);
      });
    }
    return found;
  });
  expect(problems).toEqual([]);
});

test('on a 390 px phone, a relationship picture with the actions to one side, and the page’s own timeline, show whole without scrolling sideways', async ({
  page,
}) => {
  // The pages whose picture has the side column at its set width, in each edition: a few of each.
  const sided = diagrams.filter((diagram) => diagram.svg.includes(`viewBox="0 0 ${WIDTH_WITH_SIDE} `));
  const sample = ['', 'ko/'].flatMap((edition) =>
    sided.filter((diagram) => diagram.page.startsWith(`${edition}people/`) || diagram.page.startsWith(`${edition}organisations/`)).slice(0, 3),
  );
  expect(sample.length).toBeGreaterThan(3);
  await page.setViewportSize({ width: 390, height: 800 });
  const fitsWhole = (element: Element) => element.scrollWidth <= element.clientWidth;
  for (const { page: file } of sample) {
    await page.goto(file.replace(/index\.html$/, ''));
    const edition = file.startsWith('ko/') ? ko : en;
    expect(await page.locator('div:has(> svg[data-diagram])').first().evaluate(fitsWhole), `${file}: the relationship picture scrolls`).toBe(true);
    // Every sampled page names actions (its side column), so it draws its own timeline too.
    const timeline = page.getByRole('group', { name: edition.swimlane.scrollLabel });
    await expect(timeline, `${file}: no timeline of its own`).toHaveCount(1);
    expect(await timeline.evaluate(fitsWhole), `${file}: its own timeline scrolls`).toBe(true);
  }
});
