// Reconciles the site with official sanctions list files, or drafts an entry from one: `npm run lists -- --help`.
import { contentRoot } from '~/lib/content/loader';
import { runListsCommand } from '~/lib/lists/command';

const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`) };
process.exitCode = await runListsCommand(process.argv.slice(2), io, contentRoot);
