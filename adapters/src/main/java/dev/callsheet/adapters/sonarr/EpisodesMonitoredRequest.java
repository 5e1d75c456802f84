package dev.callsheet.adapters.sonarr;

import java.util.List;

/** The body of {@code PUT /api/v3/episode/monitor}, Sonarr's {@code EpisodesMonitoredResource}. */
record EpisodesMonitoredRequest(List<Integer> episodeIds, boolean monitored) {}
