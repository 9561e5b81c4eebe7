import type { Theme } from '../preferences'
import type { BackupSettings } from './backup-format'

/** The preferences a backup carries. */
export interface BackupPreferences {
  theme: Theme
  countSpecials: boolean
  spoilerShield: string[]
}

const keys = ['theme', 'countSpecials', 'spoilerShield'] as const

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** What importing the file's settings would change here: only the keys it has that differ. */
export function settingsChange(
  current: BackupPreferences,
  incoming: BackupSettings,
): Partial<BackupPreferences> {
  const change: Partial<BackupPreferences> = {}
  for (const key of keys) {
    const value = incoming[key]
    if (value !== undefined && !same(value, current[key])) Object.assign(change, { [key]: value })
  }
  return change
}

/** Undo of an import's settings: each one still as the import left it goes back to before. */
export function settingsUndo(
  current: BackupPreferences,
  applied: Partial<BackupPreferences>,
  before: BackupPreferences,
): Partial<BackupPreferences> {
  const undo: Partial<BackupPreferences> = {}
  for (const key of keys) {
    if (key in applied && same(current[key], applied[key])) {
      Object.assign(undo, { [key]: before[key] })
    }
  }
  return undo
}

const themeWords: Record<Theme, string> = {
  system: 'same as the device',
  light: 'light',
  dark: 'dark',
}

/** The change in words, for the import plan ("theme dark, pilots and specials counted"). */
export function describeSettings(change: Partial<BackupPreferences>): string {
  const parts: string[] = []
  if (change.theme) parts.push(`theme ${themeWords[change.theme]}`)
  if (change.countSpecials !== undefined) {
    parts.push(`pilots and specials ${change.countSpecials ? 'counted' : 'not counted'}`)
  }
  if (change.spoilerShield) {
    const n = change.spoilerShield.length
    parts.push(n === 0 ? 'no spoiler shields' : `spoiler shield on ${n} series`)
  }
  return parts.join(', ')
}
