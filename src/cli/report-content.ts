// Prints the content report: `npm run report:content` (reads content/ as the build does).
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { contentReport } from '~/lib/site/report';
import { contentRoot } from '~/lib/content/loader';

console.log(contentReport(buildGraph(loadContent(contentRoot))));
