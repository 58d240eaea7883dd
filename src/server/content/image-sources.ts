import { otherLocale, type Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

export type TImageSources = {
  src: string
  srcSet?: string
  width: number
  height: number
  alt: string
}

const renditions = ['small', 'card', 'large'] as const

/**
 * What an <img> needs from an uploaded image: the original as src (every browser reads it),
 * the WebP renditions as srcset, and the original's size so the page does not jump while it
 * loads. Undefined for a file that is not an image or was not populated.
 */
export function imageSources(media: Media | number | null | undefined): TImageSources | undefined {
  if (!media || typeof media !== 'object' || !media.url || !media.mimeType?.startsWith('image/')) return undefined
  if (!media.width || !media.height) return undefined
  const candidates = renditions
    .map((name) => media.sizes?.[name])
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .filter((size, i, all) => all.findIndex((s) => s.width === size.width) === i)
  return {
    src: media.url,
    srcSet: candidates.length ? candidates.map((s) => `${s.url} ${s.width}w`).join(', ') : undefined,
    width: media.width,
    height: media.height,
    alt: media.alt ?? '',
  }
}

/** The 1200×630 rendition for link previews (og:image), else the original image. */
export function socialImage(media: Media | number | null | undefined, publicUrl: string): { url: string; width?: number; height?: number; alt: string } | undefined {
  const sources = imageSources(media)
  if (!sources || typeof media !== 'object' || !media) return undefined
  const social = media.sizes?.social
  const url = social?.url ?? sources.src
  return {
    url: new URL(url, publicUrl).toString(),
    width: social?.url ? (social.width ?? undefined) : sources.width,
    height: social?.url ? (social.height ?? undefined) : sources.height,
    alt: sources.alt,
  }
}

/**
 * An image read in every language at once (locale 'all', as publications are) with its alt
 * text in the reader's language, or the other one while it is not translated.
 */
export function mediaIn(media: unknown, locale: Locale): Media | undefined {
  if (!media || typeof media !== 'object') return undefined
  const doc = media as Media & { alt: string | Partial<Record<Locale, string>> }
  if (typeof doc.alt === 'string') return doc
  return { ...doc, alt: doc.alt?.[locale] || doc.alt?.[otherLocale(locale)] || '' }
}
