/// <reference lib="webworker" />
import { readExport } from './read-export'
import { describeFailure, type WorkerRequest, type WorkerReply } from './worker-protocol'

/**
 * Reads an export off the main thread: unpacking a ZIP and parsing 20,000 viewings takes long
 * enough to freeze a phone's page, and here it only delays the plan.
 */
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { sources, catalogue, ids } = event.data
  const reply = (message: WorkerReply) => self.postMessage(message)
  try {
    const result = readExport(sources, catalogue, ids, (progress) =>
      reply({ type: 'progress', progress }),
    )
    reply({ type: 'done', result })
  } catch (error) {
    reply({ type: 'failed', message: describeFailure(error) })
  }
}
