import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { geoConicConformal, geoContains, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, Geometry, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson'
import { feature, mergeArcs } from 'topojson-client'
import { presimplify, simplify } from 'topojson-simplify'
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification'

import { ASSOCIATED_TERRITORIES, MAP_NAMES, isMappedIsoCode } from './map-names'

export type MapParticipant = { isoCode: string; name: string; href: string }

export type RegionMapMarker = { cx: number; cy: number; r: number }

export type RegionMapShape = {
  /** Upper-case ISO 3166-1 alpha-2 code; only on participating shapes. */
  isoCode?: string
  /**
   * Participating shapes: the (localized) name passed in. Non-participating shapes: the
   * English atlas name, for debugging and tests only — it is not meant to be rendered.
   */
  name?: string
  /** Only on participating shapes. */
  href?: string
  /** SVG path data in viewBox units, coordinates rounded to 1 decimal. */
  d: string
  participating: boolean
  /** A click target at the centroid of participating states too small to hit on their own. */
  marker?: RegionMapMarker
}

export type RegionMap = {
  width: number
  height: number
  viewBox: string
  shapes: RegionMapShape[]
  /** ISO codes passed in that could not be found in the atlas. */
  missing: string[]
}

/* ------------------------------------------------------------------------------------ */
/* Map geometry settings                                                                */
/* ------------------------------------------------------------------------------------ */

const WIDTH = 1000

/**
 * Lambert conformal conic centred on lon 42° (between the Atlantic edge of Portugal /
 * Ireland and the eastern tip of Kazakhstan), standard parallels 40° and 62°. Shapes are
 * legible from Lisbon to Almaty, and Russia's far east simply falls off the right edge
 * (clipExtent).
 */
const CENTRAL_MERIDIAN = 42
const PARALLELS: [number, number] = [40, 62]

/**
 * Points the frame must contain: Atlantic coast of Portugal/Ireland, North Cape, Malta,
 * Cyprus, the south of Turkmenistan / Tajikistan, the east of Kazakhstan / Kyrgyzstan.
 */
const FRAME_POINTS: Position[] = [
  [-10.6, 51.4], // Ireland, west coast
  [-9.6, 37.0], // Portugal, south-west
  [-6.3, 36.0], // Gibraltar strait
  [14.3, 35.8], // Malta
  [32.2, 34.5], // Cyprus, south
  [61.0, 35.1], // Turkmenistan, south
  [71.0, 36.7], // Tajikistan, south
  [80.3, 42.0], // Kyrgyzstan, east
  [87.4, 49.2], // Kazakhstan, east
  [25.8, 71.2], // North Cape
  [-8.0, 58.8], // north-west of Scotland / sea margin
]
const FRAME_PADDING = 14

/** Path data precision (fractional digits). */
const DIGITS = 1
/** Visvalingam simplification threshold: effective triangle area in projected px². */
const SIMPLIFY_MIN_AREA = 1.2
/** Islands (polygons other than a country's largest) smaller than this (px²) are dropped. */
const MIN_ISLAND_AREA = 4
/** Countries whose projected area is below this (px²) keep their full outline. */
const PROTECT_AREA = 400
/**
 * Participating states whose drawn area is below this (px²) get a circle marker. At this
 * scale Liechtenstein ≈ 2 px², Malta ≈ 4 px², Luxembourg ≈ 45 px² (≈ 7 × 7 px, too small a
 * click target), Cyprus ≈ 106 px², Montenegro ≈ 240 px².
 */
const MARKER_AREA = 60
const MARKER_RADIUS = 6

/* ------------------------------------------------------------------------------------ */
/* Atlas loading and projection (memoized at module level)                              */
/* ------------------------------------------------------------------------------------ */

type CountryProperties = { name: string }
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>

type BaseShape = {
  atlasName: string
  d: string
  area: number
  centroid: [number, number]
}

type BaseMap = {
  height: number
  projection: GeoProjection
  byName: Map<string, BaseShape>
  /** Atlas names in atlas order, only those visible in the frame. */
  order: string[]
}

let baseMapCache: BaseMap | undefined

function readAtlas(): CountriesTopology {
  const file = 'world-atlas/countries-50m.json'
  let resolved: string | undefined
  try {
    const req = createRequire(import.meta.url)
    const r: unknown = req.resolve(file)
    if (typeof r === 'string' && path.isAbsolute(r)) resolved = r
  } catch {
    // fall through to the cwd-based location (e.g. inside a bundler that rewrites require)
  }
  const candidates = [resolved, path.join(process.cwd(), 'node_modules', file)].filter(
    (p): p is string => typeof p === 'string',
  )
  let lastError: unknown
  for (const candidate of candidates) {
    try {
      return JSON.parse(readFileSync(candidate, 'utf8')) as CountriesTopology
    } catch (error) {
      lastError = error
    }
  }
  throw new Error(`ParticipantsMap: cannot read ${file}`, { cause: lastError })
}

/** Fits the frame points to the map width; the height follows from the projection. */
/**
 * Natural Earth (and so world-atlas) draws Crimea as part of Russia. Following the
 * position of the EU and UN GA resolution 68/262, the peninsula is drawn — and linked —
 * as part of Ukraine: its polygon is moved from the "Russia" geometry into "Ukraine" and
 * merged there (topology-aware, the isthmus border disappears). No-op if the atlas changes.
 */
const CRIMEA_POINT: [number, number] = [34.1, 45.0]

function reassignCrimeaToUkraine(topology: CountriesTopology): void {
  const geometries = topology.objects.countries.geometries
  const nameOf = (g: GeometryObject<CountryProperties>): string | undefined =>
    g.properties && 'name' in g.properties ? g.properties.name : undefined
  const russiaIndex = geometries.findIndex((g) => nameOf(g) === 'Russia')
  const ukraineIndex = geometries.findIndex((g) => nameOf(g) === 'Ukraine')
  const russia = geometries[russiaIndex]
  const ukraine = geometries[ukraineIndex]
  if (!russia || !ukraine || russia.type !== 'MultiPolygon') return
  if (ukraine.type !== 'MultiPolygon' && ukraine.type !== 'Polygon') return
  const crimeaIndex = russia.arcs.findIndex((arcs) =>
    geoContains(feature(topology, { type: 'Polygon', arcs, properties: {} }), CRIMEA_POINT),
  )
  const crimea = russia.arcs[crimeaIndex]
  if (!crimea) return
  const crimeaPolygon: TopoPolygon = { type: 'Polygon', arcs: crimea }
  const merged = mergeArcs(topology, [ukraine, crimeaPolygon] as Array<TopoPolygon | TopoMultiPolygon>)
  const ukraineWithCrimea = { ...merged, properties: ukraine.properties }
  geometries[ukraineIndex] = ukraineWithCrimea as GeometryObject<CountryProperties>
  geometries[russiaIndex] = {
    ...russia,
    arcs: russia.arcs.filter((_, i) => i !== crimeaIndex),
  }
}

function createProjection(): { projection: GeoProjection; height: number } {
  const frame: MultiPoint = { type: 'MultiPoint', coordinates: FRAME_POINTS }
  const projection = geoConicConformal()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .parallels(PARALLELS)
    .precision(0.2)
    .fitWidth(WIDTH - 2 * FRAME_PADDING, frame)
  const [tx, ty] = projection.translate()
  projection.translate([tx + FRAME_PADDING, ty + FRAME_PADDING])
  const [, [, maxY]] = geoPath(projection).bounds(frame)
  const height = Math.ceil(maxY + FRAME_PADDING)
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ])
  return { projection, height }
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi

/**
 * Re-encodes d3's absolute path data ("M12.3,45.6L12.5,45.9…Z") as compact relative data
 * ("M12.3 45.6l.2.3…z"): exact (works on integer tenths), drops zero-length segments, and
 * is ~40 % smaller. Only M/L/Z occur for polygon features.
 */
export function compactPathData(d: string): string {
  const scale = 10 ** DIGITS
  const fmt = (n: number): string => {
    const s = String(n / scale)
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s
  }
  let out = ''
  let last = '' // last emitted number, for separator elision
  const emit = (n: number): void => {
    const s = fmt(n)
    const glue = last === '' || s.startsWith('-') || (s.startsWith('.') && last.includes('.'))
    out += (glue ? '' : ' ') + s
    last = s
  }
  let x = 0
  let y = 0
  let inLine = false
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const numbers = Array.from((args ?? '').matchAll(NUMBER), (m) => Math.round(Number(m[0]) * scale))
    const cmd = command!.toUpperCase()
    if (cmd === 'Z') {
      out += 'z'
      last = ''
      inLine = false
      continue
    }
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const nx = numbers[i]!
      const ny = numbers[i + 1]!
      if (cmd === 'M' && i === 0) {
        out += 'M'
        last = ''
        emit(nx)
        emit(ny)
        inLine = false
      } else {
        const dx = nx - x
        const dy = ny - y
        if (dx === 0 && dy === 0) continue
        if (!inLine) {
          out += 'l'
          last = ''
          inLine = true
        }
        emit(dx)
        emit(dy)
      }
      x = nx
      y = ny
    }
  }
  return out
}

function planarArea(a: Position, b: Position, c: Position): number {
  return Math.abs((a[0]! - c[0]!) * (b[1]! - a[1]!) - (a[0]! - b[0]!) * (c[1]! - a[1]!)) / 2
}

/** Drops islands below MIN_ISLAND_AREA, always keeping a country's largest polygon. */
function dropSmallIslands(
  f: Feature<Geometry, CountryProperties>,
  areaOf: (g: Polygon) => number,
): Feature<Geometry, CountryProperties> {
  if (f.geometry?.type !== 'MultiPolygon') return f
  const polygons = f.geometry.coordinates.map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates }
    return { coordinates, area: areaOf(polygon) }
  })
  const largest = Math.max(...polygons.map((p) => p.area))
  const kept = polygons.filter((p) => p.area >= MIN_ISLAND_AREA || p.area === largest)
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) }
  return { ...f, geometry }
}

function buildBaseMap(): BaseMap {
  const topology = readAtlas()
  reassignCrimeaToUkraine(topology)
  const { projection, height } = createProjection()
  // Area of projected features in viewBox px², ignoring the clip extent (used to decide
  // which countries are small: clipping Russia must not make it "small").
  const unclipped = geoConicConformal()
    .rotate(projection.rotate())
    .parallels(PARALLELS)
    .scale(projection.scale())
    .translate(projection.translate())
  const unclippedPath = geoPath(unclipped)

  const geometries = topology.objects.countries.geometries
  const fullFeatures = feature(topology, topology.objects.countries).features

  // Visvalingam weights measured in projected px², so the threshold is resolution-aware.
  const project = (p: Position): [number, number] => unclipped([p[0]!, p[1]!]) ?? [0, 0]
  const presimplified = presimplify(topology, (triangle) =>
    planarArea(project(triangle[0]), project(triangle[1]), project(triangle[2])),
  ) as unknown as { arcs: number[][][] } & CountriesTopology

  // Small countries (Liechtenstein, Andorra, Monaco …) keep every point of their arcs so
  // they never collapse into degenerate slivers; their neighbours share the same arcs.
  const protectArc = (index: number): void => {
    const arc = presimplified.arcs[index < 0 ? ~index : index]
    if (arc) for (const point of arc) point[2] = Infinity
  }
  const walkArcs = (arcs: unknown): void => {
    if (typeof arcs === 'number') protectArc(arcs)
    else if (Array.isArray(arcs)) for (const a of arcs) walkArcs(a)
  }
  geometries.forEach((geometry, i) => {
    const full = fullFeatures[i]
    if (!full || !('arcs' in geometry)) return
    if (unclippedPath.area(full) < PROTECT_AREA) walkArcs(geometry.arcs)
  })

  const simplified = simplify(presimplified, SIMPLIFY_MIN_AREA) as CountriesTopology
  const features = feature(simplified, simplified.objects.countries).features

  const pathGenerator = geoPath(projection).digits(DIGITS)
  const byName = new Map<string, BaseShape>()
  const order: string[] = []
  for (const raw of features) {
    const atlasName = raw.properties.name
    const f = dropSmallIslands(raw, (g) => unclippedPath.area(g))
    const absolute = pathGenerator(f)
    if (!absolute) continue // entirely outside the frame
    const d = compactPathData(absolute)
    const area = pathGenerator.area(f)
    if (!(area > 0)) continue
    const [cx, cy] = pathGenerator.centroid(f)
    byName.set(atlasName, { atlasName, d, area, centroid: [round(cx), round(cy)] })
    order.push(atlasName)
  }
  return { height, projection, byName, order }
}

function getBaseMap(): BaseMap {
  baseMapCache ??= buildBaseMap()
  return baseMapCache
}

/**
 * Projects a longitude/latitude onto the map's viewBox (same projection as the shapes),
 * rounded to 1 decimal; null if it falls outside the frame.
 */
export function projectToMap(lon: number, lat: number): [number, number] | null {
  const { projection, height } = getBaseMap()
  const p = projection([lon, lat])
  if (!p || p[0] < 0 || p[0] > WIDTH || p[1] < 0 || p[1] > height) return null
  return [round(p[0]), round(p[1])]
}

function round(n: number): number {
  return Math.round(n * 10 ** DIGITS) / 10 ** DIGITS
}

/* ------------------------------------------------------------------------------------ */
/* Public API                                                                           */
/* ------------------------------------------------------------------------------------ */

/**
 * Builds the region map for the given participating states. Pure and deterministic: the
 * projected atlas is computed once per process; each call only labels the shapes.
 *
 * Shape order: non-participating land first, then participating states, with states that
 * carry a marker last so their markers sit on top of their neighbours.
 */
export function buildRegionMap(participants: MapParticipant[]): RegionMap {
  const base = getBaseMap()

  const byAtlasName = new Map<string, { iso: string; participant: MapParticipant }>()
  const participatingShapes: RegionMapShape[] = []
  const missing: string[] = []
  const seen = new Set<string>()

  for (const participant of participants) {
    const iso = participant.isoCode.trim().toUpperCase()
    if (seen.has(iso)) continue
    seen.add(iso)
    const atlasName = isMappedIsoCode(iso) ? MAP_NAMES[iso] : undefined
    const shape = atlasName ? base.byName.get(atlasName) : undefined
    if (!atlasName || !shape) {
      missing.push(iso)
      continue
    }
    byAtlasName.set(atlasName, { iso, participant })
    const extras = isMappedIsoCode(iso) ? (ASSOCIATED_TERRITORIES[iso] ?? []) : []
    let d = shape.d
    let area = shape.area
    for (const extra of extras) {
      const extraShape = base.byName.get(extra)
      if (!extraShape) continue
      byAtlasName.set(extra, { iso, participant })
      d += extraShape.d
      area += extraShape.area
    }
    const out: RegionMapShape = {
      isoCode: iso,
      name: participant.name,
      href: participant.href,
      d,
      participating: true,
    }
    if (area < MARKER_AREA) {
      out.marker = { cx: shape.centroid[0], cy: shape.centroid[1], r: MARKER_RADIUS }
    }
    participatingShapes.push(out)
  }

  const landShapes: RegionMapShape[] = []
  for (const atlasName of base.order) {
    if (byAtlasName.has(atlasName)) continue
    const shape = base.byName.get(atlasName)
    if (shape) landShapes.push({ name: atlasName, d: shape.d, participating: false })
  }

  // Stable partition: states with markers last (Array.prototype.sort is stable).
  participatingShapes.sort((a, b) => Number(Boolean(a.marker)) - Number(Boolean(b.marker)))

  return {
    width: WIDTH,
    height: base.height,
    viewBox: `0 0 ${WIDTH} ${base.height}`,
    shapes: [...landShapes, ...participatingShapes],
    missing,
  }
}
