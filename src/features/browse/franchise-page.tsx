import { useMemo } from 'react'
import { useCatalogue } from '@/catalogue/queries'
import { pendingClass } from '@/lib/pending-class'
import { usePreferences } from '@/tracking/preferences'
import { useAllRecords, useLogLoading } from '@/tracking/store'
import {
  continueWatching,
  seenText,
  seriesProgress,
  seriesSeen,
  noProgress,
  sumProgress,
  sumSeen,
  unknownRecordIds,
  noneSeen,
} from '@/tracking/progress'
import { ProgressBar } from '@/ui/progress-bar'
import { useDocumentTitle } from '@/lib/use-document-title'
import { ContinueCard } from './continue-card'
import { SeriesCard } from './series-card'
import { UnknownEntries } from './unknown-entries'

export function FranchisePage() {
  const index = useCatalogue()
  const log = useAllRecords()
  const loading = useLogLoading()
  const countSpecials = usePreferences((s) => s.countSpecials)
  useDocumentTitle('All series')

  const { seen, progress, total, totalSeen, next, unknown } = useMemo(() => {
    const { records } = log
    // Seen at least once: a rewatch never makes these go down (the text adds the rewatch's own).
    const seen = new Map(
      index.catalogue.series.map((s) => [s.id, seriesSeen(s, records, countSpecials)] as const),
    )
    const progress = new Map(
      index.catalogue.series.map((s) => [s.id, seriesProgress(s, records, countSpecials)] as const),
    )
    const total = sumProgress([...progress.values()])
    return {
      seen,
      progress,
      total,
      totalSeen: sumSeen([...seen.values()]),
      next: continueWatching(index, records),
      unknown: unknownRecordIds(index, records),
    }
  }, [index, log, countSpecials])

  const series = [...index.catalogue.series].sort((a, b) => a.startYear - b.startYear)

  return (
    <div className="page">
      <header className="hero">
        <h1>Star Trek, every voyage</h1>
        <p className={pendingClass('hero__meta', loading)}>
          {seenText(totalSeen, total)} across the franchise
        </p>
        <ProgressBar
          value={totalSeen.seen}
          max={totalSeen.of}
          label="Franchise progress"
          size="large"
        />
      </header>

      {next && <ContinueCard entry={next} />}

      <section aria-labelledby="series-heading">
        <h2 id="series-heading" className="section-title">
          Series and films
        </h2>
        <ul className="card-grid">
          {series.map((s) => (
            <li key={s.id}>
              <SeriesCard
                series={s}
                seen={seen.get(s.id) ?? noneSeen}
                progress={progress.get(s.id) ?? noProgress}
                rewatches={log.records[s.id]?.rewatchStarts.length ?? 0}
                pending={loading}
              />
            </li>
          ))}
        </ul>
      </section>

      <UnknownEntries ids={unknown} />
    </div>
  )
}
