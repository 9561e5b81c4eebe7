import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { TrackingProvider } from '@/tracking/store'
import type { TrackingStore } from '@/tracking/sync-engine'

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } })
}

interface ProvidersProps {
  tracking: TrackingStore
  queryClient?: QueryClient
  children: ReactNode
}

export function Providers({ tracking, queryClient, children }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <TrackingProvider store={tracking}>{children}</TrackingProvider>
    </QueryClientProvider>
  )
}
