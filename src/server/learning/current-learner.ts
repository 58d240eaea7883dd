import { cache } from 'react'
import type { Locale } from '@/i18n/locales'
import { currentUser } from '@/server/account/current-user'
import { getPayloadClient } from '@/server/payload'
import { learnerViewOf, type TLearnerPage } from './learner-state'

/**
 * Where the signed-in learner stands, for a learning page; null when signed out. Learning
 * pages are rendered for each request, for their person (never from the page cache), so this
 * reads the database as it is now: a lesson just marked done shows as done. Once per request and page.
 */
export const currentLearner = cache(async (locale: Locale, course?: string, lesson?: string): Promise<TLearnerPage | null> => {
  const user = await currentUser()
  if (!user) return null
  const { state, fills } = await learnerViewOf(await getPayloadClient(), user.id, locale, { course, lesson })
  return { state, text: (fill) => fills[fill] ?? '', userId: user.id }
})
