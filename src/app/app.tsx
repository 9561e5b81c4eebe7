import { useState } from 'react'
import { BrowserRouter } from 'react-router'
import { createAppTracking } from '@/tracking/store'
import { Providers } from './providers'
import { Shell } from './shell'

export function App() {
  // One store for the page's lifetime, created on first render (never during import).
  const [tracking] = useState(createAppTracking)
  return (
    <Providers tracking={tracking}>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </Providers>
  )
}
