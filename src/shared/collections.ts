/**
 * Groups items by a key into a Map (Map.groupBy is not in Node 20), in their order; `kept` picks what each group
 * keeps of an item (the item itself by default).
 */
export function groupBy<T, K, V = T>(items: Iterable<T>, keyOf: (item: T) => K, kept?: (item: T) => V): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const value = kept ? kept(item) : (item as unknown as V);
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
