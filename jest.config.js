/** Test tiers live in the file name: *.unit.spec.ts (pure), *.int.spec.ts (real SQLite/Redis), *.e2e.spec.ts (real HTTP). */
module.exports = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/bench'],
  testRegex: '.*\\.spec\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@ciclo/domain(|/.*)$': '<rootDir>/libs/domain/src$1',
    '^@ciclo/event-store(|/.*)$': '<rootDir>/libs/event-store/src$1',
    '^@ciclo/projections(|/.*)$': '<rootDir>/libs/projections/src$1',
  },
  testTimeout: 30000,
};
