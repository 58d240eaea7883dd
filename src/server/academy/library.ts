/** The repository's types that make up the Training Academy's library (publication-type slugs). */
export const trainingLibraryTypes = ['handbook', 'training-material'] as const
