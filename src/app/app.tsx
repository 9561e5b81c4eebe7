import { BrowserRouter } from 'react-router'
import type { TrackingStore } from '@/tracking/sync-engine'
import { Providers } from './providers'
import { Shell } from './shell'

export function App({ tracking }: { tracking: TrackingStore }) {
  return (
    <Providers tracking={tracking}>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </Providers>
  )
}
