import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { ListFileError } from './model';

/** Called as a file is read, so a 100 MB list shows it is moving (the CLI prints it to stderr). */
export type Progress = (message: string) => void;
export const quiet: Progress = () => undefined;

const PROGRESS_STEP = 16 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** Length of the leading run of `bytes` that ends on a whole UTF-8 character (the rest waits for the next chunk). */
function wholeCharacters(bytes: Buffer): number {
  let start = bytes.length - 1;
  // A character is at most 4 bytes: look back at most 3 for the lead byte of an unfinished one.
  for (let back = 0; back < 3 && start >= 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80; back += 1) start -= 1;
  if (start < 0) return bytes.length;
  const lead = bytes[start] ?? 0;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - start < size ? start : bytes.length;
}

/** Offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Buffer, end = bytes.length): number {
  let index = 0;
  while (index < end) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const size = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (size === 0 || index + size > end) return index;
    for (let next = 1; next < size; next += 1) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    if (size === 3 && ((byte === 0xe0 && (bytes[index + 1] ?? 0) < 0xa0) || (byte === 0xed && (bytes[index + 1] ?? 0) > 0x9f))) return index;
    if (size === 4 && ((byte === 0xf0 && (bytes[index + 1] ?? 0) < 0x90) || (byte === 0xf4 && (bytes[index + 1] ?? 0) > 0x8f))) return index;
    index += size;
  }
  return -1;
}

function countLines(bytes: Buffer, end: number): number {
  let lines = 0;
  for (let index = bytes.indexOf(10); index !== -1 && index < end; index = bytes.indexOf(10, index + 1)) lines += 1;
  return lines;
}

/** Refuses UTF-16 and UTF-32 at the start of a file (with or without a byte-order mark). Returns the length of a UTF-8 BOM to skip. */
function checkStart(file: string, bytes: Buffer): number {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    throw new ListFileError(file, 'line 1', 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); expected UTF-8: save or convert it as UTF-8');
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    throw new ListFileError(file, 'line 1', 'the file holds NUL bytes, as UTF-16 or UTF-32 text does; expected UTF-8: save or convert it as UTF-8');
  }
  return a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
}

function notUtf8(file: string, bytes: Buffer, at: number, lineBefore: number): ListFileError {
  const line = lineBefore + countLines(bytes, at);
  const shown = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return new ListFileError(
    file,
    `line ${line}`,
    `byte ${shown} is not UTF-8 (Latin-1 or Windows-1252 text looks like this); expected UTF-8: convert the file, e.g. iconv -f WINDOWS-1252 -t UTF-8`,
  );
}

/**
 * The text of a file, chunk by chunk, checked as UTF-8 on the way (a BOM is dropped), so a list
 * of 100+ MB is never held in memory at once. Reports progress every 16 MB.
 */
export async function* textChunks(file: string, progress: Progress = quiet): AsyncGenerator<string> {
  const total = statSync(file).size;
  let carry = Buffer.alloc(0);
  let line = 1;
  let read = 0;
  let nextReport = PROGRESS_STEP;
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    let bytes = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    read += (chunk as Buffer).length;
    if (first) {
      bytes = bytes.subarray(checkStart(file, bytes));
      first = false;
    }
    const end = wholeCharacters(bytes);
    const bad = firstInvalidUtf8(bytes, end);
    if (bad !== -1) throw notUtf8(file, bytes, bad, line);
    line += countLines(bytes, end);
    carry = Buffer.from(bytes.subarray(end));
    if (read >= nextReport) {
      progress(`${file}: ${Math.round(read / 1e6)} of ${Math.round(total / 1e6)} MB read`);
      nextReport += PROGRESS_STEP;
    }
    yield bytes.toString('utf8', 0, end);
  }
  if (carry.length > 0) throw notUtf8(file, carry, 0, line);
}

/** The first 64 KB of a file as text, checked like the rest, for telling formats apart by content. */
export function headText(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(64 * 1024);
    const length = readSync(descriptor, bytes, 0, bytes.length, 0);
    let head = bytes.subarray(0, length);
    if (length === 0) throw new ListFileError(file, 'line 1', 'the file is empty; expected a list file');
    head = head.subarray(checkStart(file, head));
    const end = length < bytes.length ? head.length : wholeCharacters(head);
    const bad = firstInvalidUtf8(head, end);
    if (bad !== -1) throw notUtf8(file, head, bad, 1);
    return head.toString('utf8', 0, end);
  } finally {
    closeSync(descriptor);
  }
}
