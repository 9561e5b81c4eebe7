import type { SyncChannel, SyncMessage } from '@/tracking/sync-engine'

type Listener = (event: MessageEvent<SyncMessage>) => void

export interface FakeChannel extends SyncChannel {
  /** Every message this end posted, in order. */
  posted: SyncMessage[]
  /** Every message delivered to this end's listeners, in order. */
  received: SyncMessage[]
  closed: boolean
}

interface LinkedEnd extends FakeChannel {
  listeners: Listener[]
  peer: LinkedEnd | undefined
}

/** Deliveries not yet made, across every pair (see `deliverAll`). */
const inFlight = new Set<Promise<void>>()

function createEnd(): LinkedEnd {
  const self: LinkedEnd = {
    posted: [],
    received: [],
    closed: false,
    listeners: [],
    peer: undefined,
    postMessage(message) {
      if (self.closed) throw new DOMException('BroadcastChannel is closed', 'InvalidStateError')
      self.posted.push(message)
      const peer = self.peer
      if (!peer) return
      const data = structuredClone(message)
      const delivery = new Promise<void>((resolve) => {
        setTimeout(() => {
          if (!peer.closed) {
            peer.received.push(data)
            const event = new MessageEvent<SyncMessage>('message', { data })
            for (const listener of peer.listeners) listener(event)
          }
          resolve()
        }, 0)
      })
      inFlight.add(delivery)
      void delivery.finally(() => inFlight.delete(delivery))
    },
    addEventListener(_type, listener) {
      self.listeners.push(listener)
    },
    close() {
      self.closed = true
    },
  }
  return self
}

/**
 * Two linked stand-ins for BroadcastChannel, one per "tab". Like the real thing, a message
 * posted on one end is cloned and delivered to the other end's listeners in a later task
 * (never synchronously), and never to the end that posted it.
 */
export function createChannelPair(): [FakeChannel, FakeChannel] {
  const a = createEnd()
  const b = createEnd()
  a.peer = b
  b.peer = a
  return [a, b]
}

/** Resolves once every message posted so far, and any posted in reply meanwhile, has arrived. */
export async function deliverAll(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight])
}
