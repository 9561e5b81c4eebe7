/**
 * The browser's storage guarantees: whether our data is protected from eviction, and how much
 * room is used. Lives beside the adapter because it is the only other code that asks the
 * browser about storage.
 */
export interface StorageHealth {
  /** null when the browser cannot say. */
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

export async function readStorageHealth(
  storage = globalThis.navigator?.storage,
): Promise<StorageHealth> {
  if (!storage) return { persisted: null, usage: null, quota: null }
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ])
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }
}

/** Asks once per page for persistent storage; the browser may decide without asking the person. */
let asked: Promise<boolean> | null = null
export function requestPersistence(storage = globalThis.navigator?.storage): Promise<boolean> {
  asked ??= storage?.persist ? storage.persist().catch(() => false) : Promise.resolve(false)
  return asked
}

export function resetPersistenceRequestForTests(): void {
  asked = null
}
