import { isLocale } from '@/i18n/locales'
import { sessionUser } from '@/server/account/session-bridge'
import { courseReport, courseReportCsv } from '@/server/learning/course-report'
import { getPayloadClient } from '@/server/payload'
import { isSlug } from '@/server/content/page-paths'

export const dynamic = 'force-dynamic'

/** A course's learners by state as CSV, for the Secretariat and the course's trainers; 404 for anyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; course: string }> }) {
  const { locale, course } = await params
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } })
  if (!isLocale(locale) || !isSlug(course)) return notFound()
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  const report = user ? await courseReport(payload, user, course, locale) : undefined
  if (!report) return notFound()
  return new Response(courseReportCsv(report, locale), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="course-${course}-${locale}.csv"`, 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' },
  })
}
