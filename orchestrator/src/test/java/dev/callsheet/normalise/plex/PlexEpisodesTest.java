package dev.callsheet.normalise.plex;

import static dev.callsheet.normalise.Payloads.FOUR_K_ORIGIN;
import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import dev.callsheet.normalise.WebhookOrigin;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code library.new} for an episode, from new Plex agents and from the legacy TVDB agent. */
class PlexEpisodesTest {

    private final PlexWebhookParser parser = new PlexWebhookParser(Set.of("Movies 4K", "TV 4K"));

    private ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return parser.parse(body, origin);
    }

    private static byte[] newEpisode(String metadata) {
        return json("""
                {"event": "library.new", "Server": {"title": "homelab-pms"},
                 "Metadata": {"type": "episode", "grandparentTitle": "Severance", %s}}
                """.formatted(metadata));
    }

    @Test
    void returnsNewAgentEpisodeUnkeyedToBeLookedUpByItsTvdbId() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(file("plex-library-new-episode.json"), ORIGIN);

        assertThat(parsed.eventType()).isEqualTo("library.new");
        assertThat(parsed.mediaEvents()).isEmpty();
        assertThat(parsed.unkeyedEvents()).singleElement().satisfies(unkeyed -> {
            assertThat(unkeyed.lookup()).isEqualTo(new KeyLookup.ByEpisode(10384103, false));
            assertThat(unkeyed.lookup().value()).isEqualTo("episode:tvdb:10384103");
            assertThat(unkeyed.event())
                    .isEqualTo(new EpisodeAvailable(
                            new MediaInfo(MediaType.SERIES, "Severance", null, null, null, null, false),
                            new EpisodeRef(
                                    EpisodeKey.of(2, 3),
                                    10384103L,
                                    null,
                                    "Who Is Alive?",
                                    LocalDate.parse("2025-01-31")),
                            "homelab-pms",
                            "TV Shows",
                            "48390",
                            "48211",
                            "library.new"));
        });
    }

    @Test
    void keysLegacyAgentEpisodeBySeriesTvdbIdInItsGuid() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(newEpisode("""
                        "title": "Who Is Alive?", "index": 3, "parentIndex": 2, "ratingKey": "48390",
                        "grandparentRatingKey": "48211", "librarySectionTitle": "TV Shows",
                        "guid": "com.plexapp.agents.thetvdb://371980/2/3?lang=en"
                        """), ORIGIN);

        assertThat(parsed.unkeyedEvents()).isEmpty();
        assertThat(parsed.mediaEvents()).singleElement().satisfies(keyed -> {
            assertThat(keyed.key()).isEqualTo(MediaKey.series(371980, false));
            assertThat(keyed.event()).asInstanceOf(type(EpisodeAvailable.class)).satisfies(available -> {
                assertThat(available.media())
                        .isEqualTo(new MediaInfo(MediaType.SERIES, "Severance", null, null, 371980L, null, false));
                assertThat(available.episode())
                        .isEqualTo(new EpisodeRef(EpisodeKey.of(2, 3), null, null, "Who Is Alive?", null));
                assertThat(available.showRatingKey()).isEqualTo("48211");
            });
        });
    }

    @Test
    void takesSeasonAndEpisodeFromTheLegacyGuidWhenIndexesAreMissing() throws UnparseableWebhook {
        ParsedWebhook parsed =
                parse(newEpisode("\"guid\": \"com.plexapp.agents.thetvdb://121361/3/9?lang=en\""), ORIGIN);

        assertThat(parsed.mediaEvents()).singleElement().satisfies(keyed -> {
            assertThat(keyed.key()).isEqualTo(MediaKey.series(121361, false));
            assertThat(((EpisodeAvailable) keyed.event()).episode().key()).isEqualTo(EpisodeKey.of(3, 9));
        });
    }

    @Test
    void looksUpAnEpisodeOfAFourKLibraryForTheFourKCopy() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(newEpisode("""
                        "index": 3, "parentIndex": 2, "librarySectionTitle": "TV 4K",
                        "Guid": [{"id": "imdb://tt31208741"}, {"id": "tvdb://10384103"}]
                        """), ORIGIN);

        assertThat(parsed.unkeyedEvents()).singleElement().satisfies(unkeyed -> {
            assertThat(unkeyed.lookup()).isEqualTo(new KeyLookup.ByEpisode(10384103, true));
            assertThat(unkeyed.lookup().seriesKey(371980)).isEqualTo(MediaKey.parse("series:tvdb:371980:4k"));
            assertThat(unkeyed.event().media().fourK()).isTrue();
        });
    }

    @Test
    void looksUpEveryEpisodeOfAFourKServerForTheFourKCopy() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(
                newEpisode("\"index\": 3, \"parentIndex\": 2, \"Guid\": [{\"id\": \"tvdb://10384103\"}]"),
                FOUR_K_ORIGIN);

        assertThat(parsed.unkeyedEvents())
                .singleElement()
                .extracting(ParsedWebhook.Unkeyed::lookup)
                .isEqualTo(new KeyLookup.ByEpisode(10384103, true));
    }

    @Test
    void cannotTellApartAnEpisodeWithoutTvdbIds() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(newEpisode("""
                        "index": 3, "parentIndex": 2, "guid": "plex://episode/6745c1d2e3f4a5b6c7d8e9f0",
                        "Guid": [{"id": "imdb://tt31208741"}, {"id": "tmdb://5892203"}]
                        """), ORIGIN);

        assertThat(parsed.eventType()).isEqualTo("library.new");
        assertThat(parsed.mediaEvents()).isEmpty();
        assertThat(parsed.unkeyedEvents()).isEmpty();
    }

    @Test
    void cannotTellApartAnEpisodeWithoutItsNumbers() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(newEpisode("\"Guid\": [{\"id\": \"tvdb://10384103\"}]"), ORIGIN);

        assertThat(parsed.mediaEvents()).isEmpty();
        assertThat(parsed.unkeyedEvents()).isEmpty();
    }

    @Test
    void keepsAnUnreadableAirDateOutRatherThanTheEpisode() throws UnparseableWebhook {
        ParsedWebhook parsed = parse(newEpisode("""
                        "index": 3, "parentIndex": 2, "originallyAvailableAt": "31/01/2025",
                        "Guid": [{"id": "tvdb://10384103"}]
                        """), ORIGIN);

        assertThat(parsed.unkeyedEvents())
                .singleElement()
                .extracting(unkeyed ->
                        ((EpisodeAvailable) unkeyed.event()).episode().airDate())
                .isNull();
    }
}
