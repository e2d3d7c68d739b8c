// Repairs UTF-8 text that was read as Windows-1254 and lost bytes: the seed archive's "ä½œè€…" damage.
import { chooseCharacters } from './mojibake-choose.ts';
import { scanForMojibake, mayBeMojibake } from './mojibake-detect.ts';
import {
  isKnownCharacter,
  learnContext,
  loadDictionaryModel,
  scorePair,
  type ContextModel,
  type DictionaryModel,
} from './mojibake-model.ts';

export interface MojibakeOptions {
  /** Clean texts to learn character context from, e.g. the site's undamaged papers. */
  learnFrom?: readonly string[];
  /** Context learned ahead of time with `learnContext`, for callers that repair many files. */
  context?: ContextModel;
  /** A ready dictionary model; by default jieba's dictionary is loaded on first need. */
  dictionary?: DictionaryModel;
}

export interface MojibakeRepair {
  text: string;
  /** 0-based indexes of the lines that were rewritten. */
  repairedLines: number[];
  /** Characters whose lost bytes were chosen by the model rather than read. */
  guessed: number;
  /** Lines that look damaged but could not be repaired with confidence; left unchanged. */
  unrepairedLines: number[];
}

/** Share of repaired characters the model must recognise before a line's repair is trusted. */
const MIN_KNOWN_SHARE = 0.85;
/** Learned contexts by the array they came from, so a site's papers are read once per build. */
const learnedContexts = new WeakMap<readonly string[], ContextModel>();

/**
 * Returns the repaired text, or null when the text shows no such damage. Clean text costs one
 * regular-expression test; the dictionary is loaded only for damaged text.
 */
export async function repairMojibake(text: string, options: MojibakeOptions = {}): Promise<MojibakeRepair | null> {
  if (!mayBeMojibake(text)) return null;
  const scan = scanForMojibake(text);
  if (!scan) return null;
  const dictionary = options.dictionary ?? (await loadDictionaryModel());
  const contexts = [learnContext(scan.clean), ...callerContexts(options)];
  const score = (previous: string, next: string, beforePrevious?: string): number =>
    scorePair(dictionary, contexts, previous, next, beforePrevious);

  const lines = text.split('\n');
  const repair: MojibakeRepair = { text, repairedLines: [], guessed: 0, unrepairedLines: [...scan.unreadable] };
  for (const { index, slots } of scan.damaged) {
    const repaired = chooseCharacters(slots, score);
    if (!looksRight(dictionary, repaired)) {
      repair.unrepairedLines.push(index);
      continue;
    }
    lines[index] = repaired;
    repair.repairedLines.push(index);
    repair.guessed += slots.filter((slot) => slot.length > 1).length;
  }
  if (repair.repairedLines.length === 0) return repair.unrepairedLines.length > 0 ? repair : null;
  // A byte-order mark that went through the same damage comes back as U+FEFF: drop it.
  repair.text = lines.join('\n').replace(/^\uFEFF/, '');
  repair.unrepairedLines.sort((a, b) => a - b);
  return repair;
}

function callerContexts(options: MojibakeOptions): ContextModel[] {
  const contexts = options.context ? [options.context] : [];
  if (options.learnFrom && options.learnFrom.length > 0) {
    let learned = learnedContexts.get(options.learnFrom);
    if (!learned) {
      learned = learnContext(options.learnFrom);
      learnedContexts.set(options.learnFrom, learned);
    }
    contexts.push(learned);
  }
  return contexts;
}

/** A real repair yields characters people write; a false one yields rare ideographs and symbols. */
function looksRight(dictionary: DictionaryModel, line: string): boolean {
  let nonAscii = 0;
  let known = 0;
  for (const char of line) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (isKnownCharacter(dictionary, char)) known++;
  }
  return nonAscii - known <= 1 || known / nonAscii >= MIN_KNOWN_SHARE;
}
