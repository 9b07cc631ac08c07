/**
 * Largest, smallest and append without spreading an array into a call: a spread passes every
 * element as an argument, and past some hundred thousand (35,000 indicators' rows, a sheet of a
 * million) the call overflows the stack.
 */
export function maxOf(values: Iterable<number>, initial = -Infinity): number {
  let out = initial;
  for (const v of values) if (v > out || Number.isNaN(v)) out = v;
  return out;
}

export function minOf(values: Iterable<number>, initial = Infinity): number {
  let out = initial;
  for (const v of values) if (v < out || Number.isNaN(v)) out = v;
  return out;
}

/** target.push(...items), one at a time. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
