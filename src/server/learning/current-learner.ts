import { headers } from 'next/headers'
import { cache } from 'react'
import type { Locale } from '@/i18n/locales'
import { currentUser } from '@/server/account/current-user'
import { fillSlot, parseViewerHeader, viewerHeader } from '@/server/account/viewer'
import { internalHeaders } from '@/server/internal-headers'
import { getPayloadClient } from '@/server/payload'
import { learnerViewOf, type TLearnerPage, type TLearnerState } from './learner-state'

/**
 * Where the signed-in learner stands, for a learning page; null when signed out. In a render
 * the HTTP front shares among learners who stand alike, the front has read it and says so in a
 * header, and the person's own values are slots it fills in per response; otherwise (a quiz,
 * development) it is read here, for this person. Once per request and page.
 */
export const currentLearner = cache(async (locale: Locale, course?: string, lesson?: string): Promise<TLearnerPage | null> => {
  const requestHeaders = await headers()
  const given = requestHeaders.get(internalHeaders.learner)
  const shared = parseViewerHeader(requestHeaders.get(viewerHeader))
  if (given && shared?.slotKey) {
    const slotKey = shared.slotKey
    return { state: JSON.parse(given) as TLearnerState, text: (fill) => fillSlot(slotKey, fill), shared: true }
  }
  const user = await currentUser()
  if (!user) return null
  const { state, fills } = await learnerViewOf(await getPayloadClient(), user.id, locale, { course, lesson })
  return { state, text: (fill) => fills[fill] ?? '', shared: false, userId: user.id }
})
