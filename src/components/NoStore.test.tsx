import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { noStoreMarker as serverMarker } from '@/http/page-cache'
import { NoStore } from './NoStore'

describe('NoStore', () => {
  it('carries the exact marker by which the server keeps a page out of its cache', () => {
    expect(renderToStaticMarkup(<NoStore />)).toBe(serverMarker)
  })
})
