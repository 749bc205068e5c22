"""speak's world: the listening session, terminal keys and display, playback, bookmarks."""
