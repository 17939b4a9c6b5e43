/**
 * Numbers in article text, formatted as `toLocaleString('en-US')` formats them (grouping commas, at most
 * three decimals, rounded half away from zero on the shortest decimal form of the number) without
 * starting ICU's number formatter, whose first use took longer than building a whole article in the CLI.
 */
export function formatNumber(n: number): string {
  const shortest = String(Math.abs(n));
  // Exponent forms (below 1e-6, from 1e21) and NaN or Infinity never occur in doses: leave them to ICU.
  if (!/^\d+(\.\d+)?$/.test(shortest)) return n.toLocaleString('en-US');
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = `${whole}${fraction.slice(0, 3).padEnd(3, '0')}`;
  if ((fraction[3] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(4, '0');
  const decimals = digits.slice(-3).replace(/0+$/, '');
  const grouped = digits.slice(0, -3).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}
