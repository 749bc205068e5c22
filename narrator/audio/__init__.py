"""Audio out: WAV and codecs, loudness, the narration folder and its companion files."""
