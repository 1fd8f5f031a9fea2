// The home visit form (src/client/features/visit). Vietnamese is the source.
export const vi = {
  'visit.title': 'Thăm hộ',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'visit.title': 'Home visit',
};
