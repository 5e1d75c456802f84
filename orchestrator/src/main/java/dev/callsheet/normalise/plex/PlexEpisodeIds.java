package dev.callsheet.normalise.plex;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of a Plex episode. New agents list the episode's own TVDB id in the {@code Guid} array
 * ({@code tvdb://10384103}) and say nothing of the series' ids; the legacy TVDB agent names the
 * series and the episode's place in its {@code guid} ({@code
 * com.plexapp.agents.thetvdb://121361/3/9?lang=en}) but not the episode's id.
 *
 * @param episodeTvdbId the episode's own TVDB id (new agents)
 * @param seriesTvdbId the series' TVDB id (legacy TVDB agent)
 * @param season the season number in a legacy {@code guid}
 * @param episode the episode number in a legacy {@code guid}
 */
record PlexEpisodeIds(Long episodeTvdbId, Long seriesTvdbId, Integer season, Integer episode) {

    private static final Pattern TVDB = Pattern.compile("tvdb://([0-9]{1,18})");
    private static final Pattern LEGACY_TVDB =
            Pattern.compile("com\\.plexapp\\.agents\\.thetvdb://([0-9]{1,18})/([0-9]{1,4})/([0-9]{1,4})([?/].*)?");

    static PlexEpisodeIds of(PlexPayload.Metadata metadata) {
        Long episodeTvdbId = metadata.guids() == null
                ? null
                : metadata.guids().stream()
                        .filter(Objects::nonNull)
                        .map(PlexPayload.Guid::id)
                        .filter(Objects::nonNull)
                        .map(TVDB::matcher)
                        .filter(Matcher::matches)
                        .map(matcher -> Long.parseLong(matcher.group(1)))
                        .filter(id -> id > 0)
                        .findFirst()
                        .orElse(null);
        Optional<Matcher> legacy =
                Optional.ofNullable(metadata.guid()).map(LEGACY_TVDB::matcher).filter(Matcher::matches);
        return new PlexEpisodeIds(
                episodeTvdbId,
                legacy.map(matcher -> Long.parseLong(matcher.group(1)))
                        .filter(id -> id > 0)
                        .orElse(null),
                legacy.map(matcher -> Integer.parseInt(matcher.group(2))).orElse(null),
                legacy.map(matcher -> Integer.parseInt(matcher.group(3))).orElse(null));
    }
}
