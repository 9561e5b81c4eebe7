import { useEffect, useId, useState, type FormEvent } from 'react'
import { Banner } from '@/ui/banner'
import { savedSyncSettings, statusText, useSync } from './use-sync'

/** Settings → Sync (issue 11): one log on every device, through a server the person controls. */
export function SyncSection() {
  const sync = useSync()
  const id = useId()
  const [url, setUrl] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const on = sync.info.state !== 'off'
  useEffect(() => {
    void savedSyncSettings().then((settings) => {
      if (!settings) return
      setUrl(settings.url)
      setUsername(settings.username)
      setPassword(settings.password)
    })
  }, [])
  const settings = { url: url.trim(), username: username.trim(), password }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void sync.turnOn(settings)
  }
  const { tested } = sync

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Sync</h2>
      <p>
        Keep one log on all your devices through a database server you control (Apache CouchDB, IBM
        Cloudant or PouchDB Server). Everything stays on this device too, and works offline.
      </p>
      <form className="sync-form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-url`}>
            Server address, with the database
          </label>
          <input
            id={`${id}-url`}
            className="input"
            type="url"
            required
            value={url}
            placeholder="https://couch.example.com/captains-log"
            disabled={on}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-user`}>
            User name
          </label>
          <input
            id={`${id}-user`}
            className="input"
            autoComplete="username"
            required
            value={username}
            disabled={on}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-password`}>
            Password
          </label>
          <input
            id={`${id}-password`}
            className="input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            disabled={on}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div className="button-row">
          {/* One button that turns sync on and off, so it keeps the focus when it changes. */}
          <button
            type={on ? 'button' : 'submit'}
            className={on ? 'button' : 'button button--primary'}
            disabled={tested === 'testing'}
            onClick={on ? () => void sync.turnOff() : undefined}
          >
            {on ? 'Turn off sync' : 'Turn on sync'}
          </button>
          <button
            type="button"
            className="button"
            disabled={tested === 'testing'}
            onClick={() => void sync.test(settings)}
          >
            Test connection
          </button>
          {on && (
            <button type="button" className="button" onClick={() => void sync.syncNow()}>
              Sync now
            </button>
          )}
        </div>
      </form>
      {tested !== null && tested !== 'testing' && (
        <Banner
          tone={tested.ok ? 'info' : 'danger'}
          title={tested.ok ? 'Connected.' : 'Not connected.'}
          urgent={!tested.ok}
        >
          {tested.ok
            ? `The database answers and holds ${tested.documents} documents.`
            : tested.message}
        </Banner>
      )}
      <dl className="sync-status">
        <dt>Status</dt>
        <dd>
          <span role="status">{statusText(sync.info)}</span>
        </dd>
        {on && (
          <>
            <dt>Changes waiting</dt>
            <dd>{sync.info.waiting}</dd>
          </>
        )}
      </dl>
      <p className="muted">
        Kept on this device: your log, as always, and a copy for sync (with its revisions) in this
        browser’s IndexedDB; the server address, user name and password in this browser’s local
        storage, not encrypted, so it can sync without asking again. Turn off sync removes them and
        the copy, and keeps your log. Sent to the server: your log, and nothing else.
      </p>
    </section>
  )
}
