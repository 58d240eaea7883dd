import { progressExportResponse } from '@/server/action-plan/progress-export'

export const dynamic = 'force-dynamic'

/** The period's Action-Plan progress as CSV, as the signed-in member sees it on the dashboard. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return progressExportResponse(request, (await params).locale, 'csv')
}
