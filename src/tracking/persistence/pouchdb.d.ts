/**
 * The part of PouchDB 9 the app uses, typed here: @types/pouchdb-core (7.0) declares a global
 * `Buffer` of its own that breaks Node's, and PouchDB 9 ships no types.
 */
declare module 'pouchdb-core' {
  interface ReplicationEvents {
    on(
      event: 'change',
      listener: (info: {
        direction?: 'push' | 'pull'
        change: { docs: { _id: string }[] }
      }) => void,
    ): ReplicationEvents
    on(
      event: 'paused' | 'active' | 'complete',
      listener: (info?: unknown) => void,
    ): ReplicationEvents
    on(event: 'denied' | 'error', listener: (error: unknown) => void): ReplicationEvents
    cancel(): void
  }
  interface ReplicationOptions {
    live?: boolean
    retry?: boolean
    batch_size?: number
    back_off_function?: (delay: number) => number
  }
  class PouchDB {
    constructor(
      name: string,
      options?: {
        adapter?: string
        auth?: { username: string; password: string }
        skip_setup?: boolean
        fetch?: typeof fetch
      },
    )
    static plugin(plugin: unknown): typeof PouchDB
    readonly name: string
    allDocs(options: { keys?: string[]; include_docs?: boolean }): Promise<{
      rows: {
        id?: string
        key?: string
        doc?: never
        value?: { rev: string; deleted?: boolean }
        error?: string
      }[]
    }>
    get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<never>
    bulkDocs(
      docs: object[],
    ): Promise<({ ok: true; id: string; rev: string } | { error: string; id?: string })[]>
    put(doc: object): Promise<{ ok: true; id: string; rev: string }>
    changes(options: {
      since: number | string
    }): Promise<{ results: { id: string; seq: number | string }[]; last_seq: number | string }>
    info(): Promise<{ doc_count: number; update_seq: number | string }>
    destroy(): Promise<unknown>
    close(): Promise<void>
    sync(
      remote: PouchDB | string,
      options?: ReplicationOptions,
    ): ReplicationEvents & { push: ReplicationEvents; pull: ReplicationEvents }
    replicate: {
      to(target: PouchDB | string, options?: ReplicationOptions): Promise<unknown>
      from(source: PouchDB | string, options?: ReplicationOptions): Promise<unknown>
    }
  }
  export default PouchDB
}
declare module 'pouchdb-adapter-memory'
declare module 'pouchdb-adapter-indexeddb'
declare module 'pouchdb-adapter-http'
declare module 'pouchdb-replication'
