#!/usr/bin/env node
// Generates the Captain's Log app icons (PNG) without any image libraries.
//
//   node scripts/make-icons.mjs
//
// The emblem is an abstract amber arrowhead (a delta with a notch at the
// bottom) inside a thin amber ring, on a deep navy background. Shapes are
// described analytically and rasterised with N×N supersampling per pixel,
// then written as RGBA PNGs (IHDR / IDAT / IEND, CRC-32 per chunk).

import { deflateSync } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..')
const OUT_DIR = join(ROOT, 'public')

// ---------------------------------------------------------------------------
// Palette
// ---------------------------------------------------------------------------

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
const NAVY = hex('#0b1d3a')
const AMBER = hex('#f5a524')
const AMBER_SHADE = hex('#d98a12') // right facet of the arrowhead, for depth

// ---------------------------------------------------------------------------
// Emblem geometry, in "emblem units": the ring's outer radius is 1 and the
// emblem is centred on the origin (y grows downwards, like the image).
// ---------------------------------------------------------------------------

const RING_OUTER = 1.0
const RING_INNER = 0.915

const TIP = [0, -0.68]
const NOTCH = [0, 0.3]
const LEFT = [-0.53, 0.6]
const RIGHT = [0.53, 0.6]

// The arrowhead is drawn as two facets split on the vertical axis.
const LEFT_FACET = [TIP, NOTCH, LEFT]
const RIGHT_FACET = [TIP, RIGHT, NOTCH]

function insidePolygon(x, y, pts) {
  let inside = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]
    const [xj, yj] = pts[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside
    }
  }
  return inside
}

/** Colour of the emblem at (x, y) in emblem units, or null if none. */
function emblemAt(x, y) {
  const r = Math.hypot(x, y)
  if (r <= RING_OUTER && r >= RING_INNER) return AMBER
  if (x < 0 ? insidePolygon(x, y, LEFT_FACET) : insidePolygon(x, y, RIGHT_FACET)) {
    return x < 0 ? AMBER : AMBER_SHADE
  }
  return null
}

/** Inside a rounded square covering [0,size]² with corner radius rad. */
function insideRoundedSquare(px, py, size, rad) {
  const cx = Math.min(Math.max(px, rad), size - rad)
  const cy = Math.min(Math.max(py, rad), size - rad)
  return (px - cx) ** 2 + (py - cy) ** 2 <= rad * rad
}

// ---------------------------------------------------------------------------
// Rasteriser
// ---------------------------------------------------------------------------

/**
 * @param {number} size          output width/height in pixels
 * @param {object} opts
 * @param {boolean} opts.rounded  rounded-square background with transparent corners
 * @param {number} opts.emblem    ring outer radius as a fraction of size
 * @param {number} [opts.ss]      supersampling factor per axis
 */
function render(size, { rounded, emblem, ss = 6 }) {
  const rgba = Buffer.alloc(size * size * 4)
  const cornerRadius = size * 0.22
  const scale = emblem * size // pixels per emblem unit
  const c = size / 2
  const n = ss * ss

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the sub-samples.
      let r = 0,
        g = 0,
        b = 0,
        a = 0
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = px + (sx + 0.5) / ss
          const y = py + (sy + 0.5) / ss
          if (rounded && !insideRoundedSquare(x, y, size, cornerRadius)) continue
          const col = emblemAt((x - c) / scale, (y - c) / scale) ?? NAVY
          r += col[0]
          g += col[1]
          b += col[2]
          a += 1
        }
      }
      const o = (py * size + px) * 4
      if (a > 0) {
        // Un-premultiply: colour is the average of the covered samples.
        rgba[o] = Math.round(r / a)
        rgba[o + 1] = Math.round(g / a)
        rgba[o + 2] = Math.round(b / a)
      }
      rgba[o + 3] = Math.round((a / n) * 255)
    }
  }
  return rgba
}

// ---------------------------------------------------------------------------
// PNG encoder
// ---------------------------------------------------------------------------

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0) // width
  ihdr.writeUInt32BE(size, 4) // height
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // colour type: RGBA
  ihdr[10] = 0 // compression
  ihdr[11] = 0 // filter method
  ihdr[12] = 0 // no interlace

  // Each scanline: filter byte (0 = None) followed by the row's pixels.
  const stride = size * 4
  const raw = Buffer.alloc((stride + 1) * size)
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride)
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// ---------------------------------------------------------------------------
// Favicon (hand-tuned SVG of the same emblem on a 64×64 grid)
// ---------------------------------------------------------------------------

function faviconSvg() {
  const S = 64
  const k = S * 0.4 // ring outer radius in px, same proportion as the PNG icons
  const p = ([x, y]) => `${+(S / 2 + x * k).toFixed(2)},${+(S / 2 + y * k).toFixed(2)}`
  const ringR = +(((RING_OUTER + RING_INNER) / 2) * k).toFixed(2)
  const ringW = +((RING_OUTER - RING_INNER) * k).toFixed(2)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${S} ${S}">
  <rect width="${S}" height="${S}" rx="${+(S * 0.22).toFixed(2)}" fill="#0b1d3a"/>
  <circle cx="${S / 2}" cy="${S / 2}" r="${ringR}" fill="none" stroke="#f5a524" stroke-width="${ringW}"/>
  <polygon points="${LEFT_FACET.map(p).join(' ')}" fill="#f5a524"/>
  <polygon points="${RIGHT_FACET.map(p).join(' ')}" fill="#d98a12"/>
</svg>
`
}

// ---------------------------------------------------------------------------

const ICONS = [
  // "any" purpose icons: rounded square, emblem fills most of it.
  { file: 'pwa-192x192.png', size: 192, rounded: true, emblem: 0.39 },
  { file: 'pwa-512x512.png', size: 512, rounded: true, emblem: 0.39 },
  // Full-bleed icons: emblem (ring diameter) within the central 60%.
  { file: 'maskable-512x512.png', size: 512, rounded: false, emblem: 0.29 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, emblem: 0.29 },
]

mkdirSync(OUT_DIR, { recursive: true })
for (const { file, size, ...opts } of ICONS) {
  const png = encodePng(size, render(size, opts))
  writeFileSync(join(OUT_DIR, file), png)
  console.log(`wrote public/${file} (${size}×${size}, ${png.length} bytes)`)
}
writeFileSync(join(OUT_DIR, 'favicon.svg'), faviconSvg())
console.log('wrote public/favicon.svg')
