/**
 * Remembers a pure function of a text. A sheet repeats its texts (a unit, a goal, a header word, a
 * number format on every row) and detection asks the same question of each many times; answering
 * once per distinct text was a large part of reading a long table. Bounded, so that a sheet of
 * distinct names does not keep them all: past the limit it keeps what it has (the texts seen first,
 * headers and the words rows repeat) and computes the rest; starting again would forget those too.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 10_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size < limit) cache.set(text, value);
    return value;
  };
}
