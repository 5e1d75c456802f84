package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One episode of a series by its place in the series: season and episode number, as Sonarr and
 * Plex both number them (season 0 holds the specials). Written {@code S02E03}, also in JSON, so it
 * can key a map.
 */
public record EpisodeKey(int season, int episode) implements Comparable<EpisodeKey> {

    /** Four digits are enough for daily shows, which Sonarr numbers by year ({@code S2024E0115}). */
    private static final int MAX = 9999;

    private static final Pattern FORMAT = Pattern.compile("S([0-9]{2,4})E([0-9]{2,4})");

    public EpisodeKey {
        if (season < 0 || season > MAX || episode < 0 || episode > MAX) {
            throw new IllegalArgumentException("season or episode out of range: " + season + "/" + episode);
        }
    }

    public static EpisodeKey of(int season, int episode) {
        return new EpisodeKey(season, episode);
    }

    @JsonCreator
    public static EpisodeKey parse(String value) {
        Matcher matcher =
                FORMAT.matcher(Objects.requireNonNull(value, "value").trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an episode key: " + value);
        }
        return new EpisodeKey(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Season, then episode. */
    @Override
    public int compareTo(EpisodeKey other) {
        int bySeason = Integer.compare(season, other.season);
        return bySeason != 0 ? bySeason : Integer.compare(episode, other.episode);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "S%02dE%02d", season, episode);
    }
}
