import { useEffect, useRef } from 'react'
import { NavLink } from 'react-router'
import type { Series } from '@/catalogue/schema'
import { seasonTitle } from '@/catalogue/select'
import { barWidth } from '@/lib/bar-width'
import { paths } from '@/lib/paths'
import { pendingClass } from '@/lib/pending-class'
import { scrollToShow } from '@/lib/scroll-into-row'
import type { WatchRecord } from '@/tracking/model'
import { progressPercent, seasonProgress, toWatch } from '@/tracking/progress'
import { useLogLoading } from '@/tracking/store'

interface SeasonNavProps {
  series: Series
  current: number
  records: Readonly<Record<string, WatchRecord>>
}

export function SeasonNav({ series, current, records }: SeasonNavProps) {
  const loading = useLogLoading()
  const row = useRef<HTMLUListElement>(null)
  // On a phone the tabs scroll sideways: the current one (season 7, say) is brought into view.
  useEffect(() => {
    const list = row.current
    const tab = list?.querySelector<HTMLElement>('.is-current')
    if (!list || !tab) return
    const start = tab.getBoundingClientRect().left - list.getBoundingClientRect().left
    list.scrollLeft = scrollToShow(
      list.scrollLeft,
      list.clientWidth,
      start + list.scrollLeft,
      tab.offsetWidth,
    )
  }, [series.id, current])
  return (
    <nav aria-label="Seasons" className="season-nav">
      <ul ref={row}>
        {series.seasons.map((season) => {
          const p = seasonProgress(series, season, records)
          const label = seasonTitle(series, season)
          return (
            <li key={season.number}>
              <NavLink
                to={paths.season(series.id, season.number)}
                className={() =>
                  `season-nav__link${season.number === current ? ' is-current' : ''}`
                }
                aria-current={season.number === current ? 'page' : undefined}
              >
                <span className="season-nav__label">{label}</span>{' '}
                <span className={pendingClass('season-nav__count', loading)}>
                  <span aria-hidden="true">
                    {p.watched}/{toWatch(p)}
                  </span>
                  <span className="visually-hidden">
                    ({p.watched} of {toWatch(p)} watched)
                  </span>
                </span>
                <span className="season-nav__bar" aria-hidden="true">
                  <span style={barWidth(progressPercent(p))} />
                </span>
              </NavLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
