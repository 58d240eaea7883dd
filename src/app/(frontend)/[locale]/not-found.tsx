import Link from 'next/link'
import { getTranslator } from '@/i18n/messages'
import { href, routes } from '@/i18n/routes'
import { currentLocaleFromPath } from '@/server/request-context'

export default async function NotFound() {
  const locale = await currentLocaleFromPath()
  const t = getTranslator(locale)
  return (
    <div className="page-header">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.text')}</p>
      <p><Link href={href(locale, routes.home())}>{t('notFound.home')}</Link></p>
    </div>
  )
}
