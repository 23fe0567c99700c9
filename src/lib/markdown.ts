import { defineHastPlugin } from 'satteri';

/** Links in entry bodies point at source documents: open them without telling the other site where the reader came from. */
export const externalLinks = defineHastPlugin({
  name: 'tracker:external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties['href'];
      if (typeof href === 'string' && /^https?:\/\//i.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer', 'external']);
    },
  },
});
