import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { checkRole, staffRoles } from '@/access/roles'
import { env } from '@/env'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/server/payload'
import { isPreviewCollection, publicPathOf } from '@/server/content/preview-url'
import { sessionUser } from '@/server/account/session-bridge'

/**
 * The admin's Preview button: for a signed-in editor, turns on draft mode (Next's signed
 * cookie) and opens the document's page, which then shows its newest draft in the public
 * design. A visitor is sent to the admin's sign-in; a signed-in reader who is not an editor
 * gets a 404. Neither sees anything of the draft.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const collection = params.get('collection')
  const id = params.get('id')
  const rawLocale = params.get('locale')
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const payload = await getPayloadClient()
  const user = await sessionUser(payload, request.headers)
  // Signed in but not an editor: nothing to show, and no sign-in page to loop through.
  if (user && !checkRole(staffRoles, user)) return notFound()
  if (!user) {
    return NextResponse.redirect(new URL(`/admin/login?redirect=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`, env.publicUrl), 303)
  }
  if (!isPreviewCollection(collection) || !id || !/^\d{1,12}$/.test(id)) return notFound()
  const doc = await payload
    .findByID({ collection, id: Number(id), locale, draft: true, depth: 0, user, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  const path = doc ? publicPathOf(collection, doc as { slug?: string | null; path?: string | null }, locale) : undefined
  if (!path) return notFound()
  ;(await draftMode()).enable()
  const response = NextResponse.redirect(new URL(path, env.publicUrl), 303)
  response.headers.set('cache-control', 'no-store')
  return response
}

function notFound() {
  return new NextResponse('Not found / Не найдено\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
}
