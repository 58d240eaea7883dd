import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/PageHeader'
import { resolveLocale, type LocaleParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { Project } from '@/payload-types'
import { findLocalized } from '@/server/content/find-localized'
import { projectPeriod } from '@/server/content/project-period'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { t } = await resolveLocale(params)
  return { title: t('projects.title') }
}

export default async function ProjectsPage({ params }: LocaleParams) {
  const { locale, t } = await resolveLocale(params)
  const projects = await findLocalized<Project>('projects', locale, { sort: '-startYear', depth: 0 })
  return (
    <>
      <PageHeader title={t('projects.title')} intro={t('projects.intro')} />
      <ul className="stack">
        {projects.docs.map((p) => {
          const period = projectPeriod(locale, p)
          return (
            <li key={p.id} className="card" lang={p.fallback ? p.shownIn : undefined}>
              <h2><Link href={href(locale, routes.project(p.slug))}>{p.title}</Link></h2>
              {period ? <p className="meta">{period}</p> : null}
              <p>{p.summary}</p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
