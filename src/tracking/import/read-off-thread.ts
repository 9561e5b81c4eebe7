import type { CatalogueIds } from '@/catalogue/external-ids'
import type { Catalogue } from '@/catalogue/schema'
import type { Progress, ReadExport } from './read-export'
import type { SourceFile } from './read-files'
import { describeFailure, type WorkerReply, type WorkerRequest } from './worker-protocol'

export class ImportReadError extends Error {
  override name = 'ImportReadError'
}

/**
 * readExport in a Web Worker, the file bytes moved (not copied) to it. Where there is no Worker
 * (jsdom in unit tests) it runs here, with the same messages.
 */
export function readOffThread(
  sources: SourceFile[],
  catalogue: Catalogue,
  ids: CatalogueIds,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<ReadExport> {
  if (typeof Worker === 'undefined') {
    // Loaded only here: the parsers, fflate and papaparse belong in the worker's chunk, not the page's.
    return import('./read-export').then(({ readExport }) => {
      try {
        return readExport(sources, catalogue, ids, onProgress)
      } catch (error) {
        throw new ImportReadError(describeFailure(error))
      }
    })
  }
  // A module worker, as Vite builds it (Chromium, Safari 15+, Firefox 114+).
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
  return new Promise<ReadExport>((resolve, reject) => {
    const fail = (message: string) => {
      worker.terminate()
      reject(new ImportReadError(message))
    }
    signal?.addEventListener('abort', () => {
      worker.terminate()
      reject(new DOMException('The import was cancelled.', 'AbortError'))
    })
    worker.onmessageerror = () =>
      fail('The files could not be read (the reader’s answer was lost).')
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      if (reply.type === 'progress') onProgress(reply.progress)
      else {
        worker.terminate()
        if (reply.type === 'done') resolve(reply.result)
        else reject(new ImportReadError(reply.message))
      }
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(
        new ImportReadError(
          `The files could not be read (${event.message || 'the reader stopped'}).`,
        ),
      )
    }
    const request: WorkerRequest = { sources, catalogue, ids }
    worker.postMessage(
      request,
      sources.map((s) => s.bytes.buffer as ArrayBuffer),
    )
  })
}
