import type { CollectionConfig } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { nobody } from '@/access/nobody'
import { dayAndTimeDate } from '@/fields/date'
import { textOfMessage } from './hooks/text-of-message'

/**
 * Every e-mail the platform sends, with its delivery state; without SMTP_URL this is where
 * mail lands, and where an operator reads a verification or reset link to pass it on.
 * Admins only (REST, GraphQL and the admin alike): those links sign their holder in or set
 * a password, so the Secretariat does not read them (it could reset an admin's password).
 */
export const EmailOutbox: CollectionConfig = {
  slug: 'email-outbox',
  labels: { singular: { en: 'E-mail', ru: 'Письмо' }, plural: { en: 'Outbox', ru: 'Исходящие письма' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'createdAt'],
    group: { en: 'Accounts', ru: 'Учётные записи' },
    description: {
      en: 'Every e-mail the platform sent or queued. Without SMTP this is the only copy: open a message to read it, links included.',
      ru: 'Все письма платформы, отправленные и ожидающие отправки. Без SMTP здесь их единственная копия: откройте письмо, чтобы прочитать его вместе со ссылками.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'to', type: 'text', required: true, index: true, label: { en: 'To', ru: 'Кому' } },
    { name: 'replyTo', type: 'text', label: { en: 'Reply to', ru: 'Адрес для ответа' }, admin: { description: { en: 'Set for contact form messages: the visitor’s address.', ru: 'Заполняется для сообщений из формы обратной связи: адрес посетителя.' } } },
    { name: 'subject', type: 'text', required: true, label: { en: 'Subject', ru: 'Тема' } },
    {
      type: 'collapsible',
      label: { en: 'HTML version', ru: 'HTML-версия' },
      admin: { initCollapsed: true },
      fields: [{ name: 'html', type: 'textarea', label: { en: 'HTML source', ru: 'Исходный код HTML' }, admin: { readOnly: true, rows: 12 } }],
    },
    {
      name: 'text',
      type: 'textarea',
      label: { en: 'Message', ru: 'Текст письма' },
      admin: {
        rows: 14,
        description: {
          en: 'The message as plain text, with the address of every link. A confirmation or password link is personal: pass it only to the recipient.',
          ru: 'Письмо простым текстом, с адресом каждой ссылки. Ссылка для подтверждения адреса или смены пароля личная: передавайте её только получателю.',
        },
      },
      hooks: { afterRead: [textOfMessage] },
    },
    {
      name: 'attachments',
      type: 'json',
      label: { en: 'Attachments', ru: 'Вложения' },
      admin: {
        readOnly: true,
        description: { en: 'Files sent with the message (an event’s calendar file).', ru: 'Файлы, отправленные с письмом (файл календаря мероприятия).' },
        // A list, not Payload's JSON code editor (which loads from a public CDN).
        components: { Field: { path: '@/components/admin/AttachmentsField', exportName: 'AttachmentsField' } },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      label: { en: 'Status', ru: 'Статус' },
      options: [
        { value: 'queued', label: { en: 'Queued', ru: 'В очереди' } },
        { value: 'sent', label: { en: 'Sent', ru: 'Отправлено' } },
        { value: 'logged', label: { en: 'Kept here (no SMTP)', ru: 'Сохранено здесь (без SMTP)' } },
        { value: 'failed', label: { en: 'Failed', ru: 'Ошибка' } },
      ],
      admin: {
        position: 'sidebar',
        description: {
          en: '“Kept here”: no SMTP server is set (SMTP_URL), so the message was not sent; read it above.',
          ru: '«Сохранено здесь»: SMTP-сервер не задан (SMTP_URL), письмо не отправлено; его текст выше.',
        },
      },
    },
    { name: 'error', type: 'text', label: { en: 'Delivery error', ru: 'Ошибка доставки' }, admin: { position: 'sidebar' } },
    {
      name: 'sentAt',
      type: 'date',
      label: { en: 'Handled at', ru: 'Обработано' },
      admin: { position: 'sidebar', date: dayAndTimeDate },
    },
  ],
}
