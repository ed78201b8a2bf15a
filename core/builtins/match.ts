// Runtime support for the match statement (MATCH_* opcodes).

export function installMatchHooks(): void {}
