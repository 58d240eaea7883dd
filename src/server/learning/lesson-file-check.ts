import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { inAdminLanguage } from '@/fields/admin-text'

/**
 * A caption track must be WebVTT by its content (it is text, so no signature reveals it): the
 * browser shows nothing of a file that is not, and the learner would get no captions.
 */
export const validateLessonFile: CollectionBeforeChangeHook = ({ data, req }) => {
  const file = req.file
  if (!file || file.mimetype !== 'text/vtt') return data
  const head = file.data.subarray(0, 16).toString('utf8').replace(/^\uFEFF/, '')
  if (!/^WEBVTT(\s|$)/.test(head)) {
    throw new ValidationError({ collection: 'lesson-files', errors: [{ path: 'file', message: inAdminLanguage(req, { en: 'A caption file must be WebVTT: its first line reads WEBVTT.', ru: 'Файл субтитров должен быть в формате WebVTT: его первая строка — WEBVTT.' }) }] }, req.t)
  }
  return data
}
