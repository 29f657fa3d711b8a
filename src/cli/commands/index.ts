import type { Command } from 'commander';
import type { CliIO } from '../context.js';
import { registerAdd } from './add.js';
import { registerAnalyze } from './analyze.js';
import { registerCheck } from './check.js';
import { registerCorpus } from './corpus.js';
import { registerFind } from './find.js';
import { registerInfo } from './info.js';
import { registerList } from './list.js';
import { registerProfile } from './profile.js';
import { registerRemove } from './remove.js';
import { registerServe } from './serve.js';
import { registerSimilar } from './similar.js';
import { registerTerms } from './terms.js';
import { registerText } from './text.js';
import { registerVoices } from './voices.js';

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
  registerProfile,
  registerVoices,
  registerTerms,
  registerSimilar,
  registerFind,
];
