import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { TrackingStore } from '@/tracking/sync-engine'
import { App } from './app'
import './styles.css'

export function mount(tracking: TrackingStore): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App tracking={tracking} />
    </StrictMode>,
  )
}
