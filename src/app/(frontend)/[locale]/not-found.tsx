import { NotFoundView } from '@/components/NotFoundView'
import { currentLocaleFromPath } from '@/server/request-context'

/** Only reached through Next's own notFound(); pages render NotFoundView directly. */
export default async function NotFound() {
  return <NotFoundView locale={await currentLocaleFromPath()} />
}
