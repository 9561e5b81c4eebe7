import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { catalogueQuery } from '@/catalogue/queries'
import type { Catalogue } from '@/catalogue/schema'
import type { PersistenceAdapter } from '@/tracking/persistence/adapter'
import { createTracking } from '@/tracking/sync-engine'
import { createQueryClient, Providers } from './providers'
import { Shell } from './shell'

/**
 * A disk that never answers: the page is drawn as it is while the person's log is still
 * loading (their own data cannot be known at build time). Nothing is ever written.
 */
const neverLoads: PersistenceAdapter = {
  load: () => new Promise(() => undefined),
  write: refuse,
  writeIfUnchanged: refuse,
  writeNow: refuse,
  replace: refuse,
  setAside: refuse,
}

function refuse(): never {
  throw new Error('The prerendered page has no storage')
}

/**
 * The HTML of one address at build time (scripts/prerender.ts), run in Node. It is the same tree
 * mount() hydrates, in the same first state: catalogue loaded, log loading, default preferences
 * (zustand's server snapshot during hydration is the initial state). Lazy screens are waited for.
 */
export async function renderPage(url: string, catalogue: Catalogue): Promise<string> {
  const queryClient = createQueryClient()
  queryClient.setQueryData(catalogueQuery.queryKey, catalogue)
  const tracking = createTracking({ adapter: neverLoads, channel: null, tabId: 'prerender' })
  const { prelude } = await prerender(
    <StrictMode>
      <Providers tracking={tracking} queryClient={queryClient}>
        <StaticRouter location={url}>
          <Shell />
        </StaticRouter>
      </Providers>
    </StrictMode>,
    // One piece of HTML, never split into parts put in place by inline scripts (which the
    // Content Security Policy would block, and which only help pages streamed as they render).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  return new Response(prelude).text()
}
