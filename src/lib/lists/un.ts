import { addBirthDate, addIdentifier, addName, addOnce, ListFileError, newEntry, type ListEntry, type ListRead } from './model';
import type { Progress } from './read';
import { children, descendants, readXmlList, textOf, type XmlNode } from './xml';

const documentType = (printed: string) => (/pass/i.test(printed) ? 'passport' : /identif/i.test(printed) ? 'national-id' : 'other');

function unEntry(file: string, node: XmlNode): ListEntry {
  const reference = textOf(node, 'REFERENCE_NUMBER');
  if (!reference) throw new ListFileError(file, `line ${node.line}, <${node.name}>`, 'no REFERENCE_NUMBER; expected the UN reference (like "KPi.033")');
  const person = node.name === 'INDIVIDUAL';
  const entry = newEntry('un', reference, person ? 'person' : 'organisation', `${file}: line ${node.line}`);
  addOnce(entry.otherIds, textOf(node, 'DATAID'));
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((name) => textOf(node, name)).filter(Boolean);
  if (parts.length === 0) throw new ListFileError(file, `line ${node.line}, <${node.name}> ${reference}`, 'no FIRST_NAME; expected the name of the entry');
  addName(entry, parts.join(' '), 'primary');
  addName(entry, textOf(node, 'NAME_ORIGINAL_SCRIPT'), 'variant');
  for (const alias of children(node, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const quality = textOf(alias, 'QUALITY');
    addName(entry, textOf(alias, 'ALIAS_NAME'), /f\.k\.a/i.test(quality) ? 'former' : 'alias', /^low$/i.test(quality));
  }
  addOnce(entry.programmes, textOf(node, 'UN_LIST_TYPE'));
  for (const value of descendants(node, 'NATIONALITY').flatMap((item) => children(item, 'VALUE'))) addOnce(entry.nationalities, value.text);
  for (const value of children(node, 'DESIGNATION').flatMap((item) => children(item, 'VALUE'))) addOnce(entry.remarks, `Designation: ${value.text.trim()}`);
  for (const address of children(node, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) addOnce(entry.countries, textOf(address, 'COUNTRY'));
  for (const birth of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const type = textOf(birth, 'TYPE_OF_DATE');
    const date = textOf(birth, 'DATE') || textOf(birth, 'YEAR');
    if (type === 'EXACT' && date) addBirthDate(entry, date);
    else if (type === 'BETWEEN') addOnce(entry.bornAsPrinted, `between ${textOf(birth, 'FROM_YEAR')} and ${textOf(birth, 'TO_YEAR')}`);
    else if (date) addOnce(entry.bornAsPrinted, `${type.toLowerCase()} ${date}`);
  }
  for (const place of children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    addOnce(
      entry.birthplaces,
      ['CITY', 'STATE_PROVINCE', 'COUNTRY']
        .map((name) => textOf(place, name))
        .filter(Boolean)
        .join(', '),
    );
  }
  for (const document of children(node, 'INDIVIDUAL_DOCUMENT')) {
    const number = textOf(document, 'NUMBER');
    const issuer = textOf(document, 'ISSUING_COUNTRY') || textOf(document, 'COUNTRY_OF_ISSUE');
    if (number) addIdentifier(entry, { type: documentType(textOf(document, 'TYPE_OF_DOCUMENT')), value: number, ...(issuer ? { issuer } : {}) });
  }
  addOnce(entry.remarks, textOf(node, 'COMMENTS1'));
  return entry;
}

/** Reads the UN Security Council consolidated list (XML): every INDIVIDUAL and ENTITY. */
export const readUnXml = (file: string, progress?: Progress): Promise<ListRead> =>
  readXmlList(
    file,
    {
      list: 'un',
      format: 'un-xml',
      entries: ['INDIVIDUAL', 'ENTITY'],
      entryOf: (node) => unEntry(file, node),
      published: { fromRoot: (root) => /^\d{4}-\d{2}-\d{2}/.exec(root.attrs['dateGenerated'] ?? '')?.[0] },
    },
    progress,
  );
