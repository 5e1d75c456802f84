package dev.callsheet.normalise.plex;

import static dev.callsheet.normalise.Payloads.FOUR_K_ORIGIN;
import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlexWebhookParserTest {

    private final PlexWebhookParser parser = new PlexWebhookParser(Set.of("Movies 4K"));

    private ParsedWebhook parse(byte[] body) throws UnparseableWebhook {
        return parser.parse(body, ORIGIN);
    }

    private static byte[] libraryNew(String metadata) {
        return json("""
                {"event": "library.new", "user": true, "owner": true,
                 "Server": {"title": "homelab-pms", "uuid": "abcdef01"},
                 "Metadata": %s}
                """.formatted(metadata));
    }

    private static void assertNothingToTrack(ParsedWebhook parsed, String event) {
        assertThat(parsed.eventType()).isEqualTo(event);
        assertThat(parsed.mediaEvents()).isEmpty();
        assertThat(parsed.unkeyedEvents()).isEmpty();
        assertThat(parsed.sourceEvent()).isEmpty();
    }

    @Test
    void speaksForPlex() {
        assertThat(parser.source()).isEqualTo(SourceKind.PLEX);
    }

    @Nested
    class NewMovie {

        @Test
        void readsNewMovieKeyedByTmdbIdFromGuidArray() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(file("plex-library-new-movie.json"));

            assertThat(parsed.mediaEvents()).singleElement().satisfies(keyed -> {
                assertThat(keyed.key()).isEqualTo(MediaKey.parse("movie:tmdb:693134"));
                assertThat(keyed.event())
                        .isEqualTo(new LibraryItemAdded(
                                new MediaInfo(
                                        MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, "tt15239678", false),
                                "homelab-pms",
                                "Movies",
                                "53102",
                                "library.new"));
            });
        }

        @Test
        void keysMovieInAFourKLibraryApart() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(libraryNew("""
                    {"type": "movie", "title": "Dune: Part Two", "librarySectionTitle": "movies 4k",
                     "guid": "plex://movie/5d776b59ad5437001f79c6f8", "Guid": [{"id": "tmdb://693134"}]}
                    """));

            assertThat(parsed.mediaEvents()).singleElement().satisfies(keyed -> {
                assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, true));
                assertThat(keyed.event().media().fourK()).isTrue();
            });
        }

        @Test
        void keysEveryMovieOfAFourKServerApart() throws UnparseableWebhook {
            ParsedWebhook parsed = parser.parse(file("plex-library-new-movie.json"), FOUR_K_ORIGIN);

            assertThat(parsed.mediaEvents())
                    .singleElement()
                    .extracting(ParsedWebhook.Keyed::key)
                    .isEqualTo(MediaKey.movie(693134, true));
        }

        @Test
        void readsTmdbIdFromLegacyAgentGuid() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(libraryNew("""
                    {"librarySectionType": "movie", "ratingKey": "2051", "type": "movie", "title": "Arrival",
                     "librarySectionTitle": "Movies (legacy agent)", "librarySectionID": 4, "year": 2016,
                     "guid": "com.plexapp.agents.themoviedb://329865?lang=en"}
                    """));

            assertThat(parsed.mediaEvents()).singleElement().satisfies(keyed -> {
                assertThat(keyed.key()).isEqualTo(MediaKey.movie(329865, false));
                assertThat(keyed.event().media())
                        .isEqualTo(new MediaInfo(MediaType.MOVIE, "Arrival", 2016, 329865L, null, null, false));
            });
        }

        @Test
        void cannotKeyMovieOfTheLegacyImdbAgent() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(libraryNew("""
                    {"type": "movie", "title": "Jaws", "librarySectionTitle": "Movies",
                     "guid": "com.plexapp.agents.imdb://tt0073195?lang=en"}
                    """));

            assertNothingToTrack(parsed, "library.new");
        }

        @Test
        void cannotKeyMovieWhoseGuidArrayHasNoTmdbId() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(libraryNew("""
                    {"type": "movie", "guid": "plex://movie/5d776b59ad5437001f79c6f8",
                     "Guid": [{"id": "imdb://tt15239678"}, {"id": "tvdb://347337"}]}
                    """));

            assertNothingToTrack(parsed, "library.new");
        }

        @Test
        void cannotKeyLocalMedia() throws UnparseableWebhook {
            assertNothingToTrack(
                    parse(libraryNew("{\"type\": \"movie\", \"guid\": \"local://53999\"}")), "library.new");
        }

        @Test
        void acceptsLibrarySectionIdAsText() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(libraryNew("""
                    {"type": "movie", "librarySectionID": "1", "librarySectionTitle": "Movies",
                     "Guid": [{"id": "tmdb://693134"}]}
                    """));

            assertThat(parsed.mediaEvents())
                    .singleElement()
                    .extracting(ParsedWebhook.Keyed::key)
                    .isEqualTo(MediaKey.movie(693134, false));
        }
    }

    @Nested
    class IgnoredEvents {

        @ParameterizedTest
        @ValueSource(strings = {"season", "show", "track", "album", "clip"})
        void ignoresNewItemsThatAreNeitherMoviesNorEpisodes(String type) throws UnparseableWebhook {
            ParsedWebhook parsed = parse(libraryNew("""
                    {"type": "%s", "librarySectionTitle": "TV Shows", "Guid": [{"id": "tvdb://10384103"}]}
                    """.formatted(type)));

            assertNothingToTrack(parsed, "library.new");
        }

        @Test
        void ignoresScrobbleOfALegacyAgentEpisode() throws UnparseableWebhook {
            assertNothingToTrack(parse(file("plex-media-scrobble-legacy-agent.json")), "media.scrobble");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "media.play",
                    "media.pause",
                    "media.resume",
                    "media.stop",
                    "media.scrobble",
                    "media.rate",
                    "library.on.deck",
                    "admin.database.backup",
                    "admin.database.corrupted",
                    "device.new",
                    "playback.started",
                    "media.someday"
                })
        void ignoresEventsOtherThanLibraryNew(String event) throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"event": "%s", "Metadata": {"type": "movie", "Guid": [{"id": "tmdb://693134"}]}}
                    """.formatted(event)));

            assertNothingToTrack(parsed, event);
        }

        @Test
        void ignoresLibraryNewWithoutMetadata() throws UnparseableWebhook {
            assertNothingToTrack(parse(json("{\"event\": \"library.new\"}")), "library.new");
        }
    }

    @Nested
    class NotAPlexWebhook {

        @Test
        void refusesObjectWithoutEvent() {
            assertThatThrownBy(() -> parse(json("{\"Metadata\": {\"type\": \"movie\"}}")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("no event: not a Plex webhook");
        }

        @Test
        void refusesMultipartBodyInsteadOfPayloadPart() {
            byte[] multipart = json("""
                    --boundary
                    Content-Disposition: form-data; name="payload"

                    {"event": "library.new"}
                    --boundary--
                    """);

            assertThatThrownBy(() -> parse(multipart))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("malformed JSON");
        }

        @Test
        void refusesJsonArray() {
            assertThatThrownBy(() -> parse(json("[{\"event\": \"library.new\"}]")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("expected a JSON object, got ARRAY");
        }
    }
}
