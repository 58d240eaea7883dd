import type { TMeetingDocumentLevel } from '@/access/meeting-documents'

type Lang = 'en' | 'ru'

/** A demo meeting document: who may read it, its editions, and the agenda session it belongs to (by index). */
export type SeedMeetingDocument = {
  key: string
  event: string
  access: TMeetingDocumentLevel
  session?: number
  title: Record<Lang, string>
  editions: Lang[]
  paragraphs: Record<Lang, string[]>
}

/** Papers of the demo meetings, written for the demo from the seed's description of the Process. */
export const demoMeetingDocuments: SeedMeetingDocument[] = [
  {
    key: 'som-annotated-agenda',
    event: 'senior-officials-meeting-prague',
    access: 'public',
    title: { en: 'Annotated agenda', ru: 'Аннотированная программа' },
    editions: ['en', 'ru'],
    paragraphs: {
      en: [
        'The meeting opens with a welcome by the host, the Czech Republic. The Process was launched in Prague, at its first Ministerial Conference, in April 2009.',
        'The first day reviews the implementation of the Action Plan 2023-2027 in its six thematic areas and presents the work of the Migration Observatory and the Training Academy.',
        'The second day discusses recommendations for the next Ministerial Conference and closes with the conclusions of the Chair.',
      ],
      ru: [
        'Совещание открывается приветствием принимающей стороны, Чешской Республики. Пражский процесс был начат в Праге, на первой министерской конференции, в апреле 2009 года.',
        'В первый день участники подводят итоги выполнения Плана действий на 2023–2027 годы по шести тематическим направлениям и знакомятся с работой Миграционной обсерватории и Учебной академии.',
        'Во второй день обсуждаются рекомендации к следующей министерской конференции; совещание завершается выводами председателя.',
      ],
    },
  },
  {
    key: 'som-implementation-report',
    event: 'senior-officials-meeting-prague',
    access: 'participants',
    session: 1,
    title: { en: 'Implementation of the Action Plan: report of the year', ru: 'Выполнение Плана действий: отчёт за год' },
    editions: ['en', 'ru'],
    paragraphs: {
      en: [
        'This report, prepared by the Secretariat for the delegations, summarises the progress reported by the National Contact Points under each thematic area of the Action Plan.',
        'It lists the expert meetings, trainings and studies carried out during the year and the actions that the states propose for the coming year.',
      ],
      ru: [
        'Отчёт подготовлен Секретариатом для делегаций и обобщает сведения о ходе работы, представленные национальными контактными пунктами по каждому тематическому направлению Плана действий.',
        'В нём перечислены экспертные встречи, тренинги и исследования, проведённые за год, а также мероприятия, которые государства предлагают на следующий год.',
      ],
    },
  },
  {
    key: 'som-draft-recommendations',
    event: 'senior-officials-meeting-prague',
    access: 'ncp-network',
    session: 3,
    title: { en: 'Draft recommendations for the Ministerial Conference', ru: 'Проект рекомендаций к министерской конференции' },
    editions: ['en'],
    paragraphs: {
      en: [
        'A working draft for the National Contact Points to comment on before the meeting. It collects the proposals received from the states and groups them by thematic area.',
        'Comments are welcome through the National Contact Points until two weeks before the meeting.',
      ],
      ru: [],
    },
  },
  {
    key: 'sg-background-paper',
    event: 'strategic-group-meeting-budapest',
    access: 'strategic-group',
    title: { en: 'Background paper on the themes of the coming expert meetings', ru: 'Справочный документ о темах предстоящих экспертных встреч' },
    editions: ['en'],
    paragraphs: {
      en: [
        'The Strategic Group, the joint management body of the Process under its rotating Chairmanship, considers the themes proposed by the National Contact Points for the coming expert meetings.',
        'The paper sets out each proposal with its thematic area, the proposing state and the expected format.',
      ],
      ru: [],
    },
  },
]
