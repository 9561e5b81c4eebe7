import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { WhenChoice } from './bulk-when'
import { PREFERENCES_KEY, preferencesStorage } from './persistence/preferences-storage'

export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

interface Preferences {
  theme: Theme
  /** Count pilots and specials (season 0) toward progress. */
  countSpecials: boolean
  setTheme: (theme: Theme) => void
  setCountSpecials: (count: boolean) => void
  /** Series whose episodes past the next unwatched one are hidden. */
  spoilerShield: string[]
  setSpoilerShield: (seriesId: string, on: boolean) => void
  /** The last answer to a bulk mark's "When?", offered first next time (null: never asked). */
  bulkWhen: WhenChoice | null
  setBulkWhen: (choice: WhenChoice) => void
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      theme: 'system',
      countSpecials: false,
      setTheme: (theme) => set({ theme }),
      setCountSpecials: (countSpecials) => set({ countSpecials }),
      spoilerShield: [],
      setSpoilerShield: (seriesId, on) =>
        set((s) => ({
          spoilerShield: on
            ? [...new Set([...s.spoilerShield, seriesId])]
            : s.spoilerShield.filter((id) => id !== seriesId),
        })),
      bulkWhen: null,
      setBulkWhen: (bulkWhen) => set({ bulkWhen }),
    }),
    { name: PREFERENCES_KEY, storage: preferencesStorage, version: 1 },
  ),
)

/** Applies a theme to the document; 'system' follows the operating system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}

/** The preferences a backup keeps (see backup/settings.ts), as they are now. */
export function preferencesForBackup(): {
  theme: Theme
  countSpecials: boolean
  spoilerShield: string[]
} {
  const { theme, countSpecials, spoilerShield } = usePreferences.getState()
  return { theme, countSpecials, spoilerShield: [...spoilerShield] }
}
