#!/usr/bin/env node
/**
 * `npm run sync-server`: a sync server to try Captain's Log's sync with (issue 11): PouchDB
 * Server in memory on 127.0.0.1, with an admin, one user and one database only that user may
 * open, as a real CouchDB would be set up. Prints what to type into Settings → Sync. Everything
 * is gone when it stops (Ctrl-C). The e2e suite starts it too (`--port 5994 --quiet`).
 *
 * Options: --port <n> (5984), --quiet.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at === -1 ? fallback : args[at + 1]
}
const port = Number(option('--port', process.env.SYNC_PORT ?? '5984'))
const quiet = args.includes('--quiet')
const host = '127.0.0.1'
const base = `http://${host}:${port}`
const admin = { name: 'admin', password: 'admin-password' }
const user = { name: 'fan', password: 'make-it-so' }
const database = 'captains-log'

// PouchDB Server writes its config and log where it runs: a folder of its own, removed after.
const dir = mkdtempSync(path.join(os.tmpdir(), 'captains-log-sync-'))
const bin = fileURLToPath(new URL('../node_modules/.bin/pouchdb-server', import.meta.url))
const server = spawn(bin, ['--in-memory', '--host', host, '--port', String(port), '--dir', dir], {
  cwd: dir,
  stdio: ['ignore', 'ignore', 'inherit'],
})
const stop = () => {
  server.kill()
  rmSync(dir, { recursive: true, force: true })
}
process.on('SIGINT', () => process.exit(0))
process.on('SIGTERM', () => process.exit(0))
process.on('exit', stop)
server.on('exit', (code) => {
  if (code !== null && code !== 0) {
    console.error(`PouchDB Server stopped (exit ${code}). Is port ${port} in use?`)
    process.exit(1)
  }
})

const basic = (who) => `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`
async function call(method, url, body, who = admin) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: basic(who) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${url}: HTTP ${response.status} ${await response.text()}`)
}

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`PouchDB Server did not start on ${base}`)
}

await waitForServer()
// First the admin (the server is open to anyone until then), then the database as admin: PouchDB
// Server crashes on a PUT of a new database by anyone else once an admin exists.
await fetch(`${base}/_config/admins/${admin.name}`, {
  method: 'PUT',
  body: JSON.stringify(admin.password),
})
await call('PUT', `/_users/org.couchdb.user:${user.name}`, {
  name: user.name,
  password: user.password,
  roles: [],
  type: 'user',
})
await call('PUT', `/${database}`)
await call('PUT', `/${database}/_security`, {
  admins: { names: [], roles: [] },
  members: { names: [user.name], roles: [] },
})
// Made last: its existence says the set-up is complete (the e2e suite waits for it).
await call('PUT', '/ready')

if (!quiet) {
  console.log(`Sync server (PouchDB Server, in memory) on ${base}

In Captain's Log, Your data → Sync, enter:
  Server address  ${base}/${database}
  User name       ${user.name}
  Password        ${user.password}

Open the app in two browsers (or a normal and a private window) and turn sync on in each.
Everything here is kept in memory and gone when this stops (Ctrl-C).`)
}
