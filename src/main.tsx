import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createAppTracking } from '@/tracking/store'
import { App } from './app/app'
import './app/styles.css'

// Start reading the watch log before React renders, so the disk and the first render overlap.
const tracking = createAppTracking()

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App tracking={tracking} />
  </StrictMode>,
)
