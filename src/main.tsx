import { startCatalogueRequest } from '@/catalogue/fetch-catalogue'
import { createAppTracking } from '@/tracking/store'

// The watch log starts loading from IndexedDB first, from a small entry chunk, while the
// browser is still fetching and parsing React and the screens: the disk and the start-up overlap.
const tracking = createAppTracking()
startCatalogueRequest()

void import('./app/mount').then(({ mount }) => mount(tracking))
