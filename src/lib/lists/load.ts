import { detectFormat } from './detect';
import { readEuCsv, readEuXml } from './eu';
import { FORMAT_LABELS, type ListFormat, type ListRead } from './model';
import { readOfacAdvanced } from './ofac-advanced';
import { isOfacLegacy, ofacLegacyEntries, readOfacLegacy, type OfacLegacyFile } from './ofac-legacy';
import { quiet, type Progress } from './read';
import { readUkCsv, readUkXml } from './uk';
import { readUnXml } from './un';

const READERS = {
  'ofac-advanced-xml': readOfacAdvanced,
  'un-xml': readUnXml,
  'eu-xml': readEuXml,
  'eu-csv': readEuCsv,
  'uk-csv': readUkCsv,
  'uk-xml': readUkXml,
} as const;

/**
 * Reads every file: each is told apart by content, the OFAC legacy CSV files are joined into one
 * download, and the rest are read one by one. Throws on the first file that cannot be read, so
 * nothing is reported from a half-read list.
 */
export async function readLists(files: readonly string[], progress: Progress = quiet): Promise<ListRead[]> {
  const formats = files.map((file) => [file, detectFormat(file)] as const);
  const reads: ListRead[] = [];
  const legacy: OfacLegacyFile[] = [];
  for (const [file, format] of formats) {
    progress(`${file}: reading as ${FORMAT_LABELS[format]}`);
    if (isOfacLegacy(format)) legacy.push(await readOfacLegacy(file, format, progress));
    else reads.push(await READERS[format as Exclude<ListFormat, OfacLegacyFile['format']>](file, progress));
  }
  if (legacy.length > 0) {
    const warnings: string[] = [];
    const entries = ofacLegacyEntries(legacy, warnings);
    // The legacy files state no publication date.
    reads.unshift({ list: 'ofac', formats: legacy.map((file) => file.format), files: legacy.map((file) => file.file), entries, warnings });
  }
  for (const read of reads) progress(`${read.files.join(' + ')}: ${read.entries.length.toLocaleString('en')} entries`);
  return reads;
}
