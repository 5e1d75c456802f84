package dev.callsheet.normalise.plex;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external ids of a Plex movie, from the {@code Guid} array of new agents or, when that is
 * missing, from the {@code guid} URI of legacy agents ({@code
 * com.plexapp.agents.themoviedb://693134?lang=en}, {@code com.plexapp.agents.imdb://tt15239678?lang=en}).
 * TVDB ids are not kept: for a movie they name TVDB's movie entry, never a series Callsheet tracks.
 */
record PlexIds(Long tmdbId, String imdbId) {

    private static final Pattern TMDB =
            Pattern.compile("(?:tmdb|com\\.plexapp\\.agents\\.themoviedb)://([0-9]{1,18})([?/].*)?");
    private static final Pattern IMDB = Pattern.compile("(?:imdb|com\\.plexapp\\.agents\\.imdb)://(tt[0-9]+)([?/].*)?");

    static PlexIds of(PlexPayload.Metadata metadata) {
        List<String> ids = metadata.guids() == null || metadata.guids().isEmpty()
                ? Optional.ofNullable(metadata.guid()).stream().toList()
                : metadata.guids().stream()
                        .filter(Objects::nonNull)
                        .map(PlexPayload.Guid::id)
                        .filter(Objects::nonNull)
                        .toList();
        return new PlexIds(
                first(ids, TMDB).map(Long::parseLong).filter(id -> id > 0).orElse(null),
                first(ids, IMDB).orElse(null));
    }

    private static Optional<String> first(List<String> ids, Pattern pattern) {
        return ids.stream()
                .map(pattern::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .findFirst();
    }
}
