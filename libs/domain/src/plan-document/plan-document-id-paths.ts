/**
 * The paths handed to `newId` when a document is imported. They name a thing by its place in the
 * document (centro code, then position in that centro's list), so that importing the same
 * document under the same command id derives the same ids.
 */
export const planDocumentIdPath = {
  centro: (centroCode: string) => `centro:${centroCode}`,
  activity: (centroCode: string, index: number) => `activity:${centroCode}:${index}`,
  indicator: (centroCode: string, index: number) => `indicator:${centroCode}:${index}`,
  objective: (centroCode: string, index: number) => `objective:${centroCode}:${index}`,
} as const;
