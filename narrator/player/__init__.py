"""speak's world, given what it plays (it never drives the pipeline): the listening session
(`session`), the start point (`start`), terminal keys (`terminal`) and display (`display`;
durations by `clock`), playback and its clock (`playback`), speech made ahead (`prefetch`) and
bookmarks."""
