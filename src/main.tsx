import { startCatalogueRequest } from '@/catalogue/fetch-catalogue'
import { createAppTracking } from '@/tracking/store'
// In the entry, so the build puts the stylesheet into index.html: the prerendered page paints styled.
import './app/styles.css'

// The watch log starts loading from IndexedDB first, from a small entry chunk, while the
// browser is still fetching and parsing React and the screens: the disk and the start-up overlap.
const tracking = createAppTracking()
startCatalogueRequest()

void import('./app/mount').then(({ mount }) => mount(tracking))
