import type { Command } from 'commander';
import type { CliIO } from '../context.js';
import { registerAdd } from './add.js';
import { registerAnalyze } from './analyze.js';
import { registerCheck } from './check.js';
import { registerCorpus } from './corpus.js';
import { registerFind } from './find.js';
import { registerInfo } from './info.js';
import { registerList } from './list.js';
import { registerRemove } from './remove.js';
import { registerServe } from './serve.js';
import { registerText } from './text.js';

/** A command module adds itself to the program. One file per command in this folder. */
export type RegisterCommand = (program: Command, io: CliIO) => void;

export const commands: RegisterCommand[] = [
  registerAdd,
  registerInfo,
  registerText,
  registerList,
  registerRemove,
  registerAnalyze,
  registerCheck,
  registerCorpus,
  registerServe,
  registerFind,
];
