import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { inAdminLanguage, type TAdminText } from '@/fields/admin-text'
import { inspectPdf } from '@/server/publications/inspect-pdf'

const messages: Record<'not-pdf' | 'unreadable', TAdminText> = {
  'not-pdf': { en: 'This file is not a PDF document.', ru: 'Этот файл не является документом PDF.' },
  unreadable: { en: 'This PDF cannot be read; it may be damaged or encrypted.', ru: 'Этот PDF не удаётся прочитать: возможно, он повреждён или зашифрован.' },
}

/** A new or replaced PDF must parse; otherwise nothing is saved and the editor is told why. */
export const validatePdfUpload: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file || file.mimetype !== 'application/pdf') {
    if (file) data.textStatus = 'not-applicable'
    return data
  }
  const result = await inspectPdf(file.data)
  if (!result.ok) {
    throw new ValidationError({ collection: 'documents', errors: [{ message: inAdminLanguage(req, messages[result.reason]), path: 'file' }] }, req.t)
  }
  data.pageCount = result.pages
  data.textStatus = 'pending'
  return data
}
