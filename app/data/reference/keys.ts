// Query keys of the fixed reference data (the six reform areas).
export const referenceKeys = {
  all: ['reference'] as const,
  areas: () => [...referenceKeys.all, 'reform-areas'] as const,
};
