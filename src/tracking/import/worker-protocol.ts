import type { CatalogueIds } from '@/catalogue/external-ids'
import type { Catalogue } from '@/catalogue/schema'
import type { Progress, ReadExport } from './read-export'
import type { SourceFile } from './read-files'
import { ImportFileError } from './types'

export interface WorkerRequest {
  sources: SourceFile[]
  catalogue: Catalogue
  ids: CatalogueIds
}

export type WorkerReply =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: ReadExport }
  | { type: 'failed'; message: string }

/** A failure in words for the person: the file and what is wrong with it. */
export function describeFailure(error: unknown): string {
  if (error instanceof ImportFileError) return error.message
  // A parser's own bug or the browser running out of memory: still named, never a stack trace.
  return `The files could not be read (${error instanceof Error ? error.message : 'unknown error'}).`
}
