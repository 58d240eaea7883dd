import * as migration_20261127_210612_initial from './20261127_210612_initial';

export const migrations = [
  {
    up: migration_20261127_210612_initial.up,
    down: migration_20261127_210612_initial.down,
    name: '20261127_210612_initial'
  },
];
