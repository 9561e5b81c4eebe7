/**
 * Where sync connects, kept in this browser's localStorage (`captains-log:sync`), in plain text
 * like any saved password in a web app: the server address, the user name and the password, so
 * the app can sync without asking again. Turning sync off removes them. Said so in Settings.
 */
export const SYNC_SETTINGS_KEY = 'captains-log:sync'

export interface SyncSettings {
  url: string
  username: string
  password: string
}

export function readSyncSettings(): SyncSettings | null {
  try {
    const raw = localStorage.getItem(SYNC_SETTINGS_KEY)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<SyncSettings>
    return typeof value.url === 'string' &&
      typeof value.username === 'string' &&
      typeof value.password === 'string'
      ? { url: value.url, username: value.username, password: value.password }
      : null
  } catch {
    return null
  }
}

export function saveSyncSettings(settings: SyncSettings | null): void {
  try {
    if (settings) localStorage.setItem(SYNC_SETTINGS_KEY, JSON.stringify(settings))
    else localStorage.removeItem(SYNC_SETTINGS_KEY)
  } catch {
    // No storage (a private mode): sync lasts this visit only.
  }
}
