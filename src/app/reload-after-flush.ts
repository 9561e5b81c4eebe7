/** Waits for every pending write to reach the disk, then lets the new service worker take over. */
export async function reloadAfterFlush(
  flush: () => Promise<void>,
  updateServiceWorker: (reloadPage?: boolean) => Promise<void>,
): Promise<void> {
  await flush()
  await updateServiceWorker(true)
}
