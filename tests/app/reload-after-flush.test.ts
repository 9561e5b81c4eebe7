import { describe, expect, it, vi } from 'vitest'
import { reloadAfterFlush } from '@/app/reload-after-flush'

function deferred() {
  let resolve: () => void = () => undefined
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

describe('reloadAfterFlush', () => {
  it('hands control to the new service worker only after every pending write has flushed', async () => {
    const order: string[] = []
    const pending = deferred()
    const flush = vi.fn(async () => {
      order.push('flush started')
      await pending.promise
      order.push('flush done')
    })
    const updateServiceWorker = vi.fn((reloadPage?: boolean) => {
      order.push(`update(${String(reloadPage)})`)
      return Promise.resolve()
    })

    const done = reloadAfterFlush(flush, updateServiceWorker)
    // Let any eager continuation run: the update must still wait for the flush.
    await Promise.resolve()
    await Promise.resolve()
    expect(updateServiceWorker).not.toHaveBeenCalled()

    pending.resolve()
    await done
    expect(order).toEqual(['flush started', 'flush done', 'update(true)'])
    expect(updateServiceWorker).toHaveBeenCalledOnce()
  })

  it('does not reload when the flush fails', async () => {
    const updateServiceWorker = vi.fn(() => Promise.resolve())
    await expect(
      reloadAfterFlush(() => Promise.reject(new Error('disk gone')), updateServiceWorker),
    ).rejects.toThrow('disk gone')
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })

  it('does not reload when a change is still not on disk after the flush', async () => {
    const updateServiceWorker = vi.fn(() => Promise.resolve())
    const result = await reloadAfterFlush(
      () => Promise.resolve(),
      updateServiceWorker,
      () => false,
    )
    expect(result).toBe('unsaved')
    expect(updateServiceWorker).not.toHaveBeenCalled()
  })
})
