// A CSV file's bytes as text. The commune's software and Excel save UTF-8 (often with a BOM);
// older Windows tools save Windows-1258, the Vietnamese code page, whose tone marks are separate
// combining characters: decoded, then composed to NFC like every text the app stores.

export type TextEncodingName = 'utf-8' | 'windows-1258';

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  try {
    // Streaming mode: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 1 << 20), { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes);
  // The UTF-8 decoder drops a leading BOM itself.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: encoding === 'utf-8' ? text : text.normalize('NFC'), encoding };
}
