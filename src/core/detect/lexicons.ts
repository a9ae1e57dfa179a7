import de from '../../../data/detect/lexicons/de.ts';
import en from '../../../data/detect/lexicons/en.ts';
import es from '../../../data/detect/lexicons/es.ts';
import fr from '../../../data/detect/lexicons/fr.ts';
import type { Lexicon } from './types.ts';

/** The shipped cue lexicons (data/detect/lexicons/), all applied to every message. */
export const defaultLexicons: readonly Lexicon[] = [en, es, de, fr];
