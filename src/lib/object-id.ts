const ids = new WeakMap<object, number>();
let next = 1;

/**
 * A small stable number for an object, for query keys: hashing a 1 MB token or payload into a key on
 * every render (the clock ticks each second) would cost more than the work the key guards.
 */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = next++;
    ids.set(o, id);
  }
  return id;
}
