export const myUnitKeys = {
  all: ['my-unit'] as const,
  attention: (unitId: string) => [...myUnitKeys.all, 'attention', unitId] as const,
};
