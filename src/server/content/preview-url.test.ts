import { describe, expect, it } from 'vitest'
import { isPreviewCollection, previewButton, previewUrl, publicPathOf } from './preview-url'

describe('draft preview addresses', () => {
  it('opens each kind of document at its public page in the chosen language', () => {
    expect(publicPathOf('pages', { path: 'about/contact' }, 'ru')).toBe('/ru/about/contact')
    expect(publicPathOf('news', { slug: 'launch' }, 'en')).toBe('/en/news/launch')
    expect(publicPathOf('publications', { slug: 'brief-1' }, 'ru')).toBe('/ru/repository/brief-1')
    expect(publicPathOf('participants', { slug: 'armenia' }, 'en')).toBe('/en/participants/armenia')
    // A draft without an address yet has nowhere to be shown.
    expect(publicPathOf('news', { slug: null }, 'en')).toBeUndefined()
  })

  it('goes through the checking route, never straight to the page', () => {
    expect(previewUrl('news', 12, 'ru')).toBe('/preview?collection=news&id=12&locale=ru')
    const button = previewButton('pages')
    expect(button({ id: 3 }, { locale: 'ru', req: {} as never, token: null })).toBe('/preview?collection=pages&id=3&locale=ru')
    expect(button({ id: 3 }, { locale: 'de', req: {} as never, token: null })).toBe('/preview?collection=pages&id=3&locale=en')
    expect(button({}, { locale: 'en', req: {} as never, token: null })).toBeNull()
  })

  it('knows which collections can be previewed', () => {
    expect(isPreviewCollection('news')).toBe(true)
    expect(isPreviewCollection('users')).toBe(false)
    expect(isPreviewCollection('toString')).toBe(false)
  })
})
