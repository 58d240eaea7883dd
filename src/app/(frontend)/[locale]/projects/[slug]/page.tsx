import type { Metadata } from 'next'
import Link from 'next/link'
import { NotFoundView, notFoundMetadata } from '@/components/NotFoundView'
import { FallbackNotice } from '@/components/FallbackNotice'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { resolveLocale, type SlugParams } from '@/i18n/page-params'
import { href, routes } from '@/i18n/routes'
import type { Project } from '@/payload-types'
import { findOneLocalized } from '@/server/content/find-localized'
import { projectPeriod } from '@/server/content/project-period'

async function load(params: SlugParams['params']) {
  const { locale, t } = await resolveLocale(params)
  const { slug } = await params
  return { locale, t, project: await findOneLocalized<Project>('projects', locale, { slug: { equals: slug } }) }
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const { locale, project } = await load(params)
  return project ? { title: project.title, description: project.summary } : notFoundMetadata(locale)
}

export default async function ProjectPage({ params }: SlugParams) {
  const { locale, t, project } = await load(params)
  if (!project) return <NotFoundView locale={locale} />
  const period = projectPeriod(locale, project)
  return (
    <article lang={project.fallback ? project.shownIn : undefined}>
      <p className="breadcrumb"><Link href={href(locale, routes.projects())}>{t('projects.title')}</Link></p>
      <FallbackNotice locale={locale} shownIn={project.shownIn} />
      <PageHeader title={project.title} intro={project.summary} />
      <dl className="facts">
        {period ? (
          <>
            <dt>{t('projects.period')}</dt>
            <dd>{period}</dd>
          </>
        ) : null}
        {project.funders?.length ? (
          <>
            <dt>{t('projects.funders')}</dt>
            <dd>
              <ul>
                {project.funders.map((f) => (
                  <li key={f.id}>{f.name}{f.programme ? ` (${f.programme})` : ''}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <RichText data={project.body} />
    </article>
  )
}
