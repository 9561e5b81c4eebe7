import { Route, Routes } from 'react-router'
import { FranchisePage } from '@/features/browse/franchise-page'
import { EpisodePage } from '@/features/episode/episode-page'
import { SeriesPage } from '@/features/series/series-page'
import { HistoryPage } from '@/features/history/history-page'
import { SearchPage } from '@/features/search/search-page'
import { SettingsPage } from '@/features/settings/settings-page'
import { StatsPage } from '@/features/stats/stats-page'
import { UpNextPage } from '@/features/up-next/up-next-page'
import { NotFound } from './not-found'

export function AppRoutes() {
  return (
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
  )
}
