import { describe, expect, it } from 'vitest'
import { answerFor, answerHeaders, cacheControlFor, diskEtag, etagMatches, fileLengthHeader, parseRange, quotedEtag, type TFileFacts } from './file-headers'

const lastModified = new Date('2026-11-30T10:20:30.456Z')
const file: TFileFacts = { size: 1000, etag: diskEtag(1000, lastModified.getTime()), lastModified }
const ask = (headers: Record<string, string>, method = 'GET') => answerFor(method, new Headers(headers), file)
const httpDate = (ms: number) => new Date(ms).toUTCString()

describe('parseRange', () => {
  it('reads one range in each of its forms', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 })
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 })
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 })
    expect(parseRange('Bytes=500-5000', 1000)).toEqual({ start: 500, end: 999 })
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 })
    expect(parseRange('bytes=999-999', 1000)).toEqual({ start: 999, end: 999 })
  })

  it('joins overlapping and adjacent ranges, and ignores several separate ones (the whole file is sent)', () => {
    expect(parseRange('bytes=0-99, 100-199', 1000)).toEqual({ start: 0, end: 199 })
    expect(parseRange('bytes=50-150,0-99', 1000)).toEqual({ start: 0, end: 150 })
    expect(parseRange('bytes=0-9,20-29', 1000)).toBe('whole')
    expect(parseRange(`bytes=${Array.from({ length: 101 }, () => '0-1').join(',')}`, 1000)).toBe('whole')
  })

  it('ignores what it cannot read: no header, another unit, malformed or backwards ranges', () => {
    for (const header of [undefined, null, '', 'items=0-9', 'bytes=', 'bytes=a-b', 'bytes=-', 'bytes=10-5', 'bytes 0-9', 'bytes=0-9;x']) {
      expect(parseRange(header, 1000), String(header)).toBe('whole')
    }
  })

  it('is unsatisfiable when no range overlaps the file', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable')
    expect(parseRange('bytes=5000-6000', 1000)).toBe('unsatisfiable')
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable')
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable')
    // One satisfiable range among unsatisfiable ones is served.
    expect(parseRange('bytes=2000-3000, 10-19', 1000)).toEqual({ start: 10, end: 19 })
  })
})

describe('etagMatches', () => {
  it('compares weakly for If-None-Match and strongly for If-Match / If-Range', () => {
    expect(etagMatches('"a", "b"', '"b"', 'weak')).toBe(true)
    expect(etagMatches('W/"b"', '"b"', 'weak')).toBe(true)
    expect(etagMatches('W/"b"', '"b"', 'strong')).toBe(false)
    expect(etagMatches('"b"', '"b"', 'strong')).toBe(true)
    expect(etagMatches('*', '"b"', 'strong')).toBe(true)
    expect(etagMatches('"c"', '"b"', 'weak')).toBe(false)
    expect(etagMatches('b', '"b"', 'weak')).toBe(false)
  })

  it('makes strong, quoted validators', () => {
    expect(diskEtag(1000, 1_700_000_000_123.7)).toBe('"18bcfe5687b-3e8"')
    expect(quotedEtag('d41d8cd98f00b204e9800998ecf8427e')).toBe('"d41d8cd98f00b204e9800998ecf8427e"')
    expect(quotedEtag('"abc-2"')).toBe('"abc-2"')
  })
})

describe('answerFor', () => {
  it('answers 200 to a plain GET or HEAD, and HEAD ignores Range', () => {
    expect(ask({})).toEqual({ status: 200 })
    expect(ask({ range: 'bytes=0-9' }, 'HEAD')).toEqual({ status: 200 })
    expect(ask({}, 'HEAD')).toEqual({ status: 200 })
  })

  it('answers 304 when the client holds the current file, by ETag or by date', () => {
    expect(ask({ 'if-none-match': file.etag })).toEqual({ status: 304 })
    expect(ask({ 'if-none-match': `"other", W/${file.etag}` })).toEqual({ status: 304 })
    expect(ask({ 'if-none-match': file.etag }, 'HEAD')).toEqual({ status: 304 })
    expect(ask({ 'if-modified-since': httpDate(lastModified.getTime()) })).toEqual({ status: 304 })
    expect(ask({ 'if-modified-since': httpDate(lastModified.getTime() + 60_000) })).toEqual({ status: 304 })
    // A 304 answers a range request too: the client's copy is current.
    expect(ask({ 'if-none-match': file.etag, range: 'bytes=0-9' })).toEqual({ status: 304 })
  })

  it('sends the file when it changed, and If-None-Match outranks If-Modified-Since', () => {
    expect(ask({ 'if-none-match': '"older"' })).toEqual({ status: 200 })
    expect(ask({ 'if-modified-since': httpDate(lastModified.getTime() - 1000) })).toEqual({ status: 200 })
    expect(ask({ 'if-none-match': '"older"', 'if-modified-since': httpDate(lastModified.getTime() + 60_000) })).toEqual({ status: 200 })
    expect(ask({ 'if-modified-since': 'not a date' })).toEqual({ status: 200 })
  })

  it('answers 412 when If-Match or If-Unmodified-Since fails', () => {
    expect(ask({ 'if-match': '"older"' })).toEqual({ status: 412 })
    expect(ask({ 'if-match': file.etag })).toEqual({ status: 200 })
    expect(ask({ 'if-unmodified-since': httpDate(lastModified.getTime() - 5000) })).toEqual({ status: 412 })
    expect(ask({ 'if-unmodified-since': httpDate(lastModified.getTime()) })).toEqual({ status: 200 })
  })

  it('answers ranges with 206 or 416', () => {
    expect(ask({ range: 'bytes=0-99' })).toEqual({ status: 206, range: { start: 0, end: 99 } })
    expect(ask({ range: 'bytes=1000-' })).toEqual({ status: 416 })
    expect(ask({ range: 'bytes=0-9,20-29' })).toEqual({ status: 200 })
  })

  it('applies a range only to the file the client already holds part of (If-Range)', () => {
    expect(ask({ range: 'bytes=500-', 'if-range': file.etag })).toEqual({ status: 206, range: { start: 500, end: 999 } })
    expect(ask({ range: 'bytes=500-', 'if-range': '"older"' })).toEqual({ status: 200 })
    expect(ask({ range: 'bytes=500-', 'if-range': `W/${file.etag}` })).toEqual({ status: 200 })
    expect(ask({ range: 'bytes=500-', 'if-range': httpDate(lastModified.getTime()) })).toEqual({ status: 206, range: { start: 500, end: 999 } })
    expect(ask({ range: 'bytes=500-', 'if-range': httpDate(lastModified.getTime() - 1000) })).toEqual({ status: 200 })
  })
})

describe('answerHeaders', () => {
  const pdf = { ...file, contentType: 'application/pdf' }
  const cache = 'public, max-age=300, must-revalidate'

  it('states length, validators, ranges and cache policy of a full or partial answer', () => {
    expect(answerHeaders(pdf, { status: 200 }, cache)).toEqual({
      etag: file.etag,
      'last-modified': 'Mon, 30 Nov 2026 10:20:30 GMT',
      'cache-control': cache,
      'accept-ranges': 'bytes',
      'content-type': 'application/pdf',
      [fileLengthHeader]: '1000',
    })
    expect(answerHeaders(pdf, { status: 206, range: { start: 100, end: 199 } }, cache)).toMatchObject({ 'content-range': 'bytes 100-199/1000', [fileLengthHeader]: '100', etag: file.etag })
  })

  it('gives a 304 the validators and cache policy only, and a 416 the size', () => {
    expect(answerHeaders(pdf, { status: 304 }, cache)).toEqual({ etag: file.etag, 'last-modified': 'Mon, 30 Nov 2026 10:20:30 GMT', 'cache-control': cache })
    expect(answerHeaders(pdf, { status: 416 }, cache)).toEqual({ 'content-range': 'bytes */1000', 'accept-ranges': 'bytes', [fileLengthHeader]: '0' })
    expect(answerHeaders(pdf, { status: 412 }, cache)).toEqual({ [fileLengthHeader]: '0' })
  })
})

describe('cacheControlFor', () => {
  it('lets shared caches keep only files anyone may read, asked for without a session', () => {
    expect(cacheControlFor('documents', 'public', false)).toBe('public, max-age=300, must-revalidate')
    expect(cacheControlFor('media', undefined, false)).toBe('public, max-age=3600, must-revalidate')
    expect(cacheControlFor('documents', 'members', false)).toBe('private, no-store')
    expect(cacheControlFor('documents', 'staff', false)).toBe('private, no-store')
    expect(cacheControlFor('documents', undefined, false)).toBe('private, no-store')
    expect(cacheControlFor('documents', 'public', true)).toBe('private, no-store')
    expect(cacheControlFor('media', undefined, true)).toBe('private, no-store')
  })
})
