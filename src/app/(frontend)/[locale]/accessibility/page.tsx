import type { Metadata } from 'next'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { FreePage, freePageMetadata } from '@/server/content/render-free-page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await resolveLocale(params)
  return freePageMetadata(locale, 'accessibility')
}

export default async function Page({ params }: LocaleParams) {
  const { locale } = await resolveLocale(params)
  return <FreePage locale={locale} path="accessibility" />
}
