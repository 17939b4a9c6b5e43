/**
 * Small object helpers shared by every layer.
 */

/**
 * `{ ...base, ...fields }` built as `Object.assign({}, base, fields)`: the same keys in the same order,
 * but fast when `fields` adds keys `base` lacks. On Node 20's V8, a literal that starts with a spread and
 * then adds new keys takes a slow path of about 1 µs per added key (measured: 3.7 µs for five keys
 * against 0.17 µs this way), which showed up as most of a one-drug medication check. Overriding keys
 * `base` already has is fast either way, so only literals that add keys need this.
 * @param base - the object copied first
 * @param fields - keys added or overridden, in the order they should follow
 */
export function withFields<B extends object, F extends object>(
  base: B,
  fields: F,
): Omit<B, keyof F> & F {
  return Object.assign({}, base, fields) as Omit<B, keyof F> & F;
}
