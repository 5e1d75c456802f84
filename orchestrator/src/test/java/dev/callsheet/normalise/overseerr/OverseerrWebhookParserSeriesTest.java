package dev.callsheet.normalise.overseerr;

import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Series requests: the requested seasons from {@code extra}, and shows Overseerr knows no TVDB id for. */
class OverseerrWebhookParserSeriesTest {

    private final OverseerrWebhookParser parser = new OverseerrWebhookParser();

    private ParsedWebhook parse(byte[] body) throws UnparseableWebhook {
        return parser.parse(body, ORIGIN);
    }

    private RequestEvent onlyRequest(byte[] body) throws UnparseableWebhook {
        ParsedWebhook parsed = parse(body);
        assertThat(parsed.mediaEvents()).hasSize(1);
        return (RequestEvent) parsed.mediaEvents().getFirst().event();
    }

    /** A series request whose {@code extra} is {@code extra}, rendered as JSON. */
    private static byte[] requestWithExtra(String extra) {
        return json("""
                {"notification_type": "MEDIA_PENDING", "event": "New Series Request", "subject": "Severance (2022)",
                 "media": {"media_type": "tv", "tmdbId": "95396", "tvdbId": "371980"},
                 "request": {"request_id": "128"}, "extra": %s}
                """.formatted(extra));
    }

    @Nested
    class RequestedSeasons {

        @Test
        void readsTheOneRequestedSeasonOfTheStory() throws UnparseableWebhook {
            assertThat(onlyRequest(file("overseerr-media-approved-tv.json")).seasons())
                    .containsExactly(2);
        }

        @Test
        void readsSeveralRequestedSeasons() throws UnparseableWebhook {
            RequestEvent request = onlyRequest(file("overseerr-media-pending-tv-multi-season.json"));

            assertThat(request.seasons()).containsExactly(1, 2);
            assertThat(request.media().tvdbId()).isEqualTo(436992L);
        }

        @Test
        void ordersSeasonsAndKeepsEachOnceWithSpecialsAsSeasonZero() throws UnparseableWebhook {
            assertThat(onlyRequest(requestWithExtra("[{\"name\": \"Requested Seasons\", \"value\": \"3,1, 0, 3\"}]"))
                            .seasons())
                    .containsExactly(0, 1, 3);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "[]",
                    "null",
                    "\"{{extra}}\"",
                    "[{\"name\": \"Requested Seasons\", \"value\": \"\"}]",
                    "[{\"name\": \"Requested Seasons\", \"value\": \"{{requested_seasons}}\"}]",
                    "[{\"name\": \"Affected Season\", \"value\": \"2\"}]",
                    "[\"Requested Seasons\"]"
                })
        void readsNoSeasonsWhenThePayloadDoesNotSayThem(String extra) throws UnparseableWebhook {
            assertThat(onlyRequest(requestWithExtra(extra)).seasons()).isEmpty();
        }

        @Test
        void readsNoSeasonsWithoutAnExtraAtAll() throws UnparseableWebhook {
            assertThat(onlyRequest(json("""
                                    {"notification_type": "MEDIA_APPROVED",
                                     "media": {"media_type": "tv", "tvdbId": "371980"}, "request": {"request_id": "128"}}
                                    """)).seasons()).isEmpty();
        }

        @Test
        void givesMoviesNoSeasons() throws UnparseableWebhook {
            assertThat(onlyRequest(file("overseerr-media-auto-approved-movie.json"))
                            .seasons())
                    .isEmpty();
        }

        @Test
        void refusesSeasonsThatAreNotNumbers() {
            assertThatThrownBy(
                            () -> parse(requestWithExtra("[{\"name\": \"Requested Seasons\", \"value\": \"1, two\"}]")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("Requested Seasons is not a list of season numbers: \"1, two\"");
        }
    }

    @Nested
    class WithoutTvdbId {

        private static final byte[] PENDING_WITHOUT_TVDB_ID = json("""
                {"notification_type": "MEDIA_PENDING", "event": "New Series Request", "subject": "Severance (2022)",
                 "media": {"media_type": "tv", "tmdbId": "95396", "tvdbId": "", "status": "PENDING"},
                 "request": {"request_id": "128", "requestedBy_username": "bob", "requestedBy_email": "bob@example.com"},
                 "extra": [{"name": "Requested Seasons", "value": "2"}]}
                """);

        @Test
        void returnsTheRequestUnkeyedToBeLookedUpByItsId() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(PENDING_WITHOUT_TVDB_ID);

            assertThat(parsed.eventType()).isEqualTo("MEDIA_PENDING");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.unkeyedEvents()).singleElement().satisfies(unkeyed -> {
                assertThat(unkeyed.lookup()).isEqualTo(new KeyLookup.ByRequest(RequestId.overseerr(128), false));
                assertThat(unkeyed.lookup().value()).isEqualTo("request:overseerr-128");
                assertThat(unkeyed.event())
                        .isEqualTo(new RequestSubmitted(
                                RequestId.overseerr(128),
                                new Requester("bob", "bob@example.com"),
                                new MediaInfo(MediaType.SERIES, "Severance", 2022, 95396L, null, null, false),
                                List.of(2),
                                "MEDIA_PENDING"));
            });
        }

        @Test
        void looksUpA4kRequestForThe4kCopy() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"notification_type": "MEDIA_APPROVED", "event": "4K Series Request Approved",
                     "media": {"media_type": "tv", "tmdbId": "95396", "tvdbId": ""}, "request": {"request_id": "130"}}
                    """));

            assertThat(parsed.unkeyedEvents()).singleElement().satisfies(unkeyed -> assertThat(
                            unkeyed.lookup().seriesKey(371980))
                    .isEqualTo(MediaKey.parse("series:tvdb:371980:4k")));
        }

        @Test
        void looksUpAFailedRequestToo() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"notification_type": "MEDIA_FAILED", "event": "Series Request Failed",
                     "media": {"media_type": "tv", "tmdbId": "95396", "tvdbId": ""}, "request": {"request_id": "128"}}
                    """));

            assertThat(parsed.unkeyedEvents())
                    .singleElement()
                    .extracting(ParsedWebhook.Unkeyed::event)
                    .asInstanceOf(type(RequestFailed.class))
                    .extracting(RequestFailed::requestId)
                    .isEqualTo(RequestId.overseerr(128));
        }

        @Test
        void refusesItWithoutARequestIdToLookItUpBy() {
            assertThatThrownBy(() -> parse(json("""
                            {"notification_type": "MEDIA_PENDING",
                             "media": {"media_type": "tv", "tmdbId": "95396", "tvdbId": ""},
                             "request": {"request_id": "{{request_id}}"}}
                            """)))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("MEDIA_PENDING without a request_id: cannot tell which request it is about");
        }
    }
}
