import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraph } from '~/lib/content/graph';
import { loadContent } from '~/lib/content/read-content';
import { DraftError, draftEntry } from './draft';
import { readLists } from './load';
import { ListFileError } from './model';
import { reconcile } from './reconcile';
import { reportJson, reportMarkdown, reportText } from './render';
import { siteEntities } from './site';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `usage:
  npm run lists -- [--out DIR] [--content DIR] FILE…
      reconcile the site with official list files (OFAC SDN advanced XML or legacy CSV set,
      UN consolidated XML, EU financial sanctions XML or CSV, UK Sanctions List CSV or XML);
      writes DIR/lists-report.json and DIR/lists-report.md (default DIR: lists-report/)
  npm run lists -- draft ENTRY-ID FILE… [--id SLUG] [--kind KIND] [--source SOURCE-ID] [--content DIR]
      write content/people/SLUG.md or content/organisations/SLUG.md from one list entry`;

interface Parsed {
  files: string[];
  options: Map<string, string>;
}

function parseArgs(args: readonly string[], known: readonly string[]): Parsed {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(name)) throw new DraftError(`unknown option --${name}\n${USAGE}`);
    const value = inline ?? args[(index += 1)];
    if (value === undefined) throw new DraftError(`--${name} needs a value\n${USAGE}`);
    options.set(name, value);
  }
  return { files, options };
}

const optional = <Key extends string>(key: Key, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<Key, string>));

/** Runs `npm run lists -- …`; returns the exit code. Report files are written only once every file has been read. */
export async function runListsCommand(args: readonly string[], io: CommandIo, defaultContentRoot: string): Promise<number> {
  try {
    if (args[0] === 'draft') {
      const { files, options } = parseArgs(args.slice(1), ['id', 'kind', 'source', 'content']);
      const [entryId, ...listFiles] = files;
      if (!entryId || listFiles.length === 0) throw new DraftError(`draft needs an entry id and at least one list file\n${USAGE}`);
      const reads = await readLists(listFiles, io.err);
      const result = draftEntry(reads, entryId, {
        contentRoot: options.get('content') ?? defaultContentRoot,
        ...optional('slug', options.get('id')),
        ...optional('kind', options.get('kind')),
        ...optional('sourceId', options.get('source')),
      });
      io.out(`wrote ${result.file} (citing ${result.sourceId})\n`);
      if (result.sourceFile) io.out(`wrote ${result.sourceFile}\n`);
      for (const item of result.leftOut) io.out(`left out: ${item}\n`);
      io.out('Review the draft against the list, add what the site says of it (affiliations, body text and its Korean summary), then run the content tests.\n');
      return 0;
    }
    const { files, options } = parseArgs(args, ['out', 'content']);
    if (files.length === 0) throw new DraftError(`give at least one list file\n${USAGE}`);
    const contentRoot = options.get('content') ?? defaultContentRoot;
    const entities = siteEntities(buildGraph(loadContent(contentRoot)));
    const reads = await readLists(files, io.err);
    const reports = reads.map((read) => reconcile(read, entities));
    const outDir = options.get('out') ?? 'lists-report';
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'lists-report.json'), reportJson(reports));
    writeFileSync(path.join(outDir, 'lists-report.md'), reportMarkdown(reports));
    io.out(reportText(reports));
    io.out(`\nwrote ${path.join(outDir, 'lists-report.json')} and ${path.join(outDir, 'lists-report.md')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ListFileError || error instanceof DraftError) {
      io.err(`lists: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
