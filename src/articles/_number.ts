/**
 * Numbers in article text, formatted as `toLocaleString('en-US')` formats them (grouping commas, at most
 * three decimals) without starting ICU's number formatter: vocab's formatNumber with its default.
 */
export { formatNumber } from '../vocab/index.js';
