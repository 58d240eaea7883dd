import { describe, expect, it } from 'vitest'

import { buildRegionMap, compactPathData, projectToMap, type MapParticipant } from './build-map'
import { MAP_NAMES, PARTICIPATING_ISO_CODES } from './map-names'

const participants: MapParticipant[] = PARTICIPATING_ISO_CODES.map((isoCode) => ({
  isoCode,
  name: `Name of ${isoCode}`,
  href: `/en/participants/${isoCode.toLowerCase()}`,
}))

const MAX_PATH_BYTES = 90 * 1024

/** Decodes compact path data (M absolute, l relative, z) back into absolute rings. */
function rings(d: string): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = []
  let ring: Array<[number, number]> = []
  let x = 0
  let y = 0
  for (const [, cmd, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const n = Array.from(args!.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g), (m) => Number(m[0]))
    if (cmd === 'z' || cmd === 'Z') {
      if (ring.length) out.push(ring)
      ring = []
      continue
    }
    for (let i = 0; i + 1 < n.length; i += 2) {
      if (cmd === 'M' && i === 0) {
        if (ring.length) out.push(ring)
        ring = []
        x = n[0]!
        y = n[1]!
      } else {
        x += n[i]!
        y += n[i + 1]!
      }
      ring.push([x, y])
    }
  }
  if (ring.length) out.push(ring)
  return out
}

/** Even-odd point-in-polygon test over all rings of a path. */
function contains(d: string, [px, py]: [number, number]): boolean {
  let inside = false
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!
      const [xj, yj] = ring[j]!
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside
    }
  }
  return inside
}

function area(d: string): number {
  let total = 0
  for (const ring of rings(d)) {
    let a = 0
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i]!
      const [x1, y1] = ring[(i + 1) % ring.length]!
      a += x0 * y1 - x1 * y0
    }
    total += a / 2
  }
  return Math.abs(total)
}

describe('map-names', () => {
  it('lists the 50 participating states once each', () => {
    expect(PARTICIPATING_ISO_CODES).toHaveLength(50)
    expect(new Set(Object.values(MAP_NAMES)).size).toBe(50)
  })
})

describe('compactPathData', () => {
  it('re-encodes absolute M/L/Z as relative data and drops zero-length segments', () => {
    expect(compactPathData('M10,20L10.5,20.3L10.5,20.3L9,21ZM-1.5,2L0,0Z')).toBe(
      'M10 20l.5.3-1.5.7zM-1.5 2l1.5-2z',
    )
  })
})

describe('buildRegionMap', () => {
  const map = buildRegionMap(participants)
  const byIso = new Map(map.shapes.filter((s) => s.isoCode).map((s) => [s.isoCode, s]))

  it('draws all 50 participating states as linked shapes with path data', () => {
    expect(map.missing).toEqual([])
    const participating = map.shapes.filter((s) => s.participating)
    expect(participating).toHaveLength(50)
    for (const p of participants) {
      const shape = byIso.get(p.isoCode)
      expect(shape, p.isoCode).toBeDefined()
      expect(shape!.participating).toBe(true)
      expect(shape!.name).toBe(p.name)
      expect(shape!.href).toBe(p.href)
      expect(shape!.d.length, p.isoCode).toBeGreaterThan(10)
      expect(area(shape!.d), p.isoCode).toBeGreaterThan(0)
    }
  })

  it('includes Kosovo', () => {
    const kosovo = byIso.get('XK')
    expect(kosovo?.participating).toBe(true)
    expect(area(kosovo!.d)).toBeGreaterThan(50)
  })

  it('keeps micro-states visible and gives them a click marker', () => {
    for (const iso of ['LI', 'MT', 'LU']) {
      const shape = byIso.get(iso)!
      expect(shape.d, iso).toMatch(/^M/)
      expect(shape.marker, iso).toBeDefined()
      expect(shape.marker!.r).toBeGreaterThanOrEqual(5)
      expect(shape.marker!.cx).toBeGreaterThan(0)
      expect(shape.marker!.cx).toBeLessThan(map.width)
      expect(shape.marker!.cy).toBeGreaterThan(0)
      expect(shape.marker!.cy).toBeLessThan(map.height)
    }
    // Large states do not get one.
    for (const iso of ['DE', 'RU', 'CY', 'ME']) expect(byIso.get(iso)!.marker, iso).toBeUndefined()
  })

  it('draws markers last so no neighbour covers them', () => {
    const firstMarker = map.shapes.findIndex((s) => s.marker)
    expect(firstMarker).toBeGreaterThan(0)
    expect(map.shapes.slice(firstMarker).every((s) => s.marker)).toBe(true)
  })

  it('draws neighbouring non-participants neutral and unlinked', () => {
    const neutral = map.shapes.filter((s) => !s.participating)
    const names = new Set(neutral.map((s) => s.name))
    for (const name of ['Andorra', 'Syria', 'Iran', 'Algeria', 'China']) {
      expect(names.has(name), name).toBe(true)
    }
    for (const shape of neutral) {
      expect(shape.href).toBeUndefined()
      expect(shape.isoCode).toBeUndefined()
      expect(shape.marker).toBeUndefined()
      expect(shape.d).not.toBe('')
    }
    // Non-participants come first, states on top.
    const lastNeutral = map.shapes.findLastIndex((s) => !s.participating)
    expect(lastNeutral).toBe(neutral.length - 1)
  })

  it('leaves out countries outside the frame', () => {
    const names = new Set(map.shapes.map((s) => s.name))
    for (const name of ['United States of America', 'Japan', 'Australia', 'Brazil']) {
      expect(names.has(name), name).toBe(false)
    }
  })

  it('frames Portugal to Kazakhstan and the Caucasus', () => {
    expect(map.width).toBe(1000)
    expect(map.height).toBeGreaterThan(400)
    expect(map.height).toBeLessThan(800)
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`)
    // Every state except Russia (clipped at the eastern edge) lies fully inside the frame.
    for (const shape of map.shapes.filter((s) => s.participating && s.isoCode !== 'RU')) {
      for (const ring of rings(shape.d)) {
        for (const [x, y] of ring) {
          expect(x, shape.isoCode).toBeGreaterThanOrEqual(0)
          expect(x, shape.isoCode).toBeLessThanOrEqual(map.width)
          expect(y, shape.isoCode).toBeGreaterThanOrEqual(0)
          expect(y, shape.isoCode).toBeLessThanOrEqual(map.height)
        }
      }
    }
  })

  it('draws Crimea as part of Ukraine', () => {
    const simferopol = projectToMap(34.1, 44.95)!
    expect(simferopol).not.toBeNull()
    expect(contains(byIso.get('UA')!.d, simferopol)).toBe(true)
    expect(contains(byIso.get('RU')!.d, simferopol)).toBe(false)
    // Sanity check of the helper: Moscow is Russian, Kyiv Ukrainian.
    expect(contains(byIso.get('RU')!.d, projectToMap(37.6, 55.75)!)).toBe(true)
    expect(contains(byIso.get('UA')!.d, projectToMap(30.5, 50.45)!)).toBe(true)
  })

  it('places each marker inside or right next to its state', () => {
    const vaduz = projectToMap(9.52, 47.14)!
    const li = byIso.get('LI')!.marker!
    expect(Math.hypot(li.cx - vaduz[0], li.cy - vaduz[1])).toBeLessThan(li.r)
    const valletta = projectToMap(14.51, 35.9)!
    const mt = byIso.get('MT')!.marker!
    expect(Math.hypot(mt.cx - valletta[0], mt.cy - valletta[1])).toBeLessThan(mt.r)
  })

  it('rounds coordinates to at most one decimal', () => {
    for (const shape of map.shapes) {
      expect(shape.d).not.toMatch(/\.\d\d/)
    }
  })

  it('keeps the path data under 90 KB', () => {
    const bytes = map.shapes.reduce((sum, s) => sum + Buffer.byteLength(s.d), 0)
    expect(bytes).toBeLessThan(MAX_PATH_BYTES)
  })

  it('reports unknown ISO codes as missing and ignores duplicates', () => {
    const result = buildRegionMap([
      { isoCode: 'de', name: 'Germany', href: '/de' },
      { isoCode: 'DE', name: 'Germany again', href: '/de2' },
      { isoCode: 'ZZ', name: 'Nowhere', href: '/zz' },
    ])
    expect(result.missing).toEqual(['ZZ'])
    const states = result.shapes.filter((s) => s.participating)
    expect(states.map((s) => [s.isoCode, s.href])).toEqual([['DE', '/de']])
    expect(result.shapes.find((s) => s.name === 'France')?.participating).toBe(false)
  })

  it('is deterministic', () => {
    expect(buildRegionMap(participants)).toEqual(map)
    expect(JSON.stringify(buildRegionMap(participants))).toBe(JSON.stringify(map))
  })
})
