import { isMember } from '@/access/visibility'
import type { TAudience } from '@/server/search-index/index-store'
import { currentViewer } from './current-user'
import type { TViewer } from './viewer'

/** Which publications the current reader may see: members-only ones only for members. */
export async function readerAudience(): Promise<{ audience: TAudience; viewer: TViewer | null }> {
  const viewer = await currentViewer()
  return { audience: isMember(viewer) ? 'members' : 'public', viewer }
}
