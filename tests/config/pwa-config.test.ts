// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import type { PluginOption } from 'vite'
import { describe, expect, it } from 'vitest'
import config, { manifest } from '../../vite.config'

/**
 * Requirement 17, the configuration half: a new service worker waits for the person's "Reload"
 * (the prompt's flush-before-update is tested in tests/app/update-prompt.test.tsx).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const configPath = resolve(root, 'vite.config.ts')

/** The object literal passed to VitePWA(...) in vite.config.ts, read from the source. */
function vitePwaOptions(): Map<string, ts.Expression> {
  const source = ts.createSourceFile(
    configPath,
    readFileSync(configPath, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  )
  const calls: ts.CallExpression[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'VitePWA') calls.push(node)
    ts.forEachChild(node, visit)
  }
  visit(source)
  expect(calls).toHaveLength(1)
  const [options] = calls[0]!.arguments
  if (!options || !ts.isObjectLiteralExpression(options))
    throw new Error('VitePWA({ ... }) expected')
  const props = new Map<string, ts.Expression>()
  for (const prop of options.properties) {
    if (ts.isPropertyAssignment(prop)) props.set(prop.name.getText(source), prop.initializer)
    if (ts.isShorthandPropertyAssignment(prop)) props.set(prop.name.text, prop.name)
  }
  return props
}

function literal(expression: ts.Expression | undefined): unknown {
  if (!expression) return undefined
  if (ts.isStringLiteral(expression)) return expression.text
  if (expression.kind === ts.SyntaxKind.TrueKeyword) return true
  if (expression.kind === ts.SyntaxKind.FalseKeyword) return false
  return expression.getText()
}

describe('requirement 17: no reload without consent', () => {
  it("registers the service worker with registerType 'prompt'", () => {
    expect(literal(vitePwaOptions().get('registerType'))).toBe('prompt')
  })

  it('does not activate a waiting worker behind the person’s back (no skipWaiting/clientsClaim)', () => {
    const workbox = vitePwaOptions().get('workbox')
    expect(workbox && ts.isObjectLiteralExpression(workbox)).toBe(true)
    const text = workbox?.getText() ?? ''
    expect(text).not.toMatch(/skipWaiting\s*:\s*true/)
    expect(text).not.toMatch(/clientsClaim\s*:\s*true/)
  })

  it('passes the exported manifest to the PWA plugin, which the build uses', () => {
    expect(vitePwaOptions().get('manifest')?.getText()).toBe('manifest')
    const plugins = (config.plugins ?? []).flat(Infinity as 1) as Exclude<PluginOption, unknown[]>[]
    const names = plugins.map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : null))
    expect(names).toContain('vite-plugin-pwa')
  })
})

describe('the installable app manifest', () => {
  it('opens standalone at the root of the site', () => {
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' })
    expect(manifest.name).toMatch(/Captain’s Log/)
    expect(manifest.short_name).toBeTruthy()
  })

  it('has theme and background colours', () => {
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('has 192 px, 512 px and maskable icons, and the files exist', () => {
    const icons = manifest.icons ?? []
    expect(icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192', type: 'image/png' }),
        expect.objectContaining({ sizes: '512x512', type: 'image/png' }),
      ]),
    )
    expect(
      icons.some((icon) =>
        String(icon.purpose)
          .split(/[\s,]+/)
          .includes('maskable'),
      ),
    ).toBe(true)
    for (const icon of icons) expect(existsSync(resolve(root, 'public', `.${icon.src}`))).toBe(true)
  })
})
