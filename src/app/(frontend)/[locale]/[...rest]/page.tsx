import type { Metadata } from 'next'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { resolveLocale } from '@/i18n/page-params'
import { pagePathOf } from '@/server/content/page-paths'
import { FreePage, freePageMetadata } from '@/server/content/render-free-page'

type Params = { params: Promise<{ locale: string; rest: string[] }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await resolveLocale(params)
  const path = pagePathOf((await params).rest)
  return path ? freePageMetadata(locale, path) : notFoundMetadata(locale)
}

/** Any other path under a language: a page made in the admin at that address, or the 404 page. */
export default async function CatchAll({ params }: Params) {
  const { locale } = await resolveLocale(params)
  const path = pagePathOf((await params).rest)
  return path ? <FreePage locale={locale} path={path} /> : <NotFoundView locale={locale} />
}
