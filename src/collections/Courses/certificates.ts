import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { dayAndTimeDate } from '@/fields/date'
import { locales, localeNamesInAdmin } from '@/i18n/locales'
import { keepCertificateFacts } from '@/server/learning/certificates'
import { academyGroup } from '../Trainers'
import { ownOrStaff } from './access'

const readOnly = { readOnly: true }

/**
 * A course certificate, issued by a background job when a learner completes a course. What it
 * certifies (name, course, date, hours, code) never changes; the Secretariat may only revoke
 * it, with a reason. The record outlives the account (without the link to it), so that the
 * public verification page keeps answering for a certificate already handed to someone.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: { en: 'Certificate', ru: 'Сертификат' }, plural: { en: 'Certificates', ru: 'Сертификаты' } },
  admin: { group: academyGroup, useAsTitle: 'name', defaultColumns: ['name', 'courseTitle', 'completedOn', 'status'] },
  access: { read: ownOrStaff, create: isAdmin, update: isStaff, delete: isAdmin },
  indexes: [{ fields: ['user', 'course'], unique: true }],
  hooks: { beforeChange: [keepCertificateFacts] },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { en: 'Verification code', ru: 'Код проверки' }, admin: readOnly },
    { name: 'name', type: 'text', required: true, label: { en: 'Learner’s name (as written on the certificate)', ru: 'Имя слушателя (как в сертификате)' }, admin: readOnly },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { en: 'Account (removed when the account is deleted)', ru: 'Учётная запись (удаляется вместе с ней)' }, admin: readOnly },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, label: { en: 'Course', ru: 'Курс' }, admin: readOnly },
    { name: 'courseTitle', type: 'text', required: true, label: { en: 'Course title on the certificate', ru: 'Название курса в сертификате' }, admin: readOnly },
    {
      type: 'row',
      fields: [
        { name: 'language', type: 'select', required: true, options: locales.map((value) => ({ value, label: localeNamesInAdmin[value] })), label: { en: 'Language', ru: 'Язык' }, admin: { ...readOnly, width: '34%' } },
        { name: 'completedOn', type: 'date', required: true, label: { en: 'Completed on', ru: 'Дата завершения' }, admin: { ...readOnly, width: '33%', date: dayAndTimeDate } },
        { name: 'hours', type: 'number', required: true, label: { en: 'Hours', ru: 'Часов' }, admin: { ...readOnly, width: '33%' } },
      ],
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'valid', options: [{ value: 'valid', label: { en: 'Valid', ru: 'Действителен' } }, { value: 'revoked', label: { en: 'Revoked', ru: 'Отозван' } }], label: { en: 'Status', ru: 'Статус' } },
    { name: 'revokedReason', type: 'textarea', maxLength: 1000, label: { en: 'Reason for revoking (required to revoke; not shown publicly)', ru: 'Причина отзыва (обязательна; публично не показывается)' }, admin: { condition: (data) => data?.status === 'revoked' } },
    { name: 'revokedAt', type: 'date', label: { en: 'Revoked on', ru: 'Дата отзыва' }, admin: { ...readOnly, date: dayAndTimeDate, condition: (data) => data?.status === 'revoked' } },
    { name: 'emailedAt', type: 'date', label: { en: 'Sent to the learner on', ru: 'Отправлен слушателю' }, admin: { ...readOnly, date: dayAndTimeDate, position: 'sidebar' } },
  ],
}
