import type { GlobalConfig } from 'payload'
import { isStaff } from '@/access/is-staff'
import { inAdminLanguage } from '@/fields/admin-text'
import { letterPlaceholders, templateProblem } from '@/server/invitations/letter-template'

const placeholderList = letterPlaceholders.map((p) => `{${p}}`).join(', ')

const templateField = (name: string, label: { en: string; ru: string }, rows: number) => ({
  name,
  type: 'textarea' as const,
  localized: true,
  maxLength: 4000,
  label,
  admin: { rows, description: { en: `May use ${placeholderList}. Left empty, the platform's standard text is used.`, ru: `Можно использовать ${placeholderList}. Если поле пустое, используется стандартный текст платформы.` } },
  validate: (value: unknown, { req }: { req: Parameters<typeof inAdminLanguage>[0] }) => {
    const problem = templateProblem(typeof value === 'string' ? value : '')
    if (!problem) return true
    return problem.kind === 'unknown'
      ? inAdminLanguage(req, { en: `Unknown placeholder {${problem.name}}; use ${placeholderList}.`, ru: `Неизвестная подстановка {${problem.name}}; используйте ${placeholderList}.` })
      : inAdminLanguage(req, { en: 'Curly braces must enclose one of the placeholders.', ru: 'В фигурных скобках должна стоять одна из подстановок.' })
  },
})

/**
 * The visa invitation letter's wording, in each language, for the Secretariat to adapt
 * (src/server/invitations/invitation-letters.ts fills it in). Checked on save, so a letter
 * never fails to print because of a typing error in a placeholder.
 */
export const InvitationLetterTemplate: GlobalConfig = {
  slug: 'invitation-letter-template',
  label: { en: 'Invitation letter template', ru: 'Шаблон письма-приглашения' },
  admin: { group: { en: 'Meetings', ru: 'Встречи' } },
  access: { read: isStaff, update: isStaff },
  fields: [
    templateField('heading', { en: 'Heading', ru: 'Заголовок' }, 1),
    templateField('body', { en: 'Text (paragraphs separated by an empty line)', ru: 'Текст (абзацы разделяются пустой строкой)' }, 14),
    templateField('closing', { en: 'Closing', ru: 'Заключительная формула' }, 1),
    templateField('signatory', { en: 'Signatory', ru: 'Подпись' }, 2),
  ],
}
