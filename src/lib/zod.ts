import * as z from 'zod/mini'
import { en } from 'zod/locales'

// zod/mini keeps validation out of the way of first load (about 9 KB gzip with English
// messages, against about 90 KB for the classic API). Import `z` from here so the messages are on.
z.config(en())

export { z }
