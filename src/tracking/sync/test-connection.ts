import type { SyncSettings } from '../persistence/sync-settings'

/**
 * "Test connection" in Settings → Sync: one request to the database, and each way it can fail
 * told apart in words (issue 11). A browser hides why a cross-site request failed, so a second,
 * opaque request tells a server that answers but refuses this site (CORS) from one not there.
 */
export type ConnectionResult =
  | { ok: true; documents: number }
  | {
      ok: false
      problem:
        'address' | 'unreachable' | 'cors' | 'sign-in' | 'no-access' | 'no-database' | 'not-couchdb'
      message: string
    }

export function authorization({ username, password }: Pick<SyncSettings, 'username' | 'password'>) {
  const bytes = new TextEncoder().encode(`${username}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

/** The address must name a database: `https://couch.example.com/captains-log`. */
export function checkAddress(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Enter the database’s whole address, like https://couch.example.com/captains-log.'
  }
  const here = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1'
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && here)) {
    return 'The address must start with https:// (plain http:// only for a server on this computer).'
  }
  if (parsed.pathname.replace(/\/+$/, '') === '') {
    return 'Add the database’s name to the address, like …/captains-log.'
  }
  return null
}

/** Whether the name and password are right on that server (its `_session` names the user). */
async function signsIn(settings: SyncSettings, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(`${new URL(settings.url).origin}/_session`, {
      headers: { Authorization: authorization(settings), Accept: 'application/json' },
      credentials: 'omit',
    })
    const body = (await response.json()) as { userCtx?: { name?: unknown } }
    return response.ok && body.userCtx?.name === settings.username
  } catch {
    return false
  }
}

export async function testConnection(
  settings: SyncSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<ConnectionResult> {
  const address = checkAddress(settings.url)
  if (address) return { ok: false, problem: 'address', message: address }
  let response: Response
  try {
    response = await fetchImpl(settings.url, {
      headers: { Authorization: authorization(settings), Accept: 'application/json' },
      credentials: 'omit',
    })
  } catch {
    const origin = new URL(settings.url).origin
    const answers = await fetchImpl(`${origin}/`, { mode: 'no-cors', credentials: 'omit' }).then(
      () => true,
      () => false,
    )
    return answers
      ? {
          ok: false,
          problem: 'cors',
          message: `The server answered but does not allow this site (CORS). Add ${globalThis.location?.origin ?? 'this app’s address'} to its allowed origins, with credentials.`,
        }
      : {
          ok: false,
          problem: 'unreachable',
          message:
            'The server could not be reached. Check the address, your connection, and that the server is running.',
        }
  }
  if (response.status === 401 && (await signsIn(settings, fetchImpl))) {
    // PouchDB Server answers 401, not 403, to a user who may not open that database.
    return {
      ok: false,
      problem: 'no-access',
      message: 'This user may not open that database. Add them to its members.',
    }
  }
  if (response.status === 401) {
    return {
      ok: false,
      problem: 'sign-in',
      message: 'Sign-in failed: check the user name and password.',
    }
  }
  if (response.status === 403) {
    return {
      ok: false,
      problem: 'no-access',
      message: 'This user may not open that database. Add them to its members.',
    }
  }
  if (response.status === 404) {
    return {
      ok: false,
      problem: 'no-database',
      message: 'There is no database at that address. Create it on the server first.',
    }
  }
  const body = (await response.json().catch(() => null)) as {
    db_name?: unknown
    doc_count?: unknown
  } | null
  if (!response.ok || !body || typeof body.db_name !== 'string') {
    return {
      ok: false,
      problem: 'not-couchdb',
      message: `That address answers (HTTP ${response.status}), but not as a CouchDB database.`,
    }
  }
  return { ok: true, documents: typeof body.doc_count === 'number' ? body.doc_count : 0 }
}
