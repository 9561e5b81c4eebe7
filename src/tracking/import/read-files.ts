import { unzipSync } from 'fflate'
import { refuseTooBig } from './limits'
import { ImportFileError, type TextFile } from './types'

/** A file as the person chose or dropped it: its name and bytes. */
export interface SourceFile {
  name: string
  bytes: Uint8Array
}

/** Files never opened: credentials in a TV Time GDPR ZIP, and what macOS adds to a ZIP. */
export function neverOpened(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  return (
    /access[_-]?token/.test(name) ||
    name.includes('login') ||
    name.includes('password') ||
    path.startsWith('__MACOSX/') ||
    path.includes('/__MACOSX/') ||
    name.startsWith('._') ||
    name === '.ds_store'
  )
}

const readable = (path: string): boolean => /\.(csv|json)$/i.test(path) && !neverOpened(path)

const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04

/** Text from bytes: without a BOM; UTF-8, or Windows-1252 (older IMDb files) when it is not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  let body = bytes
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('windows-1252').decode(body)
  }
}

/**
 * The readable files (CSV, JSON) of what was chosen: ZIPs unpacked, the rest as they are.
 * `skipped` names what was not opened (credentials, other kinds of file).
 */
export function readSources(sources: readonly SourceFile[]): {
  files: TextFile[]
  skipped: string[]
} {
  const files: TextFile[] = []
  const skipped: string[] = []
  let total = 0
  for (const source of sources) {
    if (isZip(source.bytes)) {
      let entries: Record<string, Uint8Array>
      try {
        entries = unzipSync(source.bytes, {
          filter: (entry) => {
            if (!readable(entry.name)) {
              if (!entry.name.endsWith('/')) skipped.push(`${source.name}/${entry.name}`)
              return false
            }
            // Checked before anything is unpacked: a ZIP that would unpack to gigabytes is
            // refused from its directory alone.
            total += entry.originalSize
            refuseTooBig(source.name, total)
            return true
          },
        })
      } catch (error) {
        if (error instanceof ImportFileError) throw error
        throw new ImportFileError(
          source.name,
          'the ZIP file is damaged or incomplete (it may not have finished downloading), or it is password-protected. Download the export again.',
        )
      }
      for (const [path, bytes] of Object.entries(entries)) {
        files.push({ name: path, text: decodeText(bytes) })
      }
    } else if (readable(source.name)) {
      total += source.bytes.length
      refuseTooBig(source.name, total)
      files.push({ name: source.name, text: decodeText(source.bytes) })
    } else {
      skipped.push(source.name)
    }
  }
  return { files, skipped }
}
