import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { resumeSync } from '@/tracking/sync/start'
import type { TrackingStore } from '@/tracking/sync-engine'
import { App } from './app'

export function mount(tracking: TrackingStore): void {
  const container = document.getElementById('root') as HTMLElement
  const app = (
    <StrictMode>
      <App tracking={tracking} />
    </StrictMode>
  )
  // The page prerendered for this address (scripts/prerender.ts) is already on screen: React
  // takes it over in place. index.html's script emptied the root if it was for another address.
  // In a transition, hydration yields to the browser between pieces of work, so a tap on the
  // already visible page is not held up behind one long task.
  if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, app))
  else createRoot(container).render(app)
  resumeSync(tracking)
}
