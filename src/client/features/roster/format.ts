// Display forms of stored values.

/** "+84912345678" → "0912 345 678", as people read a number aloud. */
export function displayPhone(e164: string): string {
  const national = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  return national.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1 $2 $3');
}

/** "020048001234" → "020 048 001 234": twelve digits are easier to compare in groups. */
export function displayIdNumber(id: string): string {
  return id.replace(/(\d{3})(?=\d)/g, '$1 ');
}
