import { createJSONStorage } from 'zustand/middleware'

/**
 * Tiny UI preferences (the theme) live in localStorage through zustand's `persist`: losing
 * them costs a click, and index.html reads the theme before the first paint.
 */
export const PREFERENCES_KEY = 'captains-log:preferences'

export const preferencesStorage = createJSONStorage(() => localStorage)
