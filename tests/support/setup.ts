import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy*/waitFor wait for what a person would wait for, not for a quiet machine: on a shared,
// loaded CI machine loading the catalogue in jsdom can take longer than the 1 s default. A
// longer wait never slows a passing test; it only stops a slow one from failing.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => cleanup())
