// Messages for this area of shared code; vi is the source, en must have the same keys.
export const vi = {} as const;

export const en: Record<keyof typeof vi, string> = {};
