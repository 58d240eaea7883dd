import type { SeedGovernanceBody, SeedStrategicGroup } from '../types'

/** The four elements of the current Prague Process management structure. */
export const governanceBodies: SeedGovernanceBody[] = [
  {
    key: 'national-contact-points',
    order: 1,
    title: {
      en: 'Network of National Contact Points',
      ru: 'Сеть национальных контактных пунктов',
    },
    rhythm: {
      en: 'Ongoing',
      ru: 'На постоянной основе',
    },
    summary: {
      en: 'The network of National Contact Points carries the day-to-day co-operation of the Prague Process at expert level.',
      ru: 'Сеть национальных контактных пунктов обеспечивает повседневное сотрудничество в рамках Пражского процесса на экспертном уровне.',
    },
    functions: [
      {
        en: 'Facilitates daily co-operation at expert level',
        ru: 'Содействует повседневному сотрудничеству на экспертном уровне',
      },
      {
        en: 'Agrees on the expert meetings',
        ru: 'Согласовывает проведение экспертных встреч',
      },
    ],
  },
  {
    key: 'senior-officials',
    order: 2,
    title: {
      en: 'Senior Officials’ Meetings',
      ru: 'Совещания старших должностных лиц',
    },
    rhythm: {
      en: 'Once a year',
      ru: 'Раз в год',
    },
    summary: {
      en: 'Senior Officials’ Meetings take place once a year to prepare Ministerial Conferences, monitor ongoing actions and recommend future policy directions.',
      ru: 'Совещания старших должностных лиц проводятся раз в год: они готовят министерские конференции, отслеживают ход текущих мероприятий и вырабатывают рекомендации о дальнейших направлениях политики.',
    },
    functions: [
      {
        en: 'Prepare the ground for Ministerial Conferences',
        ru: 'Осуществляют подготовку министерских конференций',
      },
      {
        en: 'Monitor ongoing actions and evaluate their impact',
        ru: 'Отслеживают ход текущих мероприятий и оценивают их результативность',
      },
      {
        en: 'Provide recommendations on future policy directions',
        ru: 'Вырабатывают рекомендации о дальнейших направлениях политики',
      },
    ],
  },
  {
    key: 'ministerial-conferences',
    order: 3,
    title: {
      en: 'Ministerial Conferences',
      ru: 'Министерские конференции',
    },
    rhythm: {
      en: 'Every 3–5 years',
      ru: 'Раз в 3–5 лет',
    },
    summary: {
      en: 'Ministerial Conferences take place every three to five years to evaluate the results of the Process and define its future strategic orientation.',
      ru: 'Министерские конференции проводятся раз в 3–5 лет, чтобы оценить результаты Процесса и определить его дальнейшую стратегическую направленность.',
    },
    functions: [
      {
        en: 'Evaluate the results achieved by the Process',
        ru: 'Оценивают результаты, достигнутые в рамках Процесса',
      },
      {
        en: 'Define the future strategic orientation of the Prague Process',
        ru: 'Определяют дальнейшую стратегическую направленность Пражского процесса',
      },
    ],
  },
  {
    key: 'strategic-group',
    order: 4,
    title: {
      en: 'Strategic Group',
      ru: 'Стратегическая группа',
    },
    rhythm: {
      en: 'Rotating chairmanship',
      ru: 'Ротационное председательство',
    },
    summary: {
      en: 'The Strategic Group is the joint management body of the Prague Process, made up of selected states, with a rotating chairmanship.',
      ru: 'Стратегическая группа — орган совместного управления Пражским процессом, в который входит ряд государств-участников; председательство в ней осуществляется на основе ротации.',
    },
    functions: [
      {
        en: 'Joint management body consisting of selected states with a rotating chairmanship',
        ru: 'Орган совместного управления в составе ряда государств-участников с ротационным председательством',
      },
      {
        en: 'Current composition: the Czech Republic, Hungary, Lithuania, Poland, the Presidency of the Council of the EU, the European Commission and the Prague Process Secretariat (ICMPD)',
        ru: 'Нынешний состав: Чехия, Венгрия, Литва, Польша, председательство в Совете ЕС, Европейская комиссия и Секретариат Пражского процесса (МЦРМП)',
      },
    ],
  },
]

/** Current composition of the Strategic Group, as given in the seed. */
export const strategicGroup: SeedStrategicGroup = {
  memberSlugs: ['czech-republic', 'hungary', 'lithuania', 'poland', 'european-commission', 'icmpd'],
  otherMembers: [
    {
      en: 'Presidency of the Council of the EU',
      ru: 'Председательство в Совете ЕС',
    },
  ],
}
