package dev.callsheet.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The synthetic media of a Plex confirmation run: movies, each its own request and folder, and
 * season-1 episodes of a few series, each series one request whose scope is its season. Every id,
 * title and path derives from the item's number, so the bodies, the stub Plex and the stub Sonarr
 * agree without sharing state. Paths are as the *arr apps report them under {@link #ARR_MOVIES} and
 * {@link #ARR_TV}; the app maps them to Plex's {@link #PLEX_MOVIES} and {@link #PLEX_TV}, the
 * locations of the movie and show sections in {@code plex/sections.json}.
 */
record ConfirmCatalogue(List<Series> series, List<Imported> imports) {

    static final String ARR_MOVIES = "/data/media/movies";
    static final String PLEX_MOVIES = "/data/media/films";
    static final String ARR_TV = "/data/media/tv";
    static final String PLEX_TV = "/data/media/series";
    static final String MOVIE_SECTION = "3";
    static final String SHOW_SECTION = "4";

    /** A fixed seed: reruns import in the same mixed order. */
    private static final long ORDER_SEED = 12;

    static ConfirmCatalogue of(int movies, int episodes, int seriesCount) {
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            // Spread evenly; the first ones take the remainder.
            series.add(new Series(s, episodes / seriesCount + (s < episodes % seriesCount ? 1 : 0)));
        }
        List<Imported> imports = new ArrayList<>();
        for (int m = 0; m < movies; m++) {
            imports.add(new Movie(m));
        }
        for (Series one : series) {
            for (int e = 1; e <= one.episodes(); e++) {
                imports.add(new Episode(one, e));
            }
        }
        Collections.shuffle(imports, new Random(ORDER_SEED));
        return new ConfirmCatalogue(
                series.stream().filter(s -> s.episodes() > 0).toList(), List.copyOf(imports));
    }

    /** The movies among the imports, in their import order. */
    List<Movie> movies() {
        return imports.stream()
                .filter(Movie.class::isInstance)
                .map(Movie.class::cast)
                .toList();
    }

    /** One imported file and the request that becomes (or whose episode becomes) available with it. */
    sealed interface Imported permits Movie, Episode {

        int requestNumber();

        default String requestId() {
            return "overseerr-" + requestNumber();
        }

        String section();

        String plexFolder();

        String fileName();

        default String plexFile() {
            return plexFolder() + "/" + fileName();
        }
    }

    record Movie(int n) implements Imported {

        long tmdbId() {
            return 800_000L + n;
        }

        String imdbId() {
            return "tt%07d".formatted(8_000_000 + n);
        }

        String title() {
            return "Confirm Bench Movie " + n;
        }

        int year() {
            return 2024;
        }

        String ratingKey() {
            return Integer.toString(40_000 + n);
        }

        /** Each movie has a requester of its own, so a notice's mention names the movie. */
        String requester() {
            return "bench-requester-" + n;
        }

        /** The requester's Discord id: a snowflake's digits, unique per movie. */
        String discordId() {
            return Long.toString(1_000_000_000_000_000L + n);
        }

        @Override
        public int requestNumber() {
            return 50_000 + n;
        }

        @Override
        public String section() {
            return MOVIE_SECTION;
        }

        private String folderName() {
            return title() + " (" + year() + ")";
        }

        String arrFolder() {
            return ARR_MOVIES + "/" + folderName();
        }

        @Override
        public String plexFolder() {
            return PLEX_MOVIES + "/" + folderName();
        }

        @Override
        public String fileName() {
            return folderName() + " [WEBDL-1080p].mkv";
        }
    }

    /** A series with {@code episodes} aired episodes in season 1, all of them in its request's scope. */
    record Series(int n, int episodes) {

        int sonarrId() {
            return 700 + n;
        }

        long tvdbId() {
            return 900_000L + n;
        }

        long tmdbId() {
            return 300_000L + n;
        }

        String imdbId() {
            return "tt%07d".formatted(9_000_000 + n);
        }

        String title() {
            return "Confirm Bench Series " + n;
        }

        int requestNumber() {
            return 60_000 + n;
        }

        String requestId() {
            return "overseerr-" + requestNumber();
        }

        String showRatingKey() {
            return Integer.toString(20_000 + 1_000 * n);
        }

        String arrFolder() {
            return ARR_TV + "/" + title();
        }
    }

    record Episode(Series series, int number) implements Imported {

        int sonarrId() {
            return series.sonarrId() * 1_000 + number;
        }

        long tvdbId() {
            return series.tvdbId() * 100 + number;
        }

        String key() {
            return "S01E%02d".formatted(number);
        }

        String title() {
            return "Episode " + number;
        }

        String ratingKey() {
            return Integer.toString(Integer.parseInt(series.showRatingKey()) + number);
        }

        String relativePath() {
            return "Season 01/" + fileName();
        }

        String arrFile() {
            return series.arrFolder() + "/" + relativePath();
        }

        @Override
        public int requestNumber() {
            return series.requestNumber();
        }

        @Override
        public String section() {
            return SHOW_SECTION;
        }

        @Override
        public String plexFolder() {
            return PLEX_TV + "/" + series.title() + "/Season 01";
        }

        @Override
        public String fileName() {
            return series.title() + " - " + key() + " - " + title() + " [WEBDL-1080p].mkv";
        }
    }
}
