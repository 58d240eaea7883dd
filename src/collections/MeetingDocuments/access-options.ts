import type { TMeetingDocumentLevel } from '@/access/meeting-documents'
import type { TAdminText } from '@/fields/admin-text'

const labels: Record<TMeetingDocumentLevel, TAdminText> = {
  public: { en: 'Everyone who may see the event', ru: 'Все, кому видно мероприятие' },
  participants: { en: 'Approved participants of this event', ru: 'Подтверждённые участники этого мероприятия' },
  'ncp-network': { en: 'The network of National Contact Points', ru: 'Сеть национальных контактных пунктов' },
  'strategic-group': { en: 'The Strategic Group', ru: 'Стратегическая группа' },
  secretariat: { en: 'The Secretariat only', ru: 'Только Секретариат' },
}

export const meetingDocumentAccessOptions = Object.entries(labels).map(([value, label]) => ({ value, label }))
