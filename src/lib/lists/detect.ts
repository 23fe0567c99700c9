import { parse } from 'csv-parse/sync';
import { headText } from './read';
import { ListFileError, type ListFormat } from './model';

const XML_ROOTS: Record<string, ListFormat> = {
  Sanctions: 'ofac-advanced-xml',
  CONSOLIDATED_LIST: 'un-xml',
  export: 'eu-xml',
  Designations: 'uk-xml',
};

/** Lists in other layouts than the ones read here, named so the keeper knows which file to fetch instead. */
const OTHER_XML_ROOTS: Record<string, string> = {
  sdnList: "OFAC's legacy sdn.xml; give the advanced XML (SDN_ADVANCED.XML) or the legacy CSV set instead",
  ArrayOfFinancialSanctionsTarget: "OFSI's Consolidated List (ConList.xml); give the UK Sanctions List (CSV or XML) instead",
};

const EXPECTED =
  'expected one of: OFAC SDN advanced XML, OFAC legacy sdn.csv / alt.csv / add.csv / sdn_comments.csv, UN consolidated list XML, EU financial sanctions file XML or CSV, UK Sanctions List CSV or XML';

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/** The OFAC legacy file a comma-separated first row belongs to, by its number and shape of fields. */
function ofacLegacyFormat(fields: string[]): ListFormat | undefined {
  if (!/^\d+$/.test(fields[0] ?? '')) return undefined;
  if (fields.length === 12) return 'ofac-sdn-csv';
  if (fields.length === 6 && /^\d+$/.test(fields[1] ?? '')) return 'ofac-add-csv';
  if (fields.length === 5 && /^\d+$/.test(fields[1] ?? '') && /^[fn]?ka$|^aka$/i.test(fields[2] ?? '')) return 'ofac-alt-csv';
  if (fields.length === 2) return 'ofac-comments-csv';
  return undefined;
}

/** Tells a list file's format by its content (root element, header or row shape), never by its name. */
export function detectFormat(file: string): ListFormat {
  const head = headText(file);
  const start = head.trimStart();
  if (start.startsWith('<')) {
    const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(start)?.[2];
    if (root && XML_ROOTS[root]) return XML_ROOTS[root];
    if (root && OTHER_XML_ROOTS[root]) throw new ListFileError(file, 'line 1', `this is ${OTHER_XML_ROOTS[root]}`);
    throw new ListFileError(file, 'line 1', `XML with root element <${root ?? '?'}> is not a list this reads; ${EXPECTED}`);
  }
  const line = firstLine(start);
  if (/^fileGenerationDate;/.test(line) || /(^|;)Entity_LogicalId(;|$)/.test(line)) return 'eu-csv';
  if (/^Report Date:/i.test(line)) return 'uk-csv';
  if (/(^|,)Unique ID(,|$)/.test(line) && /(^|,)Name 6(,|$)/.test(line)) return 'uk-csv';
  let fields: string[] = [];
  try {
    fields = (parse(line, { relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [];
  } catch {
    fields = [];
  }
  const legacy = ofacLegacyFormat(fields);
  if (legacy) return legacy;
  throw new ListFileError(file, 'line 1', `not a list format this reads (first line ${JSON.stringify(line.slice(0, 80))}); ${EXPECTED}`);
}
