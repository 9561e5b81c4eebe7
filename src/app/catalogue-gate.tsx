import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { CatalogueError } from '@/catalogue/schema'
import { ErrorBoundary } from '@/ui/error-boundary'
import { Loading } from '@/ui/spinner'
import { ScreenLoadError } from './routes'

/**
 * Screens below this render only with a valid catalogue. A missing or invalid catalogue gets a
 * screen of its own with Retry; the watch log is a separate store and is never touched.
 */
export function CatalogueGate({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={(error, retry) => <GateError error={error} retry={retry} />}
        >
          <Suspense fallback={<Loading label="Loading the catalogue…" />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}

function GateError({ error, retry }: { error: Error; retry: () => void }) {
  if (error instanceof ScreenLoadError) return <NewVersionError />
  const isCatalogue = error instanceof CatalogueError
  return (
    <section className="error-screen" aria-labelledby="error-title">
      <h1 id="error-title">
        {isCatalogue ? 'The catalogue could not be loaded' : 'Something went wrong'}
      </h1>
      <p>{isCatalogue ? error.message : 'This screen hit an unexpected error.'}</p>
      <p className="muted">
        Your watch history, ratings and notes are safe: they are stored separately and were not
        changed.
      </p>
      <button type="button" className="button button--primary" onClick={retry}>
        Retry
      </button>
    </section>
  )
}

/** A screen's code is gone: a newer version was installed (in another tab, say). */
function NewVersionError() {
  return (
    <section className="error-screen" aria-labelledby="error-title">
      <h1 id="error-title">This screen could not be loaded</h1>
      <p>
        A newer version of Captain’s Log has probably been installed, in another tab or window.
        Reload to use it.
      </p>
      <p className="muted">
        Your watch history, ratings and notes are saved; reloading keeps them.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        Reload
      </button>
    </section>
  )
}
