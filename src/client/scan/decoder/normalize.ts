/** Decoded text as stored everywhere else: Unicode NFC (Vietnamese has two encodings of "ễ"). */
export function toNfc(text: string | null | undefined): string | null {
  return text ? text.normalize('NFC') : null;
}

// Replacement characters, C1 controls, CJK or Hangul in a CCCD code mean a decoder guessed the
// wrong charset (zbar-based ones turn UTF-8 Vietnamese into CJK); such text is never passed on.
const GARBLED = /[\uFFFD\u0080-\u009F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/u;

export function looksGarbled(text: string): boolean {
  return GARBLED.test(text);
}
