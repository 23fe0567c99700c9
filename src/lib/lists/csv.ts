import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ListFileError } from './model';
import { textChunks, type Progress } from './read';

/**
 * Streams the rows of a delimited file with the line each ends on. A row that breaks the CSV
 * rules (a stray quote, an unclosed quoted field) fails with the file, the line and what was
 * expected; checking the number of columns is left to each format, which knows its own.
 */
export async function readCsvRows(file: string, delimiter: string, onRow: (fields: string[], line: number) => void, progress?: Progress): Promise<void> {
  const source = Readable.from(textChunks(file, progress));
  const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) onRow(item.record, item.info.lines);
  } catch (error) {
    if (error instanceof ListFileError) throw error;
    const lines = (error as { lines?: number }).lines;
    const message = error instanceof Error ? error.message : String(error);
    throw new ListFileError(
      file,
      `line ${lines ?? '?'}`,
      `malformed CSV row (${message}); expected ${delimiter === ';' ? 'semicolon' : 'comma'}-separated fields, quoted with "`,
    );
  }
}

/** Column positions by header name; fails naming every required column the header lacks. */
export function columnsOf(file: string, header: readonly string[], line: number, required: readonly string[]): Map<string, number> {
  const columns = new Map(header.map((name, index) => [name.trim(), index]));
  const missing = required.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new ListFileError(
      file,
      `line ${line} (header)`,
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((name) => JSON.stringify(name)).join(', ')}; expected the list's published header`,
    );
  }
  return columns;
}

/** The trimmed value of a named column ('' when the row has none). */
export const cell = (fields: readonly string[], columns: Map<string, number>, name: string): string => {
  const index = columns.get(name);
  return index === undefined ? '' : (fields[index] ?? '').trim();
};
