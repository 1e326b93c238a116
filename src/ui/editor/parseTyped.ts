/**
 * A number as typed ("−0.5" with a typographic minus, "1e-3", " 2 "), or a message naming the field and what was
 * expected. Number("") is 0 and Number("0x1f") is 31, so the text is checked against a decimal pattern first.
 */
export function parseTyped(field: string, text: string): number | string {
  const cleaned = text.trim().replace(/\u2212/g, '-');
  const value = Number(cleaned);
  const numeral = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned);
  if (numeral && Number.isFinite(value)) return value;
  // A number past the largest a double holds (1e999) is a number all the same: say what is wrong with it.
  if (numeral)
    return `${field}: "${text}" is too large (the largest is about ±1.8e308); expected a number such as 0.25`;
  return `${field}: expected a number such as 0.25, got "${text}"`;
}

/** A typed whole number, or a message as parseTyped gives. */
export function parseWhole(field: string, text: string): number | string {
  const value = parseTyped(field, text);
  if (typeof value === 'number' && !Number.isInteger(value))
    return `${field}: expected a whole number, got "${text}"`;
  return typeof value === 'number' ? value : value.replace('a number such as 0.25', 'a whole number');
}
