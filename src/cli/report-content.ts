// Prints the content report: `npm run report:content` (reads content/ as the build does).
import { buildGraph } from '~/lib/graph';
import { loadContent } from '~/lib/read-content';
import { contentReport } from '~/lib/report';
import { contentRoot } from '~/lib/loader';

console.log(contentReport(buildGraph(loadContent(contentRoot))));
