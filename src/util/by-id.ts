const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/**
 * The items of a dataset's list (its regions, its sources) by id, made once per list: a widget looks
 * up every region and source an item names, and a list of 2,000 cooperations names thousands (a
 * search through 10,000 regions for each, or a map made for each, costs seconds). A dataset is not
 * changed once read, so its lists are not either; its ids are unique (data/validate.ts).
 */
export function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = new Map(items.map((item) => [item.id, item]))));
  return index as ReadonlyMap<string, T>;
}
