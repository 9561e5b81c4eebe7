import { useEffect, useRef } from 'react'
import { Link, NavLink, useLocation, useNavigate } from 'react-router'
import { paths } from '@/lib/paths'
import { useShortcuts } from '@/lib/use-shortcuts'
import { applyTheme, usePreferences } from '@/tracking/preferences'
import { CatalogueGate } from './catalogue-gate'
import { AppRoutes } from './routes'
import { BackupReminder } from './backup-reminder'
import { usePersistenceRequest } from './use-persistence-request'
import { ShortcutsDialog } from './shortcuts-dialog'
import { StorageStatus } from './storage-status'
import { UpdatePrompt } from './update-prompt'

/*
 * One element for the life of the app: Shell re-renders right after hydration (theme, stored
 * data), and new props would reach a screen that is still hydrating (its chunk loading), which
 * React then draws again from nothing, blanking the prerendered page meanwhile.
 */
const screens = (
  <CatalogueGate>
    <AppRoutes />
  </CatalogueGate>
)

export function Shell() {
  const { pathname } = useLocation()
  usePersistenceRequest()
  const navigate = useNavigate()
  const shortcuts = useRef<HTMLDialogElement>(null)
  useShortcuts({
    '/': () => {
      const box = document.getElementById('search-input')
      if (box) box.focus()
      else void navigate(paths.search, { state: { focus: true } })
    },
    '?': () => shortcuts.current?.showModal(),
  })
  const theme = usePreferences((s) => s.theme)
  useEffect(() => applyTheme(theme), [theme])
  const isHome = pathname === paths.home
  const browsing = isHome || /^\/(series|episode)\//.test(pathname)
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to={paths.home} className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Captain’s Log</span>
        </Link>
        <nav aria-label="Main" className="topnav">
          <NavLink
            to={paths.home}
            className={({ isActive }) => (isActive || browsing ? 'active' : undefined)}
            aria-current={isHome ? 'page' : undefined}
          >
            Series
          </NavLink>
          <NavLink to={paths.upNext}>Up next</NavLink>
          <NavLink to={paths.history}>History</NavLink>
          <NavLink to={paths.search}>Search</NavLink>
          <NavLink to={paths.stats}>Stats</NavLink>
          <NavLink to={paths.settings}>Your data</NavLink>
        </nav>
      </header>
      <div className="notices">
        <UpdatePrompt />
        <StorageStatus />
        <BackupReminder />
      </div>
      <main id="main" className="main" tabIndex={-1}>
        {screens}
      </main>
      <ShortcutsDialog ref={shortcuts} />
      <footer className="footer">
        <p>
          Your watch log is stored only in this browser. Facts: public episode listings; no
          affiliation with the rights holders.{' '}
          <button
            type="button"
            className="button button--quiet footer__shortcuts"
            onClick={() => shortcuts.current?.showModal()}
          >
            Keyboard shortcuts (?)
          </button>
        </p>
      </footer>
    </div>
  )
}
