import { forgetMessagesTo } from '@/server/email/forget-messages'
import { forgetLearner } from '@/server/learning/forget-person'
import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '@/access/is-admin'
import { checkRole, roles, staffRoles } from '@/access/roles'
import { selfOrAdmin } from '@/access/self-or-admin'
import { selfOrStaff } from '@/access/self-or-staff'
import { env } from '@/env'
import { localeNamesInAdmin, locales } from '@/i18n/locales'
import { isStaff } from '@/access/is-staff'
import { passwordResetEmail, verificationEmail } from '@/server/email/account-emails'
import { enforcePasswordRule, enforcePasswordRuleOnReset, guardVerification, mailReverification, skipVerificationOfConfirmed } from './hooks/account-rules'
import { adminLanguageOnChange } from './hooks/admin-language'
import { guardSignIn, recordSignIn } from './hooks/guard-sign-in'
import { keepTokenOfThrottledReset, reservePasswordReset } from './hooks/reserve-password-reset'

const roleLabels: Record<(typeof roles)[number], { en: string; ru: string }> = {
  admin: { en: 'Administrator', ru: 'Администратор' },
  secretariat: { en: 'Secretariat', ru: 'Секретариат' },
  ncp: { en: 'National Contact Point', ru: 'Национальный контактный пункт' },
  'strategic-group': { en: 'Strategic Group', ru: 'Стратегическая группа' },
  trainer: { en: 'Trainer', ru: 'Тренер' },
  learner: { en: 'Learner', ru: 'Слушатель' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', ru: 'Пользователь' }, plural: { en: 'Users', ru: 'Пользователи' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'roles', 'participant'], group: { en: 'Accounts', ru: 'Учётные записи' } },
  auth: {
    // No hard lock (anyone could lock anyone out): a back-off per client and per account
    // instead, in the beforeOperation hook that every sign-in door runs through.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Every signed-in request loads the user: the document alone, not what it links to.
    depth: 0,
    // Secure cookies whenever the public address is https.
    cookies: { sameSite: 'Lax', secure: env.publicUrl.startsWith('https:') },
    verify: {
      generateEmailSubject: ({ user }) => verificationEmail('', user).subject,
      generateEmailHTML: ({ token, user }) => verificationEmail(token, user).html,
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // Reserved by our hook inside the request's transaction (reserve-password-reset.ts).
      minRequestInterval: 0,
      generateEmailSubject: (args) => passwordResetEmail('', args?.user).subject,
      generateEmailHTML: (args) => passwordResetEmail(args?.token ?? '', args?.user).html,
    },
  },
  access: {
    // Only admins and the Secretariat use the admin panel; everyone else uses the site.
    admin: ({ req }) => checkRole(staffRoles, req.user),
    read: selfOrStaff,
    // People open their own accounts through the sign-up form (one path, one set of rules);
    // over the API only staff create accounts, and only admins unlock them.
    create: isStaff,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardSignIn, enforcePasswordRuleOnReset, reservePasswordReset, skipVerificationOfConfirmed],
    beforeValidate: [enforcePasswordRule],
    beforeChange: [guardVerification, keepTokenOfThrottledReset],
    afterChange: [mailReverification, adminLanguageOnChange],
    afterLogin: [recordSignIn],
    beforeDelete: [forgetLearner, forgetMessagesTo],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', ru: 'Имя' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['learner'],
      saveToJWT: true,
      label: { en: 'Roles', ru: 'Роли' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Only admins change roles; a self-registered account is always a learner.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'participant',
      type: 'relationship',
      relationTo: 'participants',
      label: { en: 'Participant', ru: 'Участник' },
      admin: { description: { en: 'The state or organisation this person belongs to.', ru: 'Государство или организация, которую представляет этот человек.' } },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: 'en',
      label: { en: 'Language', ru: 'Язык' },
      options: locales.map((value) => ({ value, label: localeNamesInAdmin[value] })),
      admin: {
        description: {
          en: 'The language of this account: its e-mails are written in it, and changing it on one’s own account switches the admin to it.',
          ru: 'Язык учётной записи: на нём приходят письма, а при смене языка в своей учётной записи на него переключается панель администратора.',
        },
      },
    },
    // The version of the personal calendar address (src/server/events/personal-calendar.ts):
    // raising it retires every earlier address. Never read or written through the API.
    {
      name: 'calendarFeedVersion',
      type: 'number',
      hidden: true,
      defaultValue: 0,
      label: { en: 'Calendar address version', ru: 'Версия адреса календаря' },
      access: { create: () => false, update: () => false },
    },
    // When the last reset e-mail was reserved (reserve-password-reset.ts). Payload adds this
    // field itself only while it makes the reservation; the column is the same.
    {
      name: 'resetPasswordRequestedAt',
      type: 'date',
      hidden: true,
      label: { en: 'Password reset last requested', ru: 'Последний запрос сброса пароля' },
      access: { create: () => false, update: () => false },
    },
  ],
}
