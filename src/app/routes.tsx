import { lazy, Suspense } from 'react'
import { Route, Routes } from 'react-router'
import { FranchisePage } from '@/features/browse/franchise-page'
import { NotFound } from './not-found'

/*
 * Home ships with the app; every other screen is its own chunk, loaded when first opened (the
 * service worker precaches them all, so offline is unchanged). Navigations run in a transition,
 * so the screen being left stays up while the next one loads: no fallback flashes.
 */
const SeriesPage = lazy(() =>
  import('@/features/series/series-page').then((m) => ({ default: m.SeriesPage })),
)
const EpisodePage = lazy(() =>
  import('@/features/episode/episode-page').then((m) => ({ default: m.EpisodePage })),
)
const SearchPage = lazy(() =>
  import('@/features/search/search-page').then((m) => ({ default: m.SearchPage })),
)
const UpNextPage = lazy(() =>
  import('@/features/up-next/up-next-page').then((m) => ({ default: m.UpNextPage })),
)
const HistoryPage = lazy(() =>
  import('@/features/history/history-page').then((m) => ({ default: m.HistoryPage })),
)
const StatsPage = lazy(() =>
  import('@/features/stats/stats-page').then((m) => ({ default: m.StatsPage })),
)
const SettingsPage = lazy(() =>
  import('@/features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
)

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
