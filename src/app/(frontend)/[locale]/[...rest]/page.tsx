import type { Metadata } from 'next'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return notFoundMetadata((await resolveLocale(params)).locale)
}

/** Any unknown path under a language: that language's 404 page. */
export default async function CatchAll({ params }: LocaleParams) {
  const { locale } = await resolveLocale(params)
  return <NotFoundView locale={locale} />
}
