/** The handout prints 8 decimals; so do we unless asked otherwise. */
export const DEFAULT_DIGITS = 8;

/**
 * A number as the handout prints it: rounded to `digits` decimals, trailing zeros trimmed (0.3, not
 * 0.30000000), and never "-0". Large or tiny magnitudes switch to exponent form so they stay readable.
 */
export function formatNumber(value: number, digits: number = DEFAULT_DIGITS): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e7 || magnitude < 10 ** -digits / 2)) {
    const [mantissa = '', exponent = ''] = value
      .toExponential(Math.max(1, Math.min(digits, 6) - 1))
      .split('e');
    return normaliseMinus(`${mantissa.replace(/\.?0+$/, '')}e${exponent.replace('+', '')}`);
  }
  let text = value.toFixed(digits);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (/^-0$/.test(text)) text = '0';
  return normaliseMinus(text);
}

/** A typographic minus sign (U+2212), which reads better than a hyphen on screen and in print. */
function normaliseMinus(text: string): string {
  return text.replace(/^-/, '−');
}

/** The same number as plain ASCII (hyphen-minus), for JSON-adjacent output such as CSV or the CLI's TeX. */
export function formatAscii(value: number, digits: number = DEFAULT_DIGITS): string {
  return formatNumber(value, digits).replace(/−/g, '-').replace('∞', 'Infinity');
}
