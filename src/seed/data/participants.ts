import type { SeedParticipant } from '../types'

/** The 50 participating states, 5 EU bodies and 4 partner organisations listed in the seed. */
export const participants: SeedParticipant[] = [
  // Participating states
  {
    slug: 'albania',
    kind: 'state',
    isoCode: 'AL',
    name: {
      en: 'Albania',
      ru: 'Албания',
    },
    groups: ['western-balkans'],
    summary: {
      en: 'Albania takes part in the Prague Process as a participating state.',
      ru: 'Албания участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'armenia',
    kind: 'state',
    isoCode: 'AM',
    name: {
      en: 'Armenia',
      ru: 'Армения',
    },
    groups: ['eastern-partnership'],
    summary: {
      en: 'Armenia takes part in the Prague Process as a participating state.',
      ru: 'Армения участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'austria',
    kind: 'state',
    isoCode: 'AT',
    name: {
      en: 'Austria',
      ru: 'Австрия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Austria takes part in the Prague Process as a participating state.',
      ru: 'Австрия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'azerbaijan',
    kind: 'state',
    isoCode: 'AZ',
    name: {
      en: 'Azerbaijan',
      ru: 'Азербайджан',
    },
    groups: ['eastern-partnership'],
    summary: {
      en: 'Azerbaijan takes part in the Prague Process as a participating state.',
      ru: 'Азербайджан участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'belarus',
    kind: 'state',
    isoCode: 'BY',
    name: {
      en: 'Belarus',
      ru: 'Беларусь',
    },
    groups: ['eastern-partnership'],
    summary: {
      en: 'Belarus takes part in the Prague Process as a participating state.',
      ru: 'Беларусь участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'belgium',
    kind: 'state',
    isoCode: 'BE',
    name: {
      en: 'Belgium',
      ru: 'Бельгия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Belgium takes part in the Prague Process as a participating state.',
      ru: 'Бельгия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'bosnia-and-herzegovina',
    kind: 'state',
    isoCode: 'BA',
    name: {
      en: 'Bosnia and Herzegovina',
      ru: 'Босния и Герцеговина',
    },
    groups: ['western-balkans'],
    summary: {
      en: 'Bosnia and Herzegovina takes part in the Prague Process as a participating state.',
      ru: 'Босния и Герцеговина участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'bulgaria',
    kind: 'state',
    isoCode: 'BG',
    name: {
      en: 'Bulgaria',
      ru: 'Болгария',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Bulgaria takes part in the Prague Process as a participating state.',
      ru: 'Болгария участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'croatia',
    kind: 'state',
    isoCode: 'HR',
    name: {
      en: 'Croatia',
      ru: 'Хорватия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Croatia takes part in the Prague Process as a participating state.',
      ru: 'Хорватия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'cyprus',
    kind: 'state',
    isoCode: 'CY',
    name: {
      en: 'Cyprus',
      ru: 'Кипр',
    },
    groups: ['eu'],
    summary: {
      en: 'Cyprus takes part in the Prague Process as a participating state.',
      ru: 'Кипр участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'czech-republic',
    kind: 'state',
    isoCode: 'CZ',
    name: {
      en: 'Czech Republic',
      ru: 'Чехия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'The Czech Republic takes part in the Prague Process as a participating state and is a member of the Strategic Group.',
      ru: 'Чехия участвует в Пражском процессе как государство-участник и входит в Стратегическую группу.',
    },
    // A demo entry: the institution only; no person's name or address is made up.
    contactPoints: [
      {
        institution: {
          en: 'Ministry of the Interior of the Czech Republic, Department for Asylum and Migration Policy',
          ru: 'Министерство внутренних дел Чешской Республики, Департамент по вопросам убежища и миграционной политики',
        },
      },
    ],
  },
  {
    slug: 'denmark',
    kind: 'state',
    isoCode: 'DK',
    name: {
      en: 'Denmark',
      ru: 'Дания',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Denmark takes part in the Prague Process as a participating state.',
      ru: 'Дания участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'estonia',
    kind: 'state',
    isoCode: 'EE',
    name: {
      en: 'Estonia',
      ru: 'Эстония',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Estonia takes part in the Prague Process as a participating state.',
      ru: 'Эстония участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'finland',
    kind: 'state',
    isoCode: 'FI',
    name: {
      en: 'Finland',
      ru: 'Финляндия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Finland takes part in the Prague Process as a participating state.',
      ru: 'Финляндия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'france',
    kind: 'state',
    isoCode: 'FR',
    name: {
      en: 'France',
      ru: 'Франция',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'France takes part in the Prague Process as a participating state.',
      ru: 'Франция участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'georgia',
    kind: 'state',
    isoCode: 'GE',
    name: {
      en: 'Georgia',
      ru: 'Грузия',
    },
    groups: ['eastern-partnership'],
    summary: {
      en: 'Georgia takes part in the Prague Process as a participating state.',
      ru: 'Грузия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'germany',
    kind: 'state',
    isoCode: 'DE',
    name: {
      en: 'Germany',
      ru: 'Германия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Germany takes part in the Prague Process as a participating state.',
      ru: 'Германия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'greece',
    kind: 'state',
    isoCode: 'GR',
    name: {
      en: 'Greece',
      ru: 'Греция',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Greece takes part in the Prague Process as a participating state.',
      ru: 'Греция участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'hungary',
    kind: 'state',
    isoCode: 'HU',
    name: {
      en: 'Hungary',
      ru: 'Венгрия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Hungary takes part in the Prague Process as a participating state and is a member of the Strategic Group.',
      ru: 'Венгрия участвует в Пражском процессе как государство-участник и входит в Стратегическую группу.',
    },
  },
  {
    slug: 'ireland',
    kind: 'state',
    isoCode: 'IE',
    name: {
      en: 'Ireland',
      ru: 'Ирландия',
    },
    groups: ['eu'],
    summary: {
      en: 'Ireland takes part in the Prague Process as a participating state.',
      ru: 'Ирландия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'italy',
    kind: 'state',
    isoCode: 'IT',
    name: {
      en: 'Italy',
      ru: 'Италия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Italy takes part in the Prague Process as a participating state.',
      ru: 'Италия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'kazakhstan',
    kind: 'state',
    isoCode: 'KZ',
    name: {
      en: 'Kazakhstan',
      ru: 'Казахстан',
    },
    groups: ['central-asia'],
    summary: {
      en: 'Kazakhstan takes part in the Prague Process as a participating state.',
      ru: 'Казахстан участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'kosovo',
    kind: 'state',
    isoCode: 'XK',
    name: {
      en: 'Kosovo',
      ru: 'Косово',
    },
    groups: ['western-balkans'],
    footnote: {
      en: 'This designation is without prejudice to positions on status and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.',
      ru: 'Данное обозначение не затрагивает позиций в отношении статуса и соответствует резолюции 1244/1999 Совета Безопасности ООН и консультативному заключению Международного суда ООН о провозглашении независимости Косово.',
    },
    summary: {
      en: 'Kosovo takes part in the Prague Process as a participant.',
      ru: 'Косово участвует в Пражском процессе в качестве участника.',
    },
  },
  {
    slug: 'kyrgyzstan',
    kind: 'state',
    isoCode: 'KG',
    name: {
      en: 'Kyrgyzstan',
      ru: 'Кыргызстан',
    },
    groups: ['central-asia'],
    summary: {
      en: 'Kyrgyzstan takes part in the Prague Process as a participating state.',
      ru: 'Кыргызстан участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'latvia',
    kind: 'state',
    isoCode: 'LV',
    name: {
      en: 'Latvia',
      ru: 'Латвия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Latvia takes part in the Prague Process as a participating state.',
      ru: 'Латвия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'liechtenstein',
    kind: 'state',
    isoCode: 'LI',
    name: {
      en: 'Liechtenstein',
      ru: 'Лихтенштейн',
    },
    groups: ['schengen'],
    summary: {
      en: 'Liechtenstein takes part in the Prague Process as a participating state.',
      ru: 'Лихтенштейн участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'lithuania',
    kind: 'state',
    isoCode: 'LT',
    name: {
      en: 'Lithuania',
      ru: 'Литва',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Lithuania takes part in the Prague Process as a participating state and is a member of the Strategic Group.',
      ru: 'Литва участвует в Пражском процессе как государство-участник и входит в Стратегическую группу.',
    },
  },
  {
    slug: 'luxembourg',
    kind: 'state',
    isoCode: 'LU',
    name: {
      en: 'Luxembourg',
      ru: 'Люксембург',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Luxembourg takes part in the Prague Process as a participating state.',
      ru: 'Люксембург участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'malta',
    kind: 'state',
    isoCode: 'MT',
    name: {
      en: 'Malta',
      ru: 'Мальта',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Malta takes part in the Prague Process as a participating state.',
      ru: 'Мальта участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'moldova',
    kind: 'state',
    isoCode: 'MD',
    name: {
      en: 'Moldova',
      ru: 'Молдова',
    },
    groups: ['eastern-partnership'],
    summary: {
      en: 'Moldova takes part in the Prague Process as a participating state.',
      ru: 'Молдова участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'montenegro',
    kind: 'state',
    isoCode: 'ME',
    name: {
      en: 'Montenegro',
      ru: 'Черногория',
    },
    groups: ['western-balkans'],
    summary: {
      en: 'Montenegro takes part in the Prague Process as a participating state.',
      ru: 'Черногория участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'netherlands',
    kind: 'state',
    isoCode: 'NL',
    name: {
      en: 'Netherlands',
      ru: 'Нидерланды',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'The Netherlands takes part in the Prague Process as a participating state.',
      ru: 'Нидерланды участвуют в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'north-macedonia',
    kind: 'state',
    isoCode: 'MK',
    name: {
      en: 'North Macedonia',
      ru: 'Северная Македония',
    },
    groups: ['western-balkans'],
    summary: {
      en: 'North Macedonia takes part in the Prague Process as a participating state.',
      ru: 'Северная Македония участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'norway',
    kind: 'state',
    isoCode: 'NO',
    name: {
      en: 'Norway',
      ru: 'Норвегия',
    },
    groups: ['schengen'],
    summary: {
      en: 'Norway takes part in the Prague Process as a participating state.',
      ru: 'Норвегия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'poland',
    kind: 'state',
    isoCode: 'PL',
    name: {
      en: 'Poland',
      ru: 'Польша',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Poland takes part in the Prague Process as a participating state and is a member of the Strategic Group.',
      ru: 'Польша участвует в Пражском процессе как государство-участник и входит в Стратегическую группу.',
    },
  },
  {
    slug: 'portugal',
    kind: 'state',
    isoCode: 'PT',
    name: {
      en: 'Portugal',
      ru: 'Португалия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Portugal takes part in the Prague Process as a participating state.',
      ru: 'Португалия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'romania',
    kind: 'state',
    isoCode: 'RO',
    name: {
      en: 'Romania',
      ru: 'Румыния',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Romania takes part in the Prague Process as a participating state.',
      ru: 'Румыния участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'russian-federation',
    kind: 'state',
    isoCode: 'RU',
    name: {
      en: 'Russian Federation',
      ru: 'Российская Федерация',
    },
    groups: ['russia'],
    summary: {
      en: 'The Russian Federation takes part in the Prague Process as a participating state.',
      ru: 'Российская Федерация участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'serbia',
    kind: 'state',
    isoCode: 'RS',
    name: {
      en: 'Serbia',
      ru: 'Сербия',
    },
    groups: ['western-balkans'],
    summary: {
      en: 'Serbia takes part in the Prague Process as a participating state.',
      ru: 'Сербия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'slovakia',
    kind: 'state',
    isoCode: 'SK',
    name: {
      en: 'Slovakia',
      ru: 'Словакия',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Slovakia takes part in the Prague Process as a participating state.',
      ru: 'Словакия участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'slovenia',
    kind: 'state',
    isoCode: 'SI',
    name: {
      en: 'Slovenia',
      ru: 'Словения',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Slovenia takes part in the Prague Process as a participating state.',
      ru: 'Словения участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'spain',
    kind: 'state',
    isoCode: 'ES',
    name: {
      en: 'Spain',
      ru: 'Испания',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Spain takes part in the Prague Process as a participating state.',
      ru: 'Испания участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'sweden',
    kind: 'state',
    isoCode: 'SE',
    name: {
      en: 'Sweden',
      ru: 'Швеция',
    },
    groups: ['eu', 'schengen'],
    summary: {
      en: 'Sweden takes part in the Prague Process as a participating state.',
      ru: 'Швеция участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'switzerland',
    kind: 'state',
    isoCode: 'CH',
    name: {
      en: 'Switzerland',
      ru: 'Швейцария',
    },
    groups: ['schengen'],
    summary: {
      en: 'Switzerland takes part in the Prague Process as a participating state.',
      ru: 'Швейцария участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'tajikistan',
    kind: 'state',
    isoCode: 'TJ',
    name: {
      en: 'Tajikistan',
      ru: 'Таджикистан',
    },
    groups: ['central-asia'],
    summary: {
      en: 'Tajikistan takes part in the Prague Process as a participating state.',
      ru: 'Таджикистан участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'turkey',
    kind: 'state',
    isoCode: 'TR',
    name: {
      en: 'Turkey',
      ru: 'Турция',
    },
    groups: ['turkey'],
    summary: {
      en: 'Turkey takes part in the Prague Process as a participating state.',
      ru: 'Турция участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'turkmenistan',
    kind: 'state',
    isoCode: 'TM',
    name: {
      en: 'Turkmenistan',
      ru: 'Туркменистан',
    },
    groups: ['central-asia'],
    summary: {
      en: 'Turkmenistan takes part in the Prague Process as a participating state.',
      ru: 'Туркменистан участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'ukraine',
    kind: 'state',
    isoCode: 'UA',
    name: {
      en: 'Ukraine',
      ru: 'Украина',
    },
    groups: ['eastern-partnership'],
    summary: {
      en: 'Ukraine takes part in the Prague Process as a participating state.',
      ru: 'Украина участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'united-kingdom',
    kind: 'state',
    isoCode: 'GB',
    name: {
      en: 'United Kingdom',
      ru: 'Великобритания',
    },
    groups: [],
    summary: {
      en: 'The United Kingdom takes part in the Prague Process as a participating state.',
      ru: 'Великобритания участвует в Пражском процессе как государство-участник.',
    },
  },
  {
    slug: 'uzbekistan',
    kind: 'state',
    isoCode: 'UZ',
    name: {
      en: 'Uzbekistan',
      ru: 'Узбекистан',
    },
    groups: ['central-asia'],
    summary: {
      en: 'Uzbekistan takes part in the Prague Process as a participating state.',
      ru: 'Узбекистан участвует в Пражском процессе как государство-участник.',
    },
  },

  // EU bodies
  {
    slug: 'european-commission',
    kind: 'eu-body',
    name: {
      en: 'European Commission',
      ru: 'Европейская комиссия',
    },
    acronym: {
      en: 'EC',
      ru: 'ЕК',
    },
    groups: [],
    summary: {
      en: 'The European Commission takes part in the Prague Process as an EU body and is a member of the Strategic Group.',
      ru: 'Европейская комиссия участвует в Пражском процессе как орган ЕС и входит в Стратегическую группу.',
    },
  },
  {
    slug: 'european-training-foundation',
    kind: 'eu-body',
    name: {
      en: 'European Training Foundation',
      ru: 'Европейский фонд образования',
    },
    acronym: {
      en: 'ETF',
      ru: 'ЕФО',
    },
    groups: [],
    summary: {
      en: 'The European Training Foundation takes part in the Prague Process as an EU body.',
      ru: 'Европейский фонд образования участвует в Пражском процессе как орган ЕС.',
    },
  },
  {
    slug: 'frontex',
    kind: 'eu-body',
    name: {
      en: 'European Border and Coast Guard Agency',
      ru: 'Европейское агентство пограничной и береговой охраны',
    },
    acronym: {
      en: 'Frontex',
      ru: 'Фронтекс',
    },
    groups: [],
    summary: {
      en: 'Frontex, the European Border and Coast Guard Agency, takes part in the Prague Process as an EU body.',
      ru: 'Фронтекс — Европейское агентство пограничной и береговой охраны — участвует в Пражском процессе как орган ЕС.',
    },
  },
  {
    slug: 'easo',
    kind: 'eu-body',
    name: {
      en: 'European Asylum Support Office',
      ru: 'Европейское бюро поддержки в сфере убежища',
    },
    acronym: {
      en: 'EASO',
      ru: 'EASO',
    },
    groups: [],
    summary: {
      en: 'The European Asylum Support Office takes part in the Prague Process as an EU body.',
      ru: 'Европейское бюро поддержки в сфере убежища участвует в Пражском процессе как орган ЕС.',
    },
  },
  {
    slug: 'eeas',
    kind: 'eu-body',
    name: {
      en: 'European External Action Service',
      ru: 'Европейская служба внешних действий',
    },
    acronym: {
      en: 'EEAS',
      ru: 'ЕСВД',
    },
    groups: [],
    summary: {
      en: 'The European External Action Service takes part in the Prague Process as an EU body.',
      ru: 'Европейская служба внешних действий участвует в Пражском процессе как орган ЕС.',
    },
  },

  // Partner organisations
  {
    slug: 'icmpd',
    kind: 'organisation',
    name: {
      en: 'International Centre for Migration Policy Development',
      ru: 'Международный центр по развитию миграционной политики',
    },
    acronym: {
      en: 'ICMPD',
      ru: 'МЦРМП',
    },
    groups: [],
    summary: {
      en: 'ICMPD takes part in the Prague Process as a partner organisation, acts as the Prague Process Secretariat and is a member of the Strategic Group.',
      ru: 'МЦРМП участвует в Пражском процессе как организация-партнёр, выполняет функции Секретариата Пражского процесса и входит в Стратегическую группу.',
    },
  },
  {
    slug: 'iom',
    kind: 'organisation',
    name: {
      en: 'International Organization for Migration',
      ru: 'Международная организация по миграции',
    },
    acronym: {
      en: 'IOM',
      ru: 'МОМ',
    },
    groups: [],
    summary: {
      en: 'IOM takes part in the Prague Process as a partner organisation.',
      ru: 'МОМ участвует в Пражском процессе как организация-партнёр.',
    },
  },
  {
    slug: 'marri',
    kind: 'organisation',
    name: {
      en: 'Migration, Asylum, Refugees Regional Initiative',
      ru: 'Региональная инициатива по миграции, убежищу и беженцам',
    },
    acronym: {
      en: 'MARRI',
      ru: 'MARRI',
    },
    groups: [],
    summary: {
      en: 'MARRI takes part in the Prague Process as a partner organisation.',
      ru: 'MARRI участвует в Пражском процессе как организация-партнёр.',
    },
  },
  {
    slug: 'unhcr',
    kind: 'organisation',
    name: {
      en: 'Office of the United Nations High Commissioner for Refugees',
      ru: 'Управление Верховного комиссара Организации Объединённых Наций по делам беженцев',
    },
    acronym: {
      en: 'UNHCR',
      ru: 'УВКБ ООН',
    },
    groups: [],
    summary: {
      en: 'UNHCR takes part in the Prague Process as a partner organisation.',
      ru: 'УВКБ ООН участвует в Пражском процессе как организация-партнёр.',
    },
  },
]
