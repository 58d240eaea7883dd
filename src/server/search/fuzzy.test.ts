import { describe, expect, it } from 'vitest'
import { allowedEdits, buildTermDictionary, editDistance, nearTerms } from './fuzzy'

describe('typo tolerance', () => {
  it('allows no edit below five letters, one up to seven, two from eight', () => {
    expect([4, 5, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2])
  })

  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('kyrgyzstan', 'kyrgystan', 2)).toBe(1)
    expect(editDistance('migrat', 'mirgat', 1)).toBe(1)
    expect(editDistance('reintegat', 'reintegr', 2)).toBe(2)
    expect(editDistance('asylum', 'border', 1)).toBe(2)
  })

  it('finds the nearest index terms in the same script, nearest first', () => {
    const dictionary = buildTermDictionary(['reintegr', 'reintegrat', 'integr', 'return', 'реинтеграц', '~country:KG', 'kyrgyzstan'])
    expect(nearTerms(dictionary, 'reintegat')).toEqual(['reintegrat', 'reintegr'])
    expect(nearTerms(dictionary, 'kyrgystan')).toEqual(['kyrgyzstan'])
    expect(nearTerms(dictionary, 'реинтеграз')).toEqual(['реинтеграц'])
    // Short stems are not corrected, and pseudo-terms are never suggested.
    expect(nearTerms(dictionary, 'retur')).toEqual(['return'])
    expect(nearTerms(dictionary, 'ret')).toEqual([])
    expect(nearTerms(buildTermDictionary(['~country:KG']), '~country:KZ')).toEqual([])
  })
})
