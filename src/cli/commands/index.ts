import type { Command } from 'commander';
import type { CliIO } from '../context.js';

/** A command module adds itself to the program. One file per command in this folder. */
export type RegisterCommand = (program: Command, io: CliIO) => void;

export const commands: RegisterCommand[] = [];
