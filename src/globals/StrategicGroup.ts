import type { GlobalConfig, PayloadRequest } from 'payload'
import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/is-staff'
import { inAdminLanguage } from '@/fields/admin-text'
import { dayOnlyDate } from '@/fields/date'
import { bumpRevisionAfterGlobalChange } from '@/hooks/bump-content-revision'
import { findInvalidPeriod } from '@/server/governance/current-chair'
import { arrayLabels } from '@/fields/array-labels'

export const StrategicGroup: GlobalConfig = {
  slug: 'strategic-group',
  label: { en: 'Strategic Group', ru: 'Стратегическая группа' },
  admin: { group: { en: 'The Process', ru: 'Процесс' } },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [bumpRevisionAfterGlobalChange] },
  fields: [
    { name: 'members', type: 'relationship', relationTo: 'participants', hasMany: true, label: { en: 'Members', ru: 'Члены группы' } },
    {
      name: 'otherMembers',
      type: 'array',
      label: { en: 'Other members', ru: 'Другие члены группы' },
      ...arrayLabels({ en: 'Other member', ru: 'Другой член группы' }, { en: 'Other members', ru: 'Другие члены группы' }, 'другого члена группы', {
        description: {
          en: 'Members that are not participants, e.g. the Presidency of the Council of the EU.',
          ru: 'Члены группы, не являющиеся участниками Пражского процесса, например Председательство в Совете ЕС.',
        },
      }),
      fields: [{ name: 'name', type: 'text', localized: true, required: true, label: { en: 'Name', ru: 'Название' } }],
    },
    {
      name: 'chairmanships',
      type: 'array',
      label: { en: 'Chairmanship', ru: 'Председательство' },
      ...arrayLabels({ en: 'Chairmanship period', ru: 'Период председательства' }, { en: 'Chairmanship periods', ru: 'Периоды председательства' }, 'период председательства', {
        description: {
          en: 'The rotating chairmanship; the current chair is derived from today’s date.',
          ru: 'Председательство переходит по очереди; нынешний председатель определяется по сегодняшней дате.',
        },
      }),
      validate: (value: unknown, { req }: { req: PayloadRequest }) => {
        const rows = Array.isArray(value) ? (value as { from?: string; to?: string }[]) : []
        const bad = findInvalidPeriod(rows)
        return bad === -1
          ? true
          : inAdminLanguage(req, {
              en: `Chairmanship ${bad + 1}: periods must not overlap and must end after they start.`,
              ru: `Период председательства ${bad + 1}: периоды не должны пересекаться, а окончание периода должно быть позже его начала.`,
            })
      },
      fields: [
        { name: 'chair', type: 'relationship', relationTo: 'participants', required: true, label: { en: 'Chair', ru: 'Председатель' } },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', required: true, label: { en: 'From', ru: 'Начало' }, admin: { date: dayOnlyDate } },
            { name: 'to', type: 'date', label: { en: 'To', ru: 'Окончание' }, admin: { date: dayOnlyDate } },
          ],
        },
      ],
    },
  ],
}
