import type { Credit } from '../../src/check/types.js';

/** A writer's credit to a character by name, as the credits stage would hand it on (for attribute tests). */
export function characterCredit(name: string): Credit {
  return {
    kind: 'character',
    name,
    ruleId: 'test',
    span: { start: 0, end: name.length },
    pronoun: null,
    addressee: null,
  };
}
