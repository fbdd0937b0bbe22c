/**
 * Runs `task` on every item, at most `limit` at a time. For build steps whose work is mostly on libuv's thread
 * pool (zlib, resvg): a few at a time keep both cores busy while the main thread prepares the next.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
