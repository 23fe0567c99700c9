import { SaxesParser } from 'saxes';
import { ListFileError, type ListEntry, type ListFormat, type ListKey, type ListRead } from './model';
import { textChunks, type Progress } from './read';

/** One element of a record, with its attributes, child elements and text (namespace prefixes dropped). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The first child element called `name`. */
export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((item) => item.name === name);
/** Every child element called `name`. */
export const children = (node: XmlNode | undefined, name: string): XmlNode[] => node?.children.filter((item) => item.name === name) ?? [];
/** Every element called `name` anywhere below `node`. */
export function descendants(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node) return [];
  const found: XmlNode[] = [];
  for (const item of node.children) {
    if (item.name === name) found.push(item);
    found.push(...descendants(item, name));
  }
  return found;
}
/** The trimmed text of the first child called `name` ('' if there is none). */
export const textOf = (node: XmlNode | undefined, name: string): string => child(node, name)?.text.trim() ?? '';

export interface XmlRecords {
  /** Names of the elements handed over whole, wherever they occur (outside another record). */
  records: ReadonlySet<string>;
  onRecord: (node: XmlNode) => void;
  /** The root element, checked before any record is read. */
  onRoot?: (root: XmlNode) => void;
}

/**
 * Streams an XML file and hands over each record element as a small tree, so a list of 100+ MB
 * is never held whole. Malformed or truncated XML fails with the file, line, column and what the
 * parser expected.
 */
export async function readXmlRecords(file: string, options: XmlRecords, progress?: Progress): Promise<XmlNode> {
  const parser = new SaxesParser({ position: true });
  let root: XmlNode | undefined;
  const stack: XmlNode[] = [];
  let recordDepth = -1;
  const open: string[] = [];

  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: localName(tag.name), attrs: {}, children: [], text: '', line: parser.line };
    for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) node.attrs[localName(key)] = value;
    open.push(tag.name);
    if (!root) {
      root = node;
      options.onRoot?.(node);
      stack.push(node);
      return;
    }
    if (recordDepth === -1 && options.records.has(node.name)) recordDepth = stack.length;
    if (recordDepth !== -1) stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top && recordDepth !== -1) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top && recordDepth !== -1) top.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
    const node = stack.pop();
    if (node && recordDepth === stack.length) {
      recordDepth = -1;
      options.onRecord(node);
    }
  });

  const fail = (error: unknown): never => {
    if (error instanceof ListFileError) throw error;
    const message = error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, '') : String(error);
    throw new ListFileError(file, `line ${parser.line}, column ${parser.column + 1}`, `malformed XML (${message}); expected well-formed XML`);
  };
  try {
    for await (const text of textChunks(file, progress)) parser.write(text);
  } catch (error) {
    fail(error);
  }
  if (open.length > 0) {
    throw new ListFileError(
      file,
      `line ${parser.line}`,
      `the file ends inside <${open.at(-1)}> (${open.length} element${open.length > 1 ? 's' : ''} left open; truncated download?); expected </${open.at(-1)}> and the rest of the file`,
    );
  }
  try {
    parser.close();
  } catch (error) {
    fail(error);
  }
  if (!root) throw new ListFileError(file, 'line 1', 'no XML element found; expected a list file');
  return root;
}

/** A list in XML with one element per entry: how to find its entries and the date it was published. */
export interface XmlList {
  list: ListKey;
  format: ListFormat;
  /** The elements of one entry (the UN list has INDIVIDUAL and ENTITY). */
  entries: readonly string[];
  entryOf: (node: XmlNode) => ListEntry;
  /** The publication date, from the root's attributes or from an element of its own. */
  published: { fromRoot: (root: XmlNode) => string | undefined } | { element: string; date: (node: XmlNode) => string | undefined };
}

/** Reads every entry of a list in XML, and the publication date the file states. */
export async function readXmlList(file: string, spec: XmlList, progress?: Progress): Promise<ListRead> {
  const entries: ListEntry[] = [];
  let published: string | undefined;
  const dated = spec.published;
  await readXmlRecords(
    file,
    {
      records: new Set([...spec.entries, ...('element' in dated ? [dated.element] : [])]),
      ...('fromRoot' in dated ? { onRoot: (root: XmlNode) => void (published = dated.fromRoot(root)) } : {}),
      onRecord: (node) => {
        if ('element' in dated && node.name === dated.element) published = dated.date(node);
        else entries.push(spec.entryOf(node));
      },
    },
    progress,
  );
  return { list: spec.list, formats: [spec.format], files: [file], ...(published ? { published } : {}), entries, warnings: [] };
}
