import type { SeedThematicArea } from '../types'

/** The six thematic areas of the Prague Process Action Plan, in the seed's order. */
export const thematicAreas: SeedThematicArea[] = [
  {
    slug: 'illegal-migration',
    order: 1,
    title: {
      en: 'Preventing and fighting illegal migration',
      ru: 'Предотвращение незаконной миграции и борьба с ней',
    },
    summary: {
      en: 'Co-operation among the participating states to prevent illegal migration and to address it jointly where it occurs.',
      ru: 'Сотрудничество государств — участников Пражского процесса в предотвращении незаконной миграции и совместном противодействии ей.',
    },
    body: {
      en: [
        'This area covers the measures that states take, individually and together, to prevent irregular entry and stay and to respond to illegal migration where it occurs. Such movements cross borders, so no national administration can address them alone: co-operation with neighbouring and partner states is essential.',
        'Preventing and fighting illegal migration is one of the six thematic areas of the Prague Process Action Plan. The senior and expert-level dialogue of the Process, the analyses of the Migration Observatory and the trainings of the Training Academy are all organised along these six areas.',
        'As in every area, the work follows the comprehensive, balanced, pragmatic and operational approach agreed in the Prague Process Joint Declaration and respects the rights and human dignity of migrants, their family members and refugees.',
      ],
      ru: [
        'Это направление охватывает меры, которые государства принимают самостоятельно и совместно, чтобы предотвращать незаконный въезд и пребывание и реагировать на случаи незаконной миграции. Такие перемещения не ограничиваются рамками одной страны, поэтому ни одна национальная администрация не может решить эту задачу в одиночку: необходимо сотрудничество с соседними и партнёрскими государствами.',
        'Предотвращение незаконной миграции и борьба с ней — одно из шести тематических направлений Плана действий Пражского процесса. Диалог на уровне старших должностных лиц и экспертов, аналитическая работа Миграционной обсерватории и тренинги Учебной академии выстроены в соответствии с этими шестью направлениями.',
        'Как и по всем направлениям, работа ведётся на основе всеобъемлющего, сбалансированного, прагматичного и практико-ориентированного подхода, согласованного в Совместной декларации Пражского процесса, и с уважением прав и человеческого достоинства мигрантов, членов их семей и беженцев.',
      ],
    },
  },
  {
    slug: 'integration',
    order: 2,
    title: {
      en: 'Integration of legally residing migrants',
      ru: 'Интеграция законно проживающих мигрантов',
    },
    summary: {
      en: 'Policies and practices that help migrants who reside legally in a country to take part in the life of its society.',
      ru: 'Политика и практика, помогающие мигрантам, законно проживающим в стране, участвовать в жизни её общества.',
    },
    body: {
      en: [
        'This area covers the policies through which states support the inclusion of migrants who reside legally on their territory: in the labour market, in education, in access to public services and in the social and civic life of the host society.',
        'Integration of legally residing migrants is one of the six thematic areas of the Prague Process Action Plan. The dialogue of the Process, the analyses of the Migration Observatory and the trainings of the Training Academy are organised along these six areas, which allows participating states to compare their approaches and learn from one another.',
      ],
      ru: [
        'Это направление охватывает политику, с помощью которой государства содействуют включению в жизнь общества мигрантов, законно проживающих на их территории: на рынке труда, в сфере образования, в доступе к государственным услугам, а также в социальной и общественной жизни принимающей страны.',
        'Интеграция законно проживающих мигрантов — одно из шести тематических направлений Плана действий Пражского процесса. Диалог в рамках Процесса, аналитическая работа Миграционной обсерватории и тренинги Учебной академии выстроены в соответствии с этими шестью направлениями, что позволяет государствам-участникам сопоставлять свои подходы и перенимать опыт друг друга.',
      ],
    },
  },
  {
    slug: 'readmission-return-reintegration',
    order: 3,
    title: {
      en: 'Readmission, voluntary return and sustainable reintegration',
      ru: 'Реадмиссия, добровольное возвращение и устойчивая реинтеграция',
    },
    summary: {
      en: 'Co-operation on the return of persons without a right to stay, with attention to voluntary return and sustainable reintegration.',
      ru: 'Сотрудничество в вопросах возвращения лиц, не имеющих права на пребывание, с уделением внимания добровольному возвращению и устойчивой реинтеграции.',
    },
    body: {
      en: [
        'This area covers co-operation between countries of destination and countries of origin on the readmission of persons who have no right to stay, on voluntary return, and on the reintegration of returnees so that their return is sustainable.',
        'Readmission, voluntary return and sustainable reintegration form one of the six thematic areas of the Prague Process Action Plan. The dialogue of the Process, the analyses of the Migration Observatory and the trainings of the Training Academy are organised along these six areas.',
        'The work respects the rights and human dignity of migrants and their family members, in line with the commitments of the Prague Process Joint Declaration.',
      ],
      ru: [
        'Это направление охватывает сотрудничество стран назначения и стран происхождения в вопросах реадмиссии лиц, не имеющих права на пребывание, добровольного возвращения, а также реинтеграции вернувшихся, чтобы их возвращение носило устойчивый характер.',
        'Реадмиссия, добровольное возвращение и устойчивая реинтеграция — одно из шести тематических направлений Плана действий Пражского процесса. Диалог в рамках Процесса, аналитическая работа Миграционной обсерватории и тренинги Учебной академии выстроены в соответствии с этими шестью направлениями.',
        'Работа ведётся с уважением прав и человеческого достоинства мигрантов и членов их семей в соответствии с обязательствами, закреплёнными в Совместной декларации Пражского процесса.',
      ],
    },
  },
  {
    slug: 'migration-mobility-development',
    order: 4,
    title: {
      en: 'Migration, mobility and development',
      ru: 'Миграция, мобильность и развитие',
    },
    summary: {
      en: 'The links between migration, mobility and the development of countries of origin and destination.',
      ru: 'Взаимосвязь миграции, мобильности и развития стран происхождения и назначения.',
    },
    body: {
      en: [
        'This area covers the ways in which migration and mobility affect the development of both countries of origin and countries of destination, and how policies can make these effects more positive for states, societies and migrants themselves.',
        'Migration, mobility and development is one of the six thematic areas of the Prague Process Action Plan. The dialogue of the Process, the analyses of the Migration Observatory and the trainings of the Training Academy are organised along these six areas.',
      ],
      ru: [
        'Это направление охватывает то, как миграция и мобильность влияют на развитие как стран происхождения, так и стран назначения, и то, каким образом политика может сделать это влияние более благоприятным для государств, обществ и самих мигрантов.',
        'Миграция, мобильность и развитие — одно из шести тематических направлений Плана действий Пражского процесса. Диалог в рамках Процесса, аналитическая работа Миграционной обсерватории и тренинги Учебной академии выстроены в соответствии с этими шестью направлениями.',
      ],
    },
  },
  {
    slug: 'legal-labour-migration',
    order: 5,
    title: {
      en: 'Legal migration with a special emphasis on labour migration',
      ru: 'Легальная миграция с особым акцентом на трудовую миграцию',
    },
    summary: {
      en: 'Legal channels of migration, and labour migration in particular, and how states manage them.',
      ru: 'Легальные каналы миграции, прежде всего трудовой, и управление ими со стороны государств.',
    },
    body: {
      en: [
        'This area covers the legal channels through which people move between countries, with a special emphasis on labour migration: the rules on admission and residence, and the co-operation between states that allows migration for work to take place in an orderly way.',
        'Legal migration with a special emphasis on labour migration is one of the six thematic areas of the Prague Process Action Plan. The dialogue of the Process, the analyses of the Migration Observatory and the trainings of the Training Academy are organised along these six areas.',
      ],
      ru: [
        'Это направление охватывает легальные каналы перемещения людей между странами с особым акцентом на трудовую миграцию: правила въезда и пребывания, а также сотрудничество государств, благодаря которому трудовая миграция может осуществляться упорядоченно.',
        'Легальная миграция с особым акцентом на трудовую миграцию — одно из шести тематических направлений Плана действий Пражского процесса. Диалог в рамках Процесса, аналитическая работа Миграционной обсерватории и тренинги Учебной академии выстроены в соответствии с этими шестью направлениями.',
      ],
    },
  },
  {
    slug: 'asylum-international-protection',
    order: 6,
    title: {
      en: 'Asylum and international protection',
      ru: 'Убежище и международная защита',
    },
    summary: {
      en: 'Asylum systems and the international protection of refugees and other persons in need of protection.',
      ru: 'Системы предоставления убежища и международная защита беженцев и других лиц, нуждающихся в защите.',
    },
    body: {
      en: [
        'This area covers the asylum systems of the participating states and the international protection of refugees and other persons in need of protection, including the procedures through which protection is granted.',
        'Asylum and international protection is one of the six thematic areas of the Prague Process Action Plan. The dialogue of the Process, the analyses of the Migration Observatory and the trainings of the Training Academy are organised along these six areas.',
        'In line with the Prague Process Joint Declaration, the work respects the rights and human dignity of refugees as well as of migrants and their family members.',
      ],
      ru: [
        'Это направление охватывает системы предоставления убежища в государствах-участниках и международную защиту беженцев и других лиц, нуждающихся в защите, в том числе процедуры, в рамках которых такая защита предоставляется.',
        'Убежище и международная защита — одно из шести тематических направлений Плана действий Пражского процесса. Диалог в рамках Процесса, аналитическая работа Миграционной обсерватории и тренинги Учебной академии выстроены в соответствии с этими шестью направлениями.',
        'В соответствии с Совместной декларацией Пражского процесса работа ведётся с уважением прав и человеческого достоинства беженцев, а также мигрантов и членов их семей.',
      ],
    },
  },
]
