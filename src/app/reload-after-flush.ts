/**
 * Waits for every pending write to reach the disk, then lets the new service worker take over.
 * If a change is still not on disk after that (the browser refused to store it, or keeps
 * nothing at all), it does not reload: a reload would lose that change. Returns what happened.
 */
export async function reloadAfterFlush(
  flush: () => Promise<void>,
  updateServiceWorker: (reloadPage?: boolean) => Promise<void>,
  allSaved: () => boolean = () => true,
): Promise<'reloading' | 'unsaved'> {
  await flush()
  if (!allSaved()) return 'unsaved'
  await updateServiceWorker(true)
  return 'reloading'
}
