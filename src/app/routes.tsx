import { lazy, Suspense, type ComponentType } from 'react'
import { Route, Routes } from 'react-router'
import { FranchisePage } from '@/features/browse/franchise-page'
import { NotFound } from './not-found'

/*
 * Home ships with the app; every other screen is its own chunk, loaded when first opened (the
 * service worker precaches them all, so offline is unchanged). Navigations run in a transition,
 * so the screen being left stays up while the next one loads: no fallback flashes.
 */
const SeriesPage = screen(() =>
  import('@/features/series/series-page').then((m) => ({ default: m.SeriesPage })),
)
const EpisodePage = screen(() =>
  import('@/features/episode/episode-page').then((m) => ({ default: m.EpisodePage })),
)
const SearchPage = screen(() =>
  import('@/features/search/search-page').then((m) => ({ default: m.SearchPage })),
)
const UpNextPage = screen(() =>
  import('@/features/up-next/up-next-page').then((m) => ({ default: m.UpNextPage })),
)
const HistoryPage = screen(() =>
  import('@/features/history/history-page').then((m) => ({ default: m.HistoryPage })),
)
const StatsPage = screen(() =>
  import('@/features/stats/stats-page').then((m) => ({ default: m.StatsPage })),
)
const SettingsPage = screen(() =>
  import('@/features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
)

/** A screen's code could not be loaded: most likely a newer version replaced this one's files. */
export class ScreenLoadError extends Error {
  override name = 'ScreenLoadError'
}

/**
 * A screen's chunk that fails to load in a tab still running an older version (another tab took
 * the update, and its service worker replaced the old files) gets the gate's "Reload" screen:
 * React.lazy remembers a failure, so only a reload can bring the screen.
 */
function screen(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() =>
    load().catch((cause: unknown) => {
      throw new ScreenLoadError('This screen could not be loaded.', { cause })
    }),
  )
}

export function AppRoutes() {
  return (
    // Only a first visit straight to a screen waits here, for a few kilobytes.
    <Suspense fallback={null}>
      <Routes>
        <Route path="/" element={<FranchisePage />} />
        <Route path="/series/:seriesId" element={<SeriesPage />} />
        <Route path="/series/:seriesId/season/:season" element={<SeriesPage />} />
        <Route path="/episode/:episodeId" element={<EpisodePage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/up-next" element={<UpNextPage />} />
        <Route path="/history" element={<HistoryPage />} />
        <Route path="/stats" element={<StatsPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  )
}
