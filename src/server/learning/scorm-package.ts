import { XMLParser } from 'fast-xml-parser'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/**
 * A SCORM package is an untrusted zip. Before anything of it is stored, it is read here: a zip
 * at all, every path inside the package (no `..`, no absolute path, no drive letter, no
 * backslash, no symbolic link, no encrypted entry), within the limits of count and size (the
 * sizes the zip declares are checked against what it inflates to), and with an
 * `imsmanifest.xml` at its root that names a SCORM 1.2 or 2004 launch file present in the zip.
 */
export type TScormVersion = '1.2' | '2004'
export type TScormProblem = 'not-zip' | 'corrupt' | 'unsafe-path' | 'symlink' | 'encrypted' | 'too-many-files' | 'too-large' | 'no-manifest' | 'invalid-manifest' | 'no-launch'
export type TScormFile = { path: string; size: number }
export type TScormPackage = { version: TScormVersion; title?: string; launch: string; files: TScormFile[] }
export type TScormLimits = { files: number; bytes: number; fileBytes: number; manifestBytes: number }

export const scormLimits: TScormLimits = { files: 5000, bytes: 500 * 1024 * 1024, fileBytes: 200 * 1024 * 1024, manifestBytes: 2 * 1024 * 1024 }

/** A path inside the package as it may be stored and served: relative, forward slashes, no way out. */
export function safePackagePath(name: string): string | undefined {
  if (!name || name.length > 500 || /[\\\0]/.test(name) || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return undefined
  const parts = name.split('/')
  if (parts.some((p) => p === '..' || p === '.')) return undefined
  // A directory's own entry ends with "/": its parts up to there must be safe too.
  return parts.filter((p, i) => p !== '' || i === parts.length - 1).join('/')
}

/** Unix mode bits in the upper half of an entry's external attributes (zips made on Unix). */
const isSymlink = (entry: Entry) => ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000

const openZip = (buffer: Buffer) =>
  new Promise<ZipFile>((resolve, reject) => yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (error, zip) => (error ? reject(error) : resolve(zip))))

const readEntry = (zip: ZipFile, entry: Entry, limit: number) =>
  new Promise<Buffer>((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error)
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > limit) stream.destroy(new Error('entry larger than allowed'))
        else chunks.push(chunk)
      })
      stream.on('error', reject)
      stream.on('end', () => resolve(Buffer.concat(chunks)))
    }),
  )

type TListing = { ok: true; entries: Entry[]; files: TScormFile[] } | { ok: false; problem: TScormProblem }

/** Every entry of the zip, checked one by one; the first problem ends the reading. */
async function listEntries(zip: ZipFile, limits: TScormLimits): Promise<TListing> {
  const entries: Entry[] = []
  let total = 0
  return new Promise<TListing>((resolve) => {
    const stop = (problem: TScormProblem) => {
      zip.close()
      resolve({ ok: false, problem })
    }
    // yauzl refuses some names itself (with decodeStrings); those are unsafe paths, not damage.
    zip.on('error', (error: Error) => stop(/absolute path|relative path|invalid characters/i.test(error.message) ? 'unsafe-path' : 'corrupt'))
    zip.on('entry', (entry: Entry) => {
      const path = safePackagePath(entry.fileName)
      if (path === undefined) return stop('unsafe-path')
      if (isSymlink(entry)) return stop('symlink')
      if (entry.isEncrypted()) return stop('encrypted')
      if (entries.length >= limits.files) return stop('too-many-files')
      total += entry.uncompressedSize
      if (entry.uncompressedSize > limits.fileBytes || total > limits.bytes) return stop('too-large')
      entries.push(entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve({ ok: true, entries, files: entries.filter((e) => !e.fileName.endsWith('/')).map((e) => ({ path: safePackagePath(e.fileName)!, size: e.uncompressedSize })) }))
    zip.readEntry()
  })
}

type TNode = Record<string, unknown>
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : value && typeof value === 'object' && '#text' in value ? text((value as TNode)['#text']) : undefined)

/** The version a manifest declares: its schema version, or failing that the namespaces it uses. */
export function scormVersionOf(manifest: TNode, rawXml: string): TScormVersion | undefined {
  const declared = text((manifest.metadata as TNode | undefined)?.schemaversion)
  if (declared) {
    if (/^1\.2$/.test(declared)) return '1.2'
    if (/2004|CAM\s*1\.3/i.test(declared)) return '2004'
  }
  if (/adlcp_v1p3|imsss|adlseq/i.test(rawXml)) return '2004'
  if (/adlcp_rootv1p2/i.test(rawXml)) return '1.2'
  return undefined
}

/** The launch file: the default organisation's first item that refers to a resource, that resource's address. */
export function launchOf(manifest: TNode): { href: string; title?: string } | undefined {
  const organizations = manifest.organizations as TNode | undefined
  const all = asArray(organizations?.organization as TNode | TNode[] | undefined)
  const chosen = all.find((o) => o['@_identifier'] === organizations?.['@_default']) ?? all[0]
  const resources = asArray((manifest.resources as TNode | undefined)?.resource as TNode | TNode[] | undefined)
  const firstItem = (items: TNode[]): TNode | undefined => {
    for (const item of items) {
      if (item['@_identifierref']) return item
      const inner = firstItem(asArray(item.item as TNode | TNode[] | undefined))
      if (inner) return inner
    }
    return undefined
  }
  const item = chosen ? firstItem(asArray(chosen.item as TNode | TNode[] | undefined)) : undefined
  const resource = item ? resources.find((r) => r['@_identifier'] === item['@_identifierref']) : resources.find((r) => r['@_href'])
  const href = typeof resource?.['@_href'] === 'string' ? resource['@_href'] : undefined
  if (!href) return undefined
  const base = [(manifest.resources as TNode | undefined)?.['@_base'], resource?.['@_base']].filter((b): b is string => typeof b === 'string').join('')
  const parameters = typeof item?.['@_parameters'] === 'string' ? item['@_parameters'] : ''
  return { href: `${base}${href}${parameters}`, title: text(chosen?.title) }
}

const decodedPath = (href: string) => {
  try {
    return decodeURIComponent(href)
  } catch {
    return ''
  }
}

/** Reads and checks a package; nothing is written anywhere. */
export async function inspectScormPackage(buffer: Buffer, limits: TScormLimits = scormLimits): Promise<{ ok: true; value: TScormPackage } | { ok: false; problem: TScormProblem }> {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return { ok: false, problem: buffer.length >= 22 && buffer.readUInt32LE(0) === 0x06054b50 ? 'no-manifest' : 'not-zip' }
  let zip: ZipFile
  try {
    zip = await openZip(buffer)
  } catch {
    return { ok: false, problem: 'corrupt' }
  }
  const listing = await listEntries(zip, limits)
  if (!listing.ok) return listing
  const manifestEntry = listing.entries.find((e) => e.fileName === 'imsmanifest.xml')
  if (!manifestEntry) {
    zip.close()
    return { ok: false, problem: 'no-manifest' }
  }
  let xml: string
  try {
    // Every entry is inflated once to prove the zip whole (a corrupt file fails here, not when a learner opens it).
    for (const entry of listing.entries) if (!entry.fileName.endsWith('/') && entry !== manifestEntry) await readEntry(zip, entry, limits.fileBytes)
    xml = (await readEntry(zip, manifestEntry, limits.manifestBytes)).toString('utf8')
  } catch {
    return { ok: false, problem: 'corrupt' }
  } finally {
    zip.close()
  }
  let manifest: TNode | undefined
  try {
    // No entity expansion and no DTD processing: the manifest is data, not a program.
    const parsed = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, processEntities: false, allowBooleanAttributes: true }).parse(xml) as TNode
    manifest = parsed.manifest as TNode | undefined
  } catch {
    return { ok: false, problem: 'invalid-manifest' }
  }
  const version = manifest ? scormVersionOf(manifest, xml) : undefined
  if (!manifest || !version) return { ok: false, problem: 'invalid-manifest' }
  const launch = launchOf(manifest)
  const launchPath = launch ? safePackagePath(decodedPath(launch.href.split(/[?#]/)[0])) : undefined
  if (!launch || !launchPath || !listing.files.some((f) => f.path === launchPath)) return { ok: false, problem: 'no-launch' }
  return { ok: true, value: { version, title: launch.title, launch: launch.href, files: listing.files } }
}

/**
 * Hands every file of a package that passed inspectScormPackage to `write`, one at a time
 * (never the whole package inflated in memory). Paths are checked again on the way out.
 */
export async function extractScormPackage(buffer: Buffer, write: (path: string, data: Buffer) => Promise<void>, limits: TScormLimits = scormLimits): Promise<number> {
  const zip = await openZip(buffer)
  const listing = await listEntries(zip, limits)
  if (!listing.ok) throw new Error(`The SCORM package cannot be unpacked: ${listing.problem}`)
  let written = 0
  try {
    for (const entry of listing.entries) {
      if (entry.fileName.endsWith('/')) continue
      await write(safePackagePath(entry.fileName)!, await readEntry(zip, entry, limits.fileBytes))
      written++
    }
  } finally {
    zip.close()
  }
  return written
}
