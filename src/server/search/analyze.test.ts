import { describe, expect, it } from 'vitest'
import { analyze, ANALYZER_VERSION, isStopword, languageOf, MAX_TOKEN_LENGTH, normalize, stemToken, tokenize, tokenSpans } from './analyze'

const terms = (text: string) => analyze(text).map((t) => t.term)

describe('normalize', () => {
  it('lower-cases, folds ё to е and keeps letters and digits of any script', () => {
    expect(normalize('Ёлка, ЁЖ и Migration-2024!')).toBe('елка еж и migration 2024')
    expect(normalize('移民 政策 😀')).toBe('移民 政策')
  })

  it('removes soft hyphens and zero-width characters and applies NFKC', () => {
    expect(normalize('ми\u00ADгра\u200Bнты')).toBe('мигранты')
    expect(normalize('ＭＩＧＲＡＮＴ ﬁnance')).toBe('migrant finance')
    // й and ё written with combining marks
    expect(normalize('и\u0306 е\u0308')).toBe('й е')
  })

  it('returns an empty string for empty or punctuation-only text', () => {
    expect(normalize('')).toBe('')
    expect(normalize('!?…—"«»;')).toBe('')
  })
})

describe('tokenize', () => {
  it('splits on whitespace and punctuation and counts every token', () => {
    expect(tokenize('Trafficking in human beings.')).toEqual([
      { token: 'trafficking', position: 0 },
      { token: 'in', position: 1 },
      { token: 'human', position: 2 },
      { token: 'beings', position: 3 },
    ])
  })

  it('splits hyphenated words into consecutive tokens', () => {
    expect(tokenize('counter-trafficking Кыргызстан-Россия')).toEqual([
      { token: 'counter', position: 0 },
      { token: 'trafficking', position: 1 },
      { token: 'кыргызстан', position: 2 },
      { token: 'россия', position: 3 },
    ])
  })

  it('keeps inner apostrophes, drops outer ones and unifies ’', () => {
    expect(tokenize("migrant’s 'rights' Côte d'Ivoire").map((t) => t.token)).toEqual(["migrant's", 'rights', 'côte', "d'ivoire"])
  })

  it('drops tokens longer than 40 characters but keeps their position', () => {
    const long = 'x'.repeat(MAX_TOKEN_LENGTH + 1)
    expect(tokenize(`alpha ${long} beta`)).toEqual([
      { token: 'alpha', position: 0 },
      { token: 'beta', position: 2 },
    ])
    expect(tokenize('y'.repeat(MAX_TOKEN_LENGTH))).toHaveLength(1)
  })

  it('handles emoji, Chinese and soft hyphens inside words', () => {
    expect(tokenize('😀🎉')).toEqual([])
    expect(tokenize('移民政策 😀')).toEqual([{ token: '移民政策', position: 0 }])
    expect(tokenize('бе\u00ADжен\u00ADцы')).toEqual([{ token: 'беженцы', position: 0 }])
  })

  it('reports character offsets of the original text', () => {
    const text = 'Hello, мир!'
    const spans = tokenSpans(text)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Hello', 'мир'])
  })
})

describe('stemToken', () => {
  it('Russian: cases and numbers of one noun give one term', () => {
    expect(new Set(['беженцы', 'беженцев', 'беженцам', 'беженцами', 'беженцах'].map(stemToken))).toEqual(new Set(['беженц']))
    expect(new Set(['мигрант', 'мигранты', 'мигрантов', 'мигрантам', 'мигрантами'].map(stemToken))).toEqual(new Set(['мигрант']))
    expect(new Set(['возвращение', 'возвращения', 'возвращению', 'возвращением'].map(stemToken))).toEqual(new Set(['возвращен']))
    expect(new Set(['миграция', 'миграции', 'миграцией', 'миграций'].map(stemToken))).toEqual(new Set(['миграц']))
  })

  it('Russian: the fleeting vowel of -ец is unified (беженец = беженцы)', () => {
    expect(stemToken('беженец')).toBe('беженц')
    expect(stemToken('беженец')).toBe(stemToken('беженцы'))
    expect(new Set(['беженец', 'беженцев', 'беженцы', 'беженцами'].map(stemToken))).toEqual(new Set(['беженц']))
    expect(new Set(['переселенец', 'переселенца', 'переселенцев', 'переселенцы'].map(stemToken))).toEqual(new Set(['переселенц']))
    // Short stems are left alone: отец (4 letters) keeps its е.
    expect(stemToken('отец')).toBe('отец')
  })

  it('Russian: the н Snowball takes for a verb ending stays (Узбекистан = Узбекистана, граждан = граждане)', () => {
    expect(new Set(['Узбекистан', 'Узбекистане', 'Узбекистана', 'Узбекистану'].map(stemToken))).toEqual(new Set(['узбекистан']))
    expect(new Set(['Иран', 'Ирана', 'Иране'].map(stemToken))).toEqual(new Set(['иран']))
    expect(new Set(['граждане', 'граждан', 'гражданам', 'гражданами'].map(stemToken))).toEqual(new Set(['граждан']))
    // and the -анин/-янин singular meets its plural
    expect(new Set(['гражданин', 'гражданина', 'граждане'].map(stemToken))).toEqual(new Set(['граждан']))
    expect(new Set(['россиянин', 'россияне', 'россиян', 'россиянами'].map(stemToken))).toEqual(new Set(['россиян']))
    expect(stemToken('стан')).toBe('стан')
    // words that keep their н anyway are unchanged
    expect(new Set(['страна', 'стран', 'странами'].map(stemToken))).toEqual(new Set(['стран']))
  })

  it('Russian: suppletive plurals and fleeting о meet their singular (ребёнок/дети, человек/люди, рынок/рынка)', () => {
    expect(new Set(['ребёнок', 'ребенка', 'ребенку', 'дети', 'детей', 'детям', 'детьми', 'детях'].map(stemToken))).toEqual(new Set(['ребенк']))
    expect(new Set(['человек', 'человека', 'люди', 'людей', 'людям', 'людьми', 'людях'].map(stemToken))).toEqual(new Set(['человек']))
    expect(new Set(['рынок', 'рынка', 'рынке', 'рынков'].map(stemToken))).toEqual(new Set(['рынк']))
    expect(new Set(['подросток', 'подростки', 'подростков'].map(stemToken))).toEqual(new Set(['подростк']))
    // a kept о is not dropped: поток / потока
    expect(new Set(['поток', 'потока', 'потоки'].map(stemToken))).toEqual(new Set(['поток']))
    // and unrelated words with similar stems stay apart
    expect(stemToken('детский')).not.toBe(stemToken('дети'))
    expect(new Set(['лицо', 'лица', 'лиц', 'лицами'].map(stemToken))).toEqual(new Set(['лиц']))
  })

  it('Russian: feminine person nouns meet the masculine (мигрантка = мигрант, беженка = беженец)', () => {
    expect(new Set(['мигрант', 'мигрантка', 'мигрантки', 'мигранток', 'мигрантов'].map(stemToken))).toEqual(new Set(['мигрант']))
    expect(new Set(['студентка', 'студентов'].map(stemToken))).toEqual(new Set(['студент']))
    expect(new Set(['беженка', 'беженки', 'беженок', 'беженцы'].map(stemToken))).toEqual(new Set(['беженц']))
    expect(new Set(['переселенка', 'переселенцы'].map(stemToken))).toEqual(new Set(['переселенц']))
    // -енка that is no person stays itself
    expect(stemToken('оценка')).toBe('оценк')
    // participles and adjectives of one word meet (трудящийся / трудящихся)
    expect(new Set(['трудящийся', 'трудящиеся', 'трудящихся', 'трудящимися'].map(stemToken)).size).toBe(1)
  })

  it('Russian: nouns in -пись and -русь are not read as reflexive verbs (Беларусь = Беларуси)', () => {
    expect(new Set(['Беларусь', 'Беларуси', 'Беларусью'].map(stemToken))).toEqual(new Set(['беларус']))
    expect(new Set(['перепись', 'переписи', 'переписью'].map(stemToken))).toEqual(new Set(['перепис']))
    // Белоруссия is another name, not a form: the gazetteer links it (gazetteer.ts)
    expect(stemToken('Белоруссия')).toBe(stemToken('Белоруссии'))
    // reflexive verbs still lose -сь
    expect(stemToken('вернулись')).toBe(stemToken('вернулся'))
  })

  it('English: irregular plurals and -sis nouns meet their other forms', () => {
    expect(new Set(['child', 'children', "children's"].map(stemToken))).toEqual(new Set(['child']))
    expect(new Set(['woman', 'women', "women's"].map(stemToken))).toEqual(new Set(['woman']))
    expect(new Set(['man', 'men'].map(stemToken))).toEqual(new Set(['man']))
    expect(new Set(['person', 'persons', 'people', "people's"].map(stemToken))).toEqual(new Set(['person']))
    expect(new Set(['businessmen', 'businessman'].map(stemToken)).size).toBe(1)
    expect(new Set(['analysis', 'analyses', 'analyse', 'analyze', 'analysed'].map(stemToken))).toEqual(new Set(['analyz']))
    expect(new Set(['crisis', 'crises'].map(stemToken)).size).toBe(1)
    expect(new Set(['hypothesis', 'hypotheses'].map(stemToken)).size).toBe(1)
    expect(stemToken('omen')).toBe('omen')
    expect(stemToken('specimen')).toBe('specimen')
    expect(stemToken('thesis')).not.toBe('these')
  })

  it('English: British spellings are stemmed as the American ones', () => {
    const same: [string, string, string][] = [
      ['labour', 'labor', 'labor'],
      ['mobilisation', 'mobilization', 'mobil'],
      ['programme', 'program', 'program'],
      ['programmes', 'programs', 'program'],
      ['analyse', 'analyze', 'analyz'],
      ['analysed', 'analyzed', 'analyz'],
      ['centre', 'center', 'center'],
      ['centres', 'centers', 'center'],
      ['defence', 'defense', 'defens'],
      ['mobilise', 'mobilize', 'mobil'],
      ['labours', 'labors', 'labor'],
    ]
    for (const [british, american, stem] of same) {
      expect([british, stemToken(british)]).toEqual([british, stem])
      expect([american, stemToken(american)]).toEqual([american, stem])
    }
  })

  it('English: a final e is dropped from long stems (refugee/refugees/refuge, returnee/return)', () => {
    expect(new Set(['refugee', 'refugees', 'refuge', 'Refugees'].map(stemToken))).toEqual(new Set(['refug']))
    expect(new Set(['returnee', 'returnees', 'return', 'returned'].map(stemToken))).toEqual(new Set(['return']))
    // Stems shorter than six letters keep their e.
    expect(stemToken('close')).toBe('close')
  })

  it('exports the analyzer version the index is built with', () => {
    expect(Number.isInteger(ANALYZER_VERSION)).toBe(true)
    expect(ANALYZER_VERSION).toBeGreaterThanOrEqual(3)
  })

  it('English: plurals and derivations', () => {
    expect(stemToken('migrants')).toBe('migrant')
    expect(stemToken('migrant')).toBe('migrant')
    expect(stemToken('migration')).toBe('migrat')
    expect(stemToken('migrations')).toBe('migrat')
    expect(['return', 'returns', 'returned', 'returning'].map(stemToken)).toEqual(['return', 'return', 'return', 'return'])
    expect(stemToken('refugees')).toBe(stemToken('refugee'))
    expect(stemToken('countries')).toBe(stemToken('country'))
    expect(stemToken("migrant's")).toBe('migrant')
    // Snowball does not relate agent nouns and process nouns:
    expect(stemToken('migrant')).not.toBe(stemToken('migration'))
  })

  it('normalises before stemming and leaves other scripts and numbers alone', () => {
    expect(stemToken('БЕЖЕНЦЕВ')).toBe('беженц')
    expect(stemToken('Migrants')).toBe('migrant')
    expect(stemToken('移民')).toBe('移民')
    expect(stemToken('2024')).toBe('2024')
    expect(stemToken('')).toBe('')
  })
})

describe('analyze', () => {
  it('drops stopwords, stems, keeps positions of the original tokens', () => {
    expect(analyze('Trafficking in human beings')).toEqual([
      { term: 'traffick', position: 0 },
      { term: 'human', position: 2 },
      { term: 'be', position: 3 },
    ])
    expect(analyze('Помощь мигрантам и беженцам')).toEqual([
      { term: 'помощ', position: 0 },
      { term: 'мигрант', position: 1 },
      { term: 'беженц', position: 3 },
    ])
  })

  it('gives the same terms for inflected forms in both languages', () => {
    expect(terms('возвращения мигрантов')).toEqual(terms('возвращение мигрантам'))
    expect(terms('returning migrants')).toEqual(terms('return migrant'))
  })

  it('is empty for stopwords only, punctuation and emoji', () => {
    expect(analyze('the of and и в на')).toEqual([])
    expect(analyze('!!! ... ;;; 😀')).toEqual([])
    expect(analyze('')).toEqual([])
  })

  it('knows its stopwords', () => {
    expect(isStopword('the')).toBe(true)
    expect(isStopword('и')).toBe(true)
    expect(isStopword('migration')).toBe(false)
    expect(isStopword('being')).toBe(false)
  })
})

describe('languageOf', () => {
  it('decides by majority script', () => {
    expect(languageOf('Миграция и развитие')).toBe('ru')
    expect(languageOf('Migration and development')).toBe('en')
    expect(languageOf('Пражский процесс (Prague Process)')).toBe('ru')
    expect(languageOf('The Prague Process (Пражский процесс) brings together countries')).toBe('en')
    expect(languageOf('12345 !!!')).toBeUndefined()
    expect(languageOf('移民')).toBeUndefined()
    expect(languageOf('')).toBeUndefined()
  })
})
