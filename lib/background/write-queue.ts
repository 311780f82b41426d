/**
 * Writes to the fact base run one at a time, in the order they arrived. Each write is a
 * Dexie transaction or a short chain of them (an import keeps edits of removed entities
 * in a second step); two of them interleaving could pair one's read with the other's
 * write. A failed write does not block the next one.
 */
export function createWriteQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
