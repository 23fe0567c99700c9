/**
 * Heading form of a name. Sanctions lists print "SURNAME, Given Name" (OFAC: "KIM, Sang Man");
 * the heading reads it in the order Korean and Chinese names are written, "Kim Sang Man".
 * The form as published still appears, unchanged, in the page's list of names.
 */
export function displayName(published: string): string {
  const listed = /^([A-Z][A-Z'’-]+), (.+)$/u.exec(published);
  if (!listed?.[1] || !listed[2]) return published;
  const surname = listed[1].charAt(0) + listed[1].slice(1).toLowerCase();
  return `${surname} ${listed[2]}`;
}
