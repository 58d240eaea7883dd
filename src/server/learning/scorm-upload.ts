import crypto from 'node:crypto'
import { contentType } from 'mime-types'
import { type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeValidateHook } from 'payload'
import { inAdminLanguage } from '@/fields/admin-text'
import { AppError } from '@/server/errors'
import { packageFileKey, removePackageFiles, writePackageFile } from '@/server/files/storage'
import { extractScormPackage, inspectScormPackage, scormLimits, type TScormProblem } from './scorm-package'

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** What the uploader reads when a package is refused: what is wrong, and that nothing was kept. */
export const scormProblemText: Record<TScormProblem, { en: string; ru: string }> = {
  'not-zip': { en: 'This file is not a ZIP archive. A SCORM package is a .zip file exported from an authoring tool. Nothing was saved.', ru: 'Этот файл не является ZIP-архивом. Пакет SCORM — это файл .zip, экспортированный из редактора курсов. Ничего не сохранено.' },
  corrupt: { en: 'The ZIP archive is damaged or incomplete. Export the package again and upload it. Nothing was saved.', ru: 'ZIP-архив повреждён или загружен не полностью. Экспортируйте пакет заново и загрузите его. Ничего не сохранено.' },
  'unsafe-path': { en: 'The package contains a file whose path leads outside the package (such as ../ or an absolute path). Nothing was saved.', ru: 'В пакете есть файл, путь которого ведёт за пределы пакета (например, ../ или абсолютный путь). Ничего не сохранено.' },
  symlink: { en: 'The package contains a symbolic link. Nothing was saved.', ru: 'В пакете есть символическая ссылка. Ничего не сохранено.' },
  encrypted: { en: 'The package contains encrypted files. Nothing was saved.', ru: 'В пакете есть зашифрованные файлы. Ничего не сохранено.' },
  'too-many-files': { en: `The package has more than ${scormLimits.files} files. Nothing was saved.`, ru: `В пакете больше ${scormLimits.files} файлов. Ничего не сохранено.` },
  'too-large': { en: `The package is too large unpacked (at most ${mb(scormLimits.bytes)} MB in all and ${mb(scormLimits.fileBytes)} MB per file). Nothing was saved.`, ru: `Распакованный пакет слишком велик (не более ${mb(scormLimits.bytes)} МБ всего и ${mb(scormLimits.fileBytes)} МБ на файл). Ничего не сохранено.` },
  'no-manifest': { en: 'The package has no imsmanifest.xml at its root, so it is not a SCORM package. Nothing was saved.', ru: 'В корне пакета нет файла imsmanifest.xml, значит, это не пакет SCORM. Ничего не сохранено.' },
  'invalid-manifest': { en: 'The imsmanifest.xml cannot be read as a SCORM 1.2 or SCORM 2004 manifest. Nothing was saved.', ru: 'Файл imsmanifest.xml не читается как манифест SCORM 1.2 или SCORM 2004. Ничего не сохранено.' },
  'no-launch': { en: 'The manifest names no start page that is in the package. Nothing was saved.', ru: 'В манифесте не указана начальная страница, которая есть в пакете. Ничего не сохранено.' },
}

/**
 * Before anything is stored (and before the required title is checked, which the manifest can
 * fill): the uploaded zip is read whole and refused with its problem in the editor's language.
 */
export const checkScormUpload: CollectionBeforeValidateHook = async ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const result = await inspectScormPackage(file.data)
  // The problem itself is the message (the admin shows it as is; a field error would read "file is invalid").
  if (!result.ok) throw new AppError('scorm-package-refused', inAdminLanguage(req, scormProblemText[result.problem]), 400)
  const { version, launch, files, title } = result.value
  return { ...data, title: data?.title || title || file.name, version, launch, fileCount: files.length, revision: crypto.randomBytes(8).toString('hex') }
}

/** After the record is saved with a new file: its files unpacked under the new revision, the older revisions removed. */
export const unpackScormUpload: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!req.file || !doc.revision || doc.revision === previousDoc?.revision) return doc
  await extractScormPackage(req.file.data, (filePath, data) => writePackageFile(packageFileKey(doc.id, doc.revision, filePath), data, contentType(filePath.split('/').pop()!) || 'application/octet-stream'))
  await removePackageFiles(doc.id, doc.revision)
  return doc
}

export const removeScormContent: CollectionAfterDeleteHook = async ({ id }) => {
  await removePackageFiles(Number(id))
}
