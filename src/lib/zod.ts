import * as z from 'zod/mini'
import { en } from 'zod/locales'

// zod/mini keeps validation out of the way of first load (about 9 KB gzip with English
// messages, against about 90 KB for the classic API). Import `z` from here so the messages are on.
z.config(en())
// Without this, zod probes `new Function` on first use; the Content Security Policy forbids
// eval, so the probe would log a violation on every start.
z.config({ jitless: true })

export { z }
