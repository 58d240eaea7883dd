import { HomeBlocks, type THomeBlock } from '@/components/HomeBlocks'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { homeLayoutFor } from '@/server/content/home-layout'
import { getPayloadClient } from '@/server/payload'

export default async function HomePage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const payload = await getPayloadClient()
  const home = await payload.findGlobal({ slug: 'home-page', locale, fallbackLocale: false, depth: 1, overrideAccess: false, populate: { pages: { path: true, _status: true } } })
  return <HomeBlocks blocks={homeLayoutFor(home.layout as THomeBlock[] | undefined, locale, t)} locale={locale} t={t} />
}
