import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { env } from '@/env'

/** Ends a draft preview and returns to the published page it was showing. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const to = request.nextUrl.searchParams.get('to') ?? '/'
  const target = to.startsWith('/') && !to.startsWith('//') ? to : '/'
  return NextResponse.redirect(new URL(target, env.publicUrl), 303)
}
