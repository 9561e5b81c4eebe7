import { describe, expect, it, vi } from 'vitest'
import { authorization, testConnection } from '@/tracking/sync/test-connection'

const settings = {
  url: 'http://127.0.0.1:5984/captains-log',
  username: 'fan',
  password: 'make-it-so',
}
const answer = (status: number, body: unknown, type = 'application/json') =>
  vi.fn<typeof fetch>().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': type },
    }),
  )

describe('Test connection', () => {
  it('signs in with basic auth and says how many documents are there', async () => {
    const fetch = answer(200, { db_name: 'captains-log', doc_count: 3 })
    expect(await testConnection(settings, fetch)).toEqual({ ok: true, documents: 3 })
    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({
      Authorization: authorization(settings),
    })
    expect(authorization({ username: 'fan', password: 'é' })).toBe(`Basic ${btoa('fan:\xc3\xa9')}`)
  })

  it('tells a wrong password, no access and no database apart', async () => {
    expect(await testConnection(settings, answer(401, { error: 'unauthorized' }))).toMatchObject({
      problem: 'sign-in',
    })
    expect(await testConnection(settings, answer(403, { error: 'forbidden' }))).toMatchObject({
      problem: 'no-access',
    })
    expect(await testConnection(settings, answer(404, { error: 'not_found' }))).toMatchObject({
      problem: 'no-database',
    })
  })

  it('tells a user who may not open the database from a wrong password, where the server answers 401 to both', async () => {
    const session = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 }),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ ok: true, userCtx: { name: 'fan' } })))
    expect(await testConnection(settings, session)).toMatchObject({ problem: 'no-access' })
    expect(session.mock.calls[1]?.[0]).toBe('http://127.0.0.1:5984/_session')
  })

  it('says so when the address answers with a web page, not a database', async () => {
    expect(
      await testConnection(settings, answer(200, '<html>Welcome</html>', 'text/html')),
    ).toMatchObject({
      problem: 'not-couchdb',
    })
  })

  it('tells a server that refuses this site (CORS) from one that is not there', async () => {
    const cors = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(null))
    expect(await testConnection(settings, cors)).toMatchObject({ problem: 'cors' })
    const gone = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'))
    expect(await testConnection(settings, gone)).toMatchObject({ problem: 'unreachable' })
  })

  it('refuses an address that names no database, before any request', async () => {
    const fetch = answer(200, {})
    expect(
      await testConnection({ ...settings, url: 'http://127.0.0.1:5984/' }, fetch),
    ).toMatchObject({ problem: 'address' })
    expect(await testConnection({ ...settings, url: 'couch.example.com' }, fetch)).toMatchObject({
      problem: 'address',
    })
    expect(fetch).not.toHaveBeenCalled()
  })
})
