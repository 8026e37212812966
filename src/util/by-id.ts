const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/**
 * The items of a dataset's list (its regions, its sources) by id, made once per list: a widget looks
 * up every region and source an item names, and a list of 2,000 cooperations names thousands (a
 * search through 10,000 regions for each, or a map made for each, costs seconds). A dataset is not
 * changed once read, so its lists are not either. Ids are unique in valid data; of two alike, the
 * first is kept, as a search would find it.
 */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(items);
  if (!index) {
    const map = new Map<string, T>();
    for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
    indexes.set(items, (index = map));
  }
  return index as ReadonlyMap<string, T>;
}
