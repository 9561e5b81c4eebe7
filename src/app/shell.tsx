import { useEffect } from 'react'
import { Link, useLocation } from 'react-router'
import { paths } from '@/lib/paths'
import { CatalogueGate } from './catalogue-gate'
import { AppRoutes } from './routes'
import { StorageStatus } from './storage-status'
import { UpdatePrompt } from './update-prompt'

export function Shell() {
  const { pathname } = useLocation()
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
      </header>
      <div className="notices">
        <UpdatePrompt />
        <StorageStatus />
      </div>
      <main id="main" className="main" tabIndex={-1}>
        <CatalogueGate>
          <AppRoutes />
        </CatalogueGate>
      </main>
      <footer className="footer">
        <p>
          Your watch log is stored only in this browser. Facts: public episode listings; no
          affiliation with the rights holders.
        </p>
      </footer>
    </div>
  )
}
