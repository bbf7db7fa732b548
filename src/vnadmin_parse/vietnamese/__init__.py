"""Vietnamese orthography: syllable structure, tone placement, keystroke decoding, lexicon."""
