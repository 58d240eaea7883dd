import { answerScorm } from '@/server/learning/scorm-serve'

export const dynamic = 'force-dynamic'

/** The SCORM origin's addresses (the HTTP front sends only that origin's requests here): see scorm-serve.ts. */
async function handler(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return answerScorm(request, (await params).path)
}

export { handler as GET, handler as HEAD, handler as POST }
