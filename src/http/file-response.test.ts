import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { fileLengthHeader } from '@/server/files/file-headers'
import { fileCacheControl, guardFileResponse } from './file-response'

const publicAnswer = 'public, max-age=300, must-revalidate'

describe('fileCacheControl', () => {
  it('keeps the endpoint’s public answer for an anonymous success or revalidation', () => {
    for (const status of [200, 206, 304]) expect(fileCacheControl({ signedIn: false, status, given: publicAnswer })).toBe(publicAnswer)
  })

  it('makes everything else private, no-store', () => {
    expect(fileCacheControl({ signedIn: true, status: 200, given: publicAnswer })).toBe('private, no-store')
    for (const status of [403, 404, 416, 412, 500]) expect(fileCacheControl({ signedIn: false, status, given: publicAnswer }), String(status)).toBe('private, no-store')
    for (const given of [undefined, '', 'private, no-store', 'public', 'max-age=300', 'public, max-age=300, private', ['public, max-age=60', 'no-store']]) {
      expect(fileCacheControl({ signedIn: false, status: 200, given }), String(given)).toBe('private, no-store')
    }
  })
})

function response(): ServerResponse {
  const req = new IncomingMessage(new Socket())
  req.method = 'GET'
  return new ServerResponse(req)
}

describe('guardFileResponse', () => {
  it('turns the stated length into Content-Length and never lets the internal header out', () => {
    const res = response()
    guardFileResponse(res, false)
    res.setHeader(fileLengthHeader, '28239')
    res.setHeader('cache-control', publicAnswer)
    res.setHeader('vary', ['Sec-CH-Prefers-Color-Scheme', 'rsc, next-router-state-tree'])
    res.setHeader('accept-ch', 'Sec-CH-Prefers-Color-Scheme')
    res.setHeader('critical-ch', 'Sec-CH-Prefers-Color-Scheme')
    res.writeHead(200)
    expect(res.getHeader('content-length')).toBe('28239')
    expect(res.getHeader(fileLengthHeader)).toBeUndefined()
    expect(res.getHeader('cache-control')).toBe(publicAnswer)
    // A file varies on nothing: no Vary, no client hints.
    expect(['vary', 'accept-ch', 'critical-ch'].map((name) => res.getHeader(name))).toEqual([undefined, undefined, undefined])
  })

  it('reads headers given to writeHead too, and keeps a signed-in answer private', () => {
    const res = response()
    guardFileResponse(res, true)
    res.writeHead(206, { [fileLengthHeader]: '100', 'Cache-Control': publicAnswer, 'content-range': 'bytes 0-99/1000' })
    expect(res.getHeader('content-length')).toBe('100')
    expect(res.getHeader('cache-control')).toBe('private, no-store')
    expect(res.getHeader('content-range')).toBe('bytes 0-99/1000')
    expect(Object.keys(res.getHeaders())).not.toContain(fileLengthHeader)
  })

  it('states no length for a re-encoded body or an answer without one, and makes refusals private', () => {
    const encoded = response()
    guardFileResponse(encoded, false)
    encoded.setHeader(fileLengthHeader, '28239')
    encoded.setHeader('content-encoding', 'gzip')
    encoded.setHeader('vary', 'Accept-Encoding')
    encoded.writeHead(200)
    expect(encoded.getHeader('content-length')).toBeUndefined()
    expect(encoded.getHeader('vary')).toBe('Accept-Encoding')

    const refused = response()
    guardFileResponse(refused, false)
    refused.writeHead(403)
    expect(refused.getHeader('cache-control')).toBe('private, no-store')
    expect(refused.getHeader('content-length')).toBeUndefined()
  })
})
