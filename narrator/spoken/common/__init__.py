"""Language-neutral steps of `spoken`: typographic characters, letters touching digits,
symbols (with the words a language gives them) and punctuation turned into pauses."""
