// A spreadsheet cell (as exceljs gives it) as the text a person sees in it. Dates become
// YYYY-MM-DD (exceljs reads them as UTC midnight); numbers keep every digit they have.

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText))
      return v.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return '';
}
