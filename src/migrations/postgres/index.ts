import * as migration_20261127_210621_initial from './20261127_210621_initial';

export const migrations = [
  {
    up: migration_20261127_210621_initial.up,
    down: migration_20261127_210621_initial.down,
    name: '20261127_210621_initial'
  },
];
