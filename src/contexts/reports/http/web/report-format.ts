const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1,234,567". */
export const formatCount = (n: number): string => INTEGER.format(n);

/** Fixed decimals with thousands separators: "1,082.873". */
export const formatDecimal = (n: number, digits: number): string =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

/** "$1,234.56". */
export const formatUsd = (n: number): string => `$${formatDecimal(n, 2)}`;

/** "Nov 1, 2026" for `2026-11-01`. */
export function formatUsDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}
