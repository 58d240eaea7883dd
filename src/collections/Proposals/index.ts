import { revisionHooks } from '@/hooks/bump-content-revision'
import { ValidationError, type Access, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'
import { isAdmin } from '@/access/is-admin'
import { isStaff } from '@/access/is-staff'
import { inAdminLanguage } from '@/fields/admin-text'
import { dayAndTimeDate, dayOnlyDate } from '@/fields/date'
import { mayDecide, mayMove, mayReadProposals, proposalFormats, type TProposalStatus } from '@/server/proposals/proposal-rules'
import { tellProposerOfDecision } from '@/server/proposals/proposal-emails'
import { meetingsGroup } from '../EventTypes'

const readers: Access = ({ req }) => mayReadProposals(req.user as never)
const deciders: Access = ({ req }) => mayDecide(req.user as never)

/** Status moves follow the rules whichever door they come through; a decline needs its reason. */
const followDecision: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const from = (originalDoc?.status ?? 'open') as TProposalStatus
  const to = (data.status ?? from) as TProposalStatus
  if (operation === 'update' && !mayMove(from, to)) {
    throw new ValidationError({ collection: 'proposals', errors: [{ path: 'status', message: inAdminLanguage(req, { en: 'A decided proposal cannot change its status again.', ru: 'Статус предложения, по которому принято решение, изменить нельзя.' }) }] }, req.t)
  }
  if (to === 'declined' && !(data.decisionReason ?? originalDoc?.decisionReason)) {
    throw new ValidationError({ collection: 'proposals', errors: [{ path: 'decisionReason', message: inAdminLanguage(req, { en: 'Give a reason for declining.', ru: 'Укажите причину отклонения.' }) }] }, req.t)
  }
  if (to !== from && (to === 'agreed' || to === 'declined')) {
    data.decidedAt = new Date().toISOString()
    if (req.user) data.decidedBy = req.user.id
  }
  return data
}

/** Support and comments of the members on a proposal: one row each, so that no two at once overwrite each other. */
export const ProposalResponses: CollectionConfig = {
  slug: 'proposal-responses',
  labels: { singular: { en: 'Support or comment', ru: 'Поддержка или комментарий' }, plural: { en: 'Support and comments', ru: 'Поддержка и комментарии' } },
  admin: { group: meetingsGroup, useAsTitle: 'text', defaultColumns: ['proposal', 'kind', 'author', 'createdAt'] },
  // Written through the site's forms; the Secretariat may remove one (moderation).
  access: { read: readers, create: isAdmin, update: isAdmin, delete: isStaff },
  // The dashboards the front keeps per person show proposals: a change writes a new revision.
  hooks: revisionHooks,
  fields: [
    { name: 'proposal', type: 'relationship', relationTo: 'proposals', required: true, index: true, label: { en: 'Proposal', ru: 'Предложение' } },
    { name: 'kind', type: 'select', required: true, options: [{ value: 'support', label: { en: 'Support', ru: 'Поддержка' } }, { value: 'comment', label: { en: 'Comment', ru: 'Комментарий' } }], label: { en: 'Kind', ru: 'Вид' } },
    { name: 'author', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Author', ru: 'Автор' } },
    { name: 'state', type: 'relationship', relationTo: 'participants', label: { en: 'State', ru: 'Государство' } },
    { name: 'text', type: 'textarea', maxLength: 2000, label: { en: 'Text', ru: 'Текст' } },
  ],
}

/**
 * Expert-meeting proposals of the National Contact Points: read by the members of the
 * dialogue, discussed (support and comments) on the site, agreed or declined by the Strategic
 * Group or the Secretariat. Every change is kept as a version (the history).
 */
export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: { singular: { en: 'Expert-meeting proposal', ru: 'Предложение экспертной встречи' }, plural: { en: 'Expert-meeting proposals', ru: 'Предложения экспертных встреч' } },
  admin: { group: meetingsGroup, useAsTitle: 'topic', defaultColumns: ['topic', 'state', 'status', 'createdAt'] },
  access: { read: readers, create: deciders, update: deciders, delete: isAdmin, readVersions: readers },
  versions: { maxPerDoc: 100 },
  hooks: { beforeChange: [followDecision], afterChange: [tellProposerOfDecision, ...revisionHooks.afterChange], afterDelete: revisionHooks.afterDelete },
  fields: [
    { name: 'topic', type: 'text', required: true, maxLength: 200, label: { en: 'Topic', ru: 'Тема' } },
    {
      type: 'row',
      fields: [
        { name: 'thematicArea', type: 'relationship', relationTo: 'thematic-areas', required: true, label: { en: 'Thematic area', ru: 'Тематическое направление' }, admin: { width: '50%' } },
        { name: 'hostState', type: 'relationship', relationTo: 'participants', filterOptions: { kind: { equals: 'state' } }, label: { en: 'Host state', ru: 'Принимающее государство' }, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'format', type: 'select', required: true, defaultValue: 'in-person', options: proposalFormats.map((value) => ({ value, label: { en: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' }[value], ru: { 'in-person': 'Очно', online: 'Онлайн', hybrid: 'Очно и онлайн' }[value] } })), label: { en: 'Format', ru: 'Формат' }, admin: { width: '34%' } },
        { name: 'tentativeFrom', type: 'date', label: { en: 'Tentative dates: from', ru: 'Предполагаемые даты: с' }, admin: { date: dayOnlyDate, width: '33%' } },
        { name: 'tentativeTo', type: 'date', label: { en: 'to', ru: 'по' }, admin: { date: dayOnlyDate, width: '33%' } },
      ],
    },
    { name: 'rationale', type: 'textarea', required: true, maxLength: 2000, label: { en: 'Rationale', ru: 'Обоснование' } },
    {
      type: 'row',
      fields: [
        { name: 'proposedBy', type: 'relationship', relationTo: 'users', label: { en: 'Proposed by', ru: 'Автор предложения' }, admin: { readOnly: true, width: '50%' } },
        { name: 'state', type: 'relationship', relationTo: 'participants', index: true, label: { en: 'Proposing state', ru: 'Предлагающее государство' }, admin: { readOnly: true, width: '50%' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      label: { en: 'Status', ru: 'Статус' },
      options: [
        { value: 'open', label: { en: 'Open for discussion', ru: 'Открыто для обсуждения' } },
        { value: 'agreed', label: { en: 'Agreed', ru: 'Одобрено' } },
        { value: 'declined', label: { en: 'Declined', ru: 'Отклонено' } },
        { value: 'withdrawn', label: { en: 'Withdrawn', ru: 'Отозвано' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'decisionReason', type: 'textarea', maxLength: 1000, label: { en: 'Reason for the decision', ru: 'Обоснование решения' }, admin: { position: 'sidebar', condition: (data) => data?.status === 'agreed' || data?.status === 'declined' } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { en: 'Decided by', ru: 'Кем принято решение' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'decidedAt', type: 'date', label: { en: 'Decided on', ru: 'Дата решения' }, admin: { readOnly: true, position: 'sidebar', date: dayAndTimeDate } },
    { name: 'event', type: 'relationship', relationTo: 'events', label: { en: 'Event made from it', ru: 'Созданное мероприятие' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
