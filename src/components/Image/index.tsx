import type { Media } from '@/payload-types'
import { imageSources } from '@/server/content/image-sources'

/**
 * An uploaded image, responsive: WebP renditions by width, width and height set so nothing
 * moves while it loads, lazy unless it is the first thing on the page.
 */
export function ResponsiveImage({
  media,
  sizes,
  className,
  priority = false,
}: {
  media: Media | number | null | undefined
  /** The width the image takes on the page, as in the sizes attribute. */
  sizes: string
  className?: string
  priority?: boolean
}) {
  const image = imageSources(media)
  if (!image) return null
  return (
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
