package dev.callsheet.events.media;

/** One episode as Sonarr's episode list shows it. */
public record ResolvedEpisode(EpisodeRef episode, boolean monitored, boolean hasFile) {}
