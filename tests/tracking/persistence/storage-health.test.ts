import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  readStorageHealth,
  requestPersistence,
  resetPersistenceRequestForTests,
} from '@/tracking/persistence/storage-health'

/** A stand-in for navigator.storage (StorageManager) with every method observable. */
function storageManager(fields: { persisted?: boolean; usage?: number; quota?: number } = {}) {
  return {
    persist: vi.fn(() => Promise.resolve(true)),
    persisted: vi.fn(() => Promise.resolve(fields.persisted ?? false)),
    estimate: vi.fn(() => Promise.resolve({ usage: fields.usage, quota: fields.quota })),
  } satisfies Partial<StorageManager>
}

beforeEach(() => resetPersistenceRequestForTests())
afterEach(() => resetPersistenceRequestForTests())

describe('readStorageHealth', () => {
  it('reports nothing known (nulls) when the browser has no navigator.storage', async () => {
    expect(navigator.storage).toBeUndefined()
    expect(await readStorageHealth()).toEqual({ persisted: null, usage: null, quota: null })
    expect(await readStorageHealth(undefined)).toEqual({
      persisted: null,
      usage: null,
      quota: null,
    })
  })

  it('reports persisted, usage and quota from the StorageManager', async () => {
    const storage = storageManager({ persisted: true, usage: 2048, quota: 1_000_000 })
    expect(await readStorageHealth(storage as unknown as StorageManager)).toEqual({
      persisted: true,
      usage: 2048,
      quota: 1_000_000,
    })
  })

  it('says "unknown" for whatever the browser refuses to tell', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.reject(new Error('not allowed'))),
      estimate: vi.fn(() => Promise.reject(new Error('not allowed'))),
    }
    expect(await readStorageHealth(storage as unknown as StorageManager)).toEqual({
      persisted: null,
      usage: null,
      quota: null,
    })
  })
})

describe('requestPersistence', () => {
  it('asks the browser once, however often it is called', async () => {
    const storage = storageManager()
    const asStorage = storage as unknown as StorageManager
    const [first, second] = await Promise.all([
      requestPersistence(asStorage),
      requestPersistence(asStorage),
    ])
    await requestPersistence(asStorage)
    expect(storage.persist).toHaveBeenCalledTimes(1)
    expect(first).toBe(true)
    expect(second).toBe(true)
  })

  it('resolves false, without throwing, when there is no navigator.storage or it refuses', async () => {
    expect(await requestPersistence(undefined)).toBe(false)
    resetPersistenceRequestForTests()
    const refusing = { persist: vi.fn(() => Promise.reject(new Error('denied'))) }
    expect(await requestPersistence(refusing as unknown as StorageManager)).toBe(false)
  })
})
