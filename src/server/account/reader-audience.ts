import { isMember } from '@/access/visibility'
import type { TAudience } from '@/server/search-index/index-store'
import { currentUser } from './current-user'

/** Which publications the current reader may see: members-only ones only for members. */
export async function readerAudience(): Promise<{ audience: TAudience; user: Awaited<ReturnType<typeof currentUser>> }> {
  const user = await currentUser()
  return { audience: isMember(user) ? 'members' : 'public', user }
}
