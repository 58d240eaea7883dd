/**
 * Places a reader may name in a query, in English and Russian: the 50 participating states,
 * the regions the Prague Process works with, and frequent places of the Observatory's work
 * outside it. Each place lists its names, the forms the stemmer does not bring together
 * (Беларусь / Беларуси, Киргизия / Кыргызстан) and its demonyms and adjectives
 * (Ukrainian, украинцы, украинский), and the ISO 3166-1 codes items are tagged with (XK for
 * Kosovo). A place in a query matches an item tagged with one of its codes, or an item
 * that names it in any of these words, in either language (thesaurus.ts).
 */
export type TPlace = { codes: string[]; names: string[] }

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']
const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ']
const WESTERN_BALKANS = ['AL', 'BA', 'ME', 'MK', 'RS', 'XK']
const SOUTH_CAUCASUS = ['AM', 'AZ', 'GE']
const EASTERN_PARTNERSHIP = ['AM', 'AZ', 'BY', 'GE', 'MD', 'UA']

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean)
const place = (codes: string[] | string, names: string): TPlace => ({ codes: typeof codes === 'string' ? [codes] : codes, names: list(names) })

export const places: TPlace[] = [
  // European Union member states
  place('AT', 'Austria, Austrian, Австрия, Австрии, австриец, австрийцы, австрийский'),
  place('BE', 'Belgium, Belgian, Бельгия, Бельгии, бельгиец, бельгийцы, бельгийский'),
  place('BG', 'Bulgaria, Bulgarian, Болгария, Болгарии, болгары, болгарский'),
  place('HR', 'Croatia, Croatian, Croat, Хорватия, Хорватии, хорваты, хорватский'),
  place('CY', 'Cyprus, Cypriot, Кипр, Кипра, Кипре, киприоты, кипрский'),
  place('CZ', 'Czechia, Czech Republic, Czech, Чехия, Чехии, Чешская Республика, чехи, чешский'),
  place('DK', 'Denmark, Danish, Dane, Дания, Дании, датчане, датский'),
  place('EE', 'Estonia, Estonian, Эстония, Эстонии, эстонцы, эстонский'),
  place('FI', 'Finland, Finnish, Finn, Финляндия, Финляндии, финны, финский'),
  place('FR', 'France, French, Франция, Франции, французы, французский'),
  place('DE', 'Germany, German, Германия, Германии, немцы, немецкий, германский'),
  place('GR', 'Greece, Greek, Греция, Греции, греки, греческий'),
  place('HU', 'Hungary, Hungarian, Венгрия, Венгрии, венгры, венгерский'),
  place('IE', 'Ireland, Irish, Ирландия, Ирландии, ирландцы, ирландский'),
  place('IT', 'Italy, Italian, Италия, Италии, итальянцы, итальянский'),
  place('LV', 'Latvia, Latvian, Латвия, Латвии, латыши, латвийский'),
  place('LT', 'Lithuania, Lithuanian, Литва, Литвы, Литве, литовцы, литовский'),
  place('LU', 'Luxembourg, Luxembourgish, Люксембург, Люксембурга, Люксембурге, люксембургский'),
  place('MT', 'Malta, Maltese, Мальта, Мальты, Мальте, мальтийский'),
  place('NL', 'Netherlands, Dutch, Holland, Нидерланды, Нидерландов, Нидерландах, Голландия, нидерландский, голландский'),
  place('PL', 'Poland, Polish, Pole, Польша, Польши, Польше, поляки, польский'),
  place('PT', 'Portugal, Portuguese, Португалия, Португалии, португальцы, португальский'),
  place('RO', 'Romania, Romanian, Румыния, Румынии, румыны, румынский'),
  place('SK', 'Slovakia, Slovak, Словакия, Словакии, словаки, словацкий'),
  place('SI', 'Slovenia, Slovenian, Slovene, Словения, Словении, словенцы, словенский'),
  place('ES', 'Spain, Spanish, Испания, Испании, испанцы, испанский'),
  place('SE', 'Sweden, Swedish, Swede, Швеция, Швеции, шведы, шведский'),
  // Schengen states outside the EU
  place('IS', 'Iceland, Icelandic, Исландия, Исландии, исландцы, исландский'),
  place('LI', 'Liechtenstein, Лихтенштейн, Лихтенштейна, Лихтенштейне, лихтенштейнский'),
  place('NO', 'Norway, Norwegian, Норвегия, Норвегии, норвежцы, норвежский'),
  place('CH', 'Switzerland, Swiss, Швейцария, Швейцарии, швейцарцы, швейцарский'),
  // Eastern Partnership
  place('AM', 'Armenia, Armenian, Армения, Армении, армяне, армянский'),
  place('AZ', 'Azerbaijan, Azerbaijani, Azeri, Азербайджан, Азербайджана, Азербайджане, азербайджанцы, азербайджанский'),
  place('BY', 'Belarus, Belarusian, Byelorussia, Беларусь, Беларуси, Белоруссия, Белоруссии, белорусы, белорусский, беларусский'),
  place('GE', 'Georgia, Georgian, Грузия, Грузии, грузины, грузинский'),
  place('MD', 'Moldova, Moldovan, Republic of Moldova, Молдова, Молдовы, Молдове, Молдавия, Молдавии, молдаване, молдавский, молдовский'),
  place('UA', 'Ukraine, Ukrainian, Украина, Украины, Украине, украинцы, украинец, украинский, украинка'),
  // Western Balkans
  place('AL', 'Albania, Albanian, Албания, Албании, албанцы, албанский'),
  place('BA', 'Bosnia and Herzegovina, Bosnia, Bosnian, Herzegovina, Босния и Герцеговина, Боснии и Герцеговине, Босния, Боснии, боснийцы, боснийский'),
  place('ME', 'Montenegro, Montenegrin, Черногория, Черногории, черногорцы, черногорский'),
  place('MK', 'North Macedonia, Macedonia, Macedonian, Северная Македония, Северной Македонии, Македония, Македонии, македонцы, македонский'),
  place('RS', 'Serbia, Serbian, Serb, Сербия, Сербии, сербы, сербский'),
  place('XK', 'Kosovo, Kosovar, Косово, косовары, косовский'),
  // Central Asia
  place('KZ', 'Kazakhstan, Kazakh, Kazakhstani, Казахстан, Казахстана, Казахстане, казахи, казахстанцы, казахский, казахстанский'),
  place('KG', 'Kyrgyzstan, Kyrgyz Republic, Kyrgyz, Kirghizia, Кыргызстан, Кыргызстана, Кыргызстане, Киргизия, Киргизии, Кыргызская Республика, кыргызы, киргизы, кыргызский, киргизский, кыргызстанский'),
  place('TJ', 'Tajikistan, Tajik, Tadjik, Таджикистан, Таджикистана, Таджикистане, таджики, таджикский, таджикистанский'),
  place('TM', 'Turkmenistan, Turkmen, Туркменистан, Туркменистана, Туркмения, Туркмении, туркмены, туркменский'),
  place('UZ', 'Uzbekistan, Uzbek, Узбекистан, Узбекистана, Узбекистане, узбеки, узбекский, узбекистанский'),
  // Russia and Türkiye
  place('RU', 'Russia, Russian Federation, Russian, Россия, России, Российская Федерация, россияне, россиян, россиянин, российский'),
  place('TR', 'Turkey, Türkiye, Turkiye, Turkish, Turk, Турция, Турции, турки, турецкий'),
  // Places within participating states that the Observatory writes about
  place('RU', 'Chechnya, Chechen, Чечня, Чечни, Чечне, чеченцы, чеченец, чеченский'),
  place(['RU', 'GE', 'AZ', 'AM'], 'North Caucasus, Caucasus, Caucasian, Кавказ, Кавказа, Кавказе, кавказский, Северный Кавказ'),
  // Regions
  place(EU, 'European Union, EU, ЕС, Евросоюз, Евросоюза, Европейский союз, Европейского союза'),
  place([...EU, 'IS', 'LI', 'NO', 'CH'], 'Schengen, Schengen Area, Шенген, Шенгенская зона, шенгенский'),
  place(CENTRAL_ASIA, 'Central Asia, Central Asian, Центральная Азия, Центральной Азии, центральноазиатский, Средняя Азия, Средней Азии, среднеазиатский'),
  place(WESTERN_BALKANS, 'Western Balkans, Balkans, Balkan, Западные Балканы, Западных Балкан, Западных Балканах, Балканы, Балкан, балканский'),
  place(SOUTH_CAUCASUS, 'South Caucasus, Southern Caucasus, Южный Кавказ, Южного Кавказа, Закавказье, Закавказья, южнокавказский'),
  place(EASTERN_PARTNERSHIP, 'Eastern Partnership, Восточное партнёрство, Восточного партнёрства, Восточном партнёрстве'),
  place([...EASTERN_PARTNERSHIP, 'RU'], 'Eastern Europe, Восточная Европа, Восточной Европы, Восточной Европе, восточноевропейский'),
  place([...WESTERN_BALKANS, 'TR'], 'South-Eastern Europe, Southeastern Europe, Юго-Восточная Европа, Юго-Восточной Европы, Юго-Восточной Европе'),
  // Frequent places of the Observatory's work outside the Process
  place('AF', 'Afghanistan, Afghan, Афганистан, Афганистана, Афганистане, афганцы, афганский'),
  place('SY', 'Syria, Syrian, Сирия, Сирии, сирийцы, сирийский'),
  place('IQ', 'Iraq, Iraqi, Ирак, Ирака, Ираке, иракцы, иракский'),
  place('IR', 'Iran, Iranian, Иран, Ирана, Иране, иранцы, иранский'),
  place('PK', 'Pakistan, Pakistani, Пакистан, Пакистана, Пакистане, пакистанцы, пакистанский'),
  place('BD', 'Bangladesh, Bangladeshi, Бангладеш, бангладешский'),
  place('IN', 'India, Indian, Индия, Индии, индийцы, индийский'),
  place('CN', 'China, Chinese, Китай, Китая, Китае, китайцы, китайский'),
  place('NG', 'Nigeria, Nigerian, Нигерия, Нигерии, нигерийцы, нигерийский'),
]
