/** Every screen's URL in one place; screens link with these, routes match them. */
export const paths = {
  home: '/',
  series: (id: string) => `/series/${id}`,
  season: (id: string, season: number) => `/series/${id}/season/${season}`,
  episode: (id: string) => `/episode/${id}`,
  settings: '/settings',
  search: '/search',
  stats: '/stats',
  upNext: '/up-next',
  history: '/history',
}
