import type { SeedNews } from '../types'

/** Short news items, each restating a fact from the seed. seed() assigns the dates. */
export const news: SeedNews[] = [
  {
    slug: 'training-academy-launches-e-learning-platform',
    title: {
      en: 'Training Academy launches its E-learning Platform',
      ru: 'Учебная академия запустила платформу электронного обучения',
    },
    excerpt: {
      en: 'In 2021, the Prague Process Training Academy launched an E-learning Platform for self-paced, independent remote learning.',
      ru: 'В 2021 году Учебная академия Пражского процесса запустила платформу электронного обучения для самостоятельного дистанционного обучения в удобном темпе.',
    },
    body: {
      en: [
        'In 2021, the Prague Process Training Academy launched its E-learning Platform. The platform is meant to serve the Prague Process states and partners with educational material for self-paced, independent remote learning.',
        'The E-learning Platform complements the tailor-made, targeted trainings that the Academy provides to state representatives working in the areas of migration and asylum, in line with the six thematic areas of the Prague Process Action Plan.',
      ],
      ru: [
        'В 2021 году Учебная академия Пражского процесса запустила платформу электронного обучения. Платформа призвана обеспечивать государства и партнёров Пражского процесса учебными материалами для самостоятельного дистанционного обучения в удобном темпе.',
        'Платформа электронного обучения дополняет целевые тренинги, которые Академия проводит с учётом потребностей представителей государственных органов, работающих в сфере миграции и убежища, в соответствии с шестью тематическими направлениями Плана действий Пражского процесса.',
      ],
    },
  },
  {
    slug: 'migration-observatory-online-repository',
    title: {
      en: 'Migration Observatory publishes analyses in English and Russian',
      ru: 'Миграционная обсерватория публикует аналитические материалы на английском и русском языках',
    },
    excerpt: {
      en: 'Analytical publications of the Migration Observatory, prepared by academic researchers and state experts, are available in the Online Repository.',
      ru: 'Аналитические публикации Миграционной обсерватории, подготовленные представителями академического сообщества и государственными экспертами, размещаются в Онлайн-репозитории.',
    },
    body: {
      en: [
        'The Prague Process Migration Observatory aims to provide impartial, evidence-based analysis from across the Prague Process region, in line with the six thematic areas of the Prague Process Action Plan.',
        'The Observatory engages academic researchers and state experts, who produce analytical publications in Russian and English. These publications are made available in the Online Repository. Beyond publications, the Observatory gives state representatives from the region an opportunity to exchange in meetings, workshops, study visits and expert missions.',
      ],
      ru: [
        'Миграционная обсерватория Пражского процесса стремится предоставлять беспристрастную аналитику, основанную на фактических данных, по всему региону Пражского процесса и в соответствии с шестью тематическими направлениями Плана действий Пражского процесса.',
        'К работе Обсерватории привлекаются представители академического сообщества и государственные эксперты, которые готовят аналитические публикации на русском и английском языках. Эти публикации размещаются в Онлайн-репозитории. Помимо публикаций, Обсерватория даёт представителям государственных органов из региона возможность обмениваться опытом в ходе встреч, семинаров, ознакомительных визитов и экспертных миссий.',
      ],
    },
    // Analysis from across the region: the map of the participating states.
    image: 'region-map',
  },
  {
    slug: 'training-academy-trainers-and-materials',
    title: {
      en: 'Training Academy: a network of trainers and a library of materials',
      ru: 'Учебная академия: сеть тренеров и библиотека материалов',
    },
    excerpt: {
      en: 'The Training Academy relies on a growing network of state and non-state trainers from the region and a library of training materials in Russian and English.',
      ru: 'Учебная академия опирается на растущую сеть государственных и негосударственных тренеров из региона и библиотеку учебных материалов на русском и английском языках.',
    },
    body: {
      en: [
        'The Prague Process Training Academy provides different training opportunities to state representatives of the Prague Process working in the areas of migration and asylum.',
        'The Academy features a continuously expanding network of state and non-state trainers from the region, as well as a growing library of training materials in Russian and English that are used during the trainings.',
      ],
      ru: [
        'Учебная академия Пражского процесса предоставляет представителям государств — участников Пражского процесса, работающим в сфере миграции и убежища, различные возможности для обучения.',
        'Академия располагает постоянно расширяющейся сетью государственных и негосударственных тренеров из региона, а также пополняемой библиотекой учебных материалов на русском и английском языках, которые используются в ходе тренингов.',
      ],
    },
  },
  {
    slug: 'strategic-group-composition',
    title: {
      en: 'Current composition of the Strategic Group',
      ru: 'Нынешний состав Стратегической группы',
    },
    excerpt: {
      en: 'The Strategic Group, the joint management body of the Prague Process, brings together selected states, the Presidency of the Council of the EU, the European Commission and the Secretariat.',
      ru: 'В Стратегическую группу — орган совместного управления Пражским процессом — входят ряд государств-участников, председательство в Совете ЕС, Европейская комиссия и Секретариат.',
    },
    body: {
      en: [
        'The Strategic Group is the joint management body of the Prague Process. It consists of selected states and has a rotating chairmanship.',
        'Its current composition is: the Czech Republic, Hungary, Lithuania, Poland, the Presidency of the Council of the EU, the European Commission and the Prague Process Secretariat (ICMPD).',
      ],
      ru: [
        'Стратегическая группа — орган совместного управления Пражским процессом. В неё входит ряд государств-участников; председательство в группе осуществляется на основе ротации.',
        'В нынешний состав группы входят Чехия, Венгрия, Литва, Польша, председательство в Совете ЕС, Европейская комиссия и Секретариат Пражского процесса (МЦРМП).',
      ],
    },
    countries: ['CZ', 'HU', 'LT', 'PL'],
    image: 'strategic-group-map',
  },
  {
    slug: 'six-thematic-areas-action-plan',
    title: {
      en: 'Six thematic areas guide the work of the Prague Process',
      ru: 'Работа Пражского процесса строится по шести тематическим направлениям',
    },
    excerpt: {
      en: 'The Prague Process Action Plan sets out six thematic areas along which the dialogue, the Migration Observatory and the Training Academy work.',
      ru: 'План действий Пражского процесса определяет шесть тематических направлений, по которым ведутся диалог, работа Миграционной обсерватории и Учебной академии.',
    },
    body: {
      en: [
        'The Prague Process Action Plan sets out six thematic areas: preventing and fighting illegal migration; integration of legally residing migrants; readmission, voluntary return and sustainable reintegration; migration, mobility and development; legal migration with a special emphasis on labour migration; and asylum and international protection.',
        'The analyses of the Migration Observatory and the trainings of the Training Academy are both provided in line with these six thematic areas.',
      ],
      ru: [
        'План действий Пражского процесса определяет шесть тематических направлений: предотвращение незаконной миграции и борьба с ней; интеграция законно проживающих мигрантов; реадмиссия, добровольное возвращение и устойчивая реинтеграция; миграция, мобильность и развитие; легальная миграция с особым акцентом на трудовую миграцию; убежище и международная защита.',
        'Аналитическая работа Миграционной обсерватории и тренинги Учебной академии ведутся в соответствии с этими шестью тематическими направлениями.',
      ],
    },
  },
  {
    slug: 'prague-process-origins-2009',
    title: {
      en: 'How the Prague Process began',
      ru: 'Как начинался Пражский процесс',
    },
    excerpt: {
      en: 'The Prague Process was launched at its 1st Ministerial Conference, which culminated in the signature of the Joint Declaration in April 2009.',
      ru: 'Пражский процесс был запущен на 1-й министерской конференции, завершившейся подписанием Совместной декларации в апреле 2009 года.',
    },
    body: {
      en: [
        'The Prague Process originated from the EU-financed project “Building Migration Partnerships”. It was launched at the 1st Prague Process Ministerial Conference, culminating in the signature of the Prague Process Joint Declaration in April 2009.',
        'In the Joint Declaration, the participating states agreed to strengthen co-operation in migration management, following a comprehensive, balanced, pragmatic and operational approach, and respecting the rights and human dignity of migrants and their family members, as well as of refugees.',
      ],
      ru: [
        'Пражский процесс вырос из финансируемого Европейским союзом проекта «Построение миграционных партнёрств». Он был запущен на 1-й министерской конференции Пражского процесса, завершившейся подписанием Совместной декларации Пражского процесса в апреле 2009 года.',
        'В Совместной декларации государства-участники договорились укреплять сотрудничество в сфере управления миграцией на основе всеобъемлющего, сбалансированного, прагматичного и практико-ориентированного подхода, с уважением прав и человеческого достоинства мигрантов и членов их семей, а также беженцев.',
      ],
    },
    // Launched at the Ministerial Conference in Prague.
    countries: ['CZ'],
    image: 'region-map',
  },
]
