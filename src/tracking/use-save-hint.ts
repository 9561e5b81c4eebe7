import { useTracking } from './store'

/** What a note field says under it: whether what was typed is safe yet. */
export function useSaveHint(disabled: boolean): { text: string; isError: boolean } {
  const unsaved = useTracking((s) => s.unsaved)
  const status = useTracking((s) => s.status)
  const text =
    status === 'loading'
      ? 'Loading your note…'
      : disabled
        ? 'Read-only: notes cannot be changed right now.'
        : unsaved
          ? 'Not saved yet — retrying.'
          : status === 'memory'
            ? 'Kept in this tab only.'
            : 'Saved automatically on this device.'
  return { text, isError: unsaved }
}
