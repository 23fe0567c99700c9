/**
 * How wide a label is drawn, estimated without a font: the picture is laid out at build time and read
 * in whatever sans-serif the reader's system has. Each class of character is given at least its width
 * in the widest common system sans (DejaVu Sans, Debian's default), so a wrapped line fits its box in
 * narrower fonts too; the browser test measures the real text against its box.
 */
const NARROW = new Set("iljtfrI.,:;'!|()[]{}ʼ‘’ ");
const WIDE = new Set('mwMW@%');
/** Hangul, CJK and full-width forms: one em each. */
const isFullWidth = (code: number) =>
  (code >= 0x1100 && code <= 0x11ff) ||
  (code >= 0x3000 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff00 && code <= 0xffef);

/** Width of one character in em. */
function charEm(char: string): number {
  if (isFullWidth(char.codePointAt(0) ?? 0)) return 1.02;
  if (NARROW.has(char)) return 0.42;
  if (WIDE.has(char)) return 1.02;
  if (char >= 'a' && char <= 'z') return 0.66;
  if (char >= '0' && char <= '9') return 0.66;
  if (char >= 'A' && char <= 'Z') return 0.8;
  return 0.84;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces where it can and inside a word only when
 * the word alone is wider than a line: every character is kept, none is cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    push();
    if (textWidth(word, fontSize) <= maxWidth) {
      line = word;
      continue;
    }
    // A word wider than the box (a long wallet address, a run of Hangul without spaces): split it by character.
    for (const char of word) {
      if (line && textWidth(line + char, fontSize) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines.length > 0 ? lines : [''];
}
