import { describe, expect, it } from 'vitest'
import type { Media } from '@/payload-types'
import { imageSources, mediaIn, socialImage } from './image-sources'

const image = (extra: Partial<Media> = {}): Media => ({
  id: 1,
  alt: 'Map of the region',
  url: '/api/media/file/map.png',
  mimeType: 'image/png',
  width: 1600,
  height: 900,
  updatedAt: '',
  createdAt: '',
  sizes: {
    small: { url: '/api/media/file/map-480x270.webp', width: 480, height: 270 },
    card: { url: '/api/media/file/map-640x360.webp', width: 640, height: 360 },
    large: { url: '/api/media/file/map-1280x720.webp', width: 1280, height: 720 },
    social: { url: '/api/media/file/map-1200x630.jpg', width: 1200, height: 630 },
  },
  ...extra,
})

describe('responsive image sources', () => {
  it('offers the WebP renditions by width with the original as fallback and its size', () => {
    expect(imageSources(image())).toEqual({
      src: '/api/media/file/map.png',
      srcSet: '/api/media/file/map-480x270.webp 480w, /api/media/file/map-640x360.webp 640w, /api/media/file/map-1280x720.webp 1280w',
      width: 1600,
      height: 900,
      alt: 'Map of the region',
    })
  })

  it('shows nothing for a PDF, an unpopulated id or an image of unknown size', () => {
    expect(imageSources(image({ mimeType: 'application/pdf' }))).toBeUndefined()
    expect(imageSources(7)).toBeUndefined()
    expect(imageSources(image({ width: null }))).toBeUndefined()
  })

  it('gives link previews the 1200×630 rendition at an absolute address', () => {
    expect(socialImage(image(), 'https://pragueprocess.example')).toEqual({ url: 'https://pragueprocess.example/api/media/file/map-1200x630.jpg', width: 1200, height: 630, alt: 'Map of the region' })
    expect(socialImage(image({ sizes: {} }), 'https://pragueprocess.example')?.url).toBe('https://pragueprocess.example/api/media/file/map.png')
  })
})

describe('an image read in all languages', () => {
  it('takes the alt text of the reader’s language, else the other one', () => {
    const all = { ...image(), alt: { en: 'Cover', ru: 'Обложка' } } as unknown
    expect(mediaIn(all, 'ru')?.alt).toBe('Обложка')
    expect(mediaIn({ ...image(), alt: { en: 'Cover' } }, 'ru')?.alt).toBe('Cover')
    expect(mediaIn(image(), 'ru')?.alt).toBe('Map of the region')
    expect(mediaIn(5, 'en')).toBeUndefined()
  })
})
