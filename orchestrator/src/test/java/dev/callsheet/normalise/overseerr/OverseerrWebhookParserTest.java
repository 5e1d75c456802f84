package dev.callsheet.normalise.overseerr;

import static dev.callsheet.normalise.Payloads.ORIGIN;
import static dev.callsheet.normalise.Payloads.file;
import static dev.callsheet.normalise.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.IssueActivity.IssueChange;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.events.source.SourceTested;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OverseerrWebhookParserTest {

    private final OverseerrWebhookParser parser = new OverseerrWebhookParser();

    private ParsedWebhook parse(byte[] body) throws UnparseableWebhook {
        return parser.parse(body, ORIGIN);
    }

    private ParsedWebhook.Keyed onlyEvent(byte[] body) throws UnparseableWebhook {
        ParsedWebhook parsed = parse(body);
        assertThat(parsed.mediaEvents()).hasSize(1);
        return parsed.mediaEvents().getFirst();
    }

    @Test
    void speaksForOverseerrAndItsForks() {
        assertThat(parser.source()).isEqualTo(SourceKind.OVERSEERR);
    }

    @Nested
    class RequestNotifications {

        @Test
        void readsAutoApprovedMovieRequest() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("overseerr-media-auto-approved-movie.json"));

            assertThat(keyed.key()).isEqualTo(MediaKey.parse("movie:tmdb:693134"));
            assertThat(keyed.event())
                    .isEqualTo(new RequestAutoApproved(
                            RequestId.parse("overseerr-127"),
                            new Requester("alice", "alice@example.com"),
                            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, null, false),
                            List.of(),
                            "MEDIA_AUTO_APPROVED",
                            "https://image.tmdb.org/t/p/w600_and_h900_bestv2/1pdfLvkbY9ohJlCjQH2CZjjYVvJ.jpg"));
        }

        @Test
        void keepsThePosterOfAPendingRequest() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("overseerr-media-pending-tv.json"));

            assertThat(keyed.event())
                    .asInstanceOf(type(RequestSubmitted.class))
                    .extracting(RequestSubmitted::posterUrl)
                    .isEqualTo("https://image.tmdb.org/t/p/w600_and_h900_bestv2/pPHpeI2X1qEd1CS1SeyrdhZ4qnT.jpg");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"image\": \"\",",
                    "\"image\": \"{{image}}\",",
                    "\"image\": \"javascript:alert(1)\",",
                    "\"image\": \"/t/p/w600_and_h900_bestv2/pPHpeI2X1qEd1CS1SeyrdhZ4qnT.jpg\",",
                    "\"image\": \"ftp://image.tmdb.org/poster.jpg\",",
                    "\"image\": \"https://image.tmdb.org/t/p/a poster.jpg\",",
                    "\"image\": null,",
                    ""
                })
        void dropsAPosterThatIsNoWebAddress(String image) throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_PENDING", "event": "New Movie Request", %s
                     "media": {"media_type": "movie", "tmdbId": "603"}, "request": {"request_id": "42"}}
                    """.formatted(image)));

            assertThat(keyed.event())
                    .asInstanceOf(type(RequestSubmitted.class))
                    .extracting(RequestSubmitted::posterUrl)
                    .isNull();
        }

        @Test
        void keepsAPlainHttpPoster() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_AUTO_APPROVED", "image": "HTTP://posters.example/603.jpg",
                     "media": {"media_type": "movie", "tmdbId": "603"}, "request": {"request_id": "42"}}
                    """));

            assertThat(keyed.event())
                    .asInstanceOf(type(RequestEvent.class))
                    .extracting(RequestEvent::posterUrl)
                    .isEqualTo("HTTP://posters.example/603.jpg");
        }

        @Test
        void keysFourKRequestApartFromTheRegularCopy() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("overseerr-media-pending-movie-4k.json"));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, true));
            assertThat(keyed.event()).asInstanceOf(type(RequestSubmitted.class)).satisfies(event -> {
                assertThat(event.requestId()).isEqualTo(RequestId.overseerr(133));
                assertThat(event.media().fourK()).isTrue();
            });
        }

        @Test
        void recognisesFourKPrefixAtTheStartOfTheEventText() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_APPROVED", "event": "4K Movie Request Approved",
                     "media": {"media_type": "movie", "tmdbId": "693134"}, "request": {"request_id": "133"}}
                    """));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, true));
        }

        @Test
        void keysSeriesRequestByTvdbIdAndKeepsBothIds() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("overseerr-media-pending-tv.json"));

            assertThat(keyed.key()).isEqualTo(MediaKey.series(371980, false));
            assertThat(keyed.event()).asInstanceOf(type(RequestSubmitted.class)).satisfies(event -> {
                assertThat(event.requestId()).isEqualTo(RequestId.overseerr(128));
                // The fixture's requestedBy_settings_discordId is kept, its blank Telegram chat id is not.
                assertThat(event.requestedBy())
                        .isEqualTo(new Requester("bob", "bob@example.com", "401234567890123456", null));
                assertThat(event.media())
                        .isEqualTo(new MediaInfo(MediaType.SERIES, "Severance", 2022, 95396L, 371980L, null, false));
                assertThat(event.seasons()).containsExactly(2);
            });
        }

        @Test
        void readsJellyfinUserWhoseEmailIsAUsername() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("jellyseerr-media-available-tv.json"));

            assertThat(keyed.event())
                    .asInstanceOf(type(RequestAvailable.class))
                    .extracting(RequestAvailable::requestedBy)
                    .isEqualTo(new Requester("carol", "carol"));
        }

        @ParameterizedTest
        @CsvSource({
            "MEDIA_PENDING, RequestSubmitted",
            "MEDIA_AUTO_APPROVED, RequestAutoApproved",
            "MEDIA_APPROVED, RequestApproved",
            "MEDIA_DECLINED, RequestDeclined",
            "MEDIA_FAILED, RequestFailed",
            "MEDIA_AVAILABLE, RequestAvailable"
        })
        void mapsEachRequestNotificationToItsFact(String notificationType, String fact) throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "%s", "event": "Movie Request",
                     "media": {"media_type": "movie", "tmdbId": "603"}, "request": {"request_id": "42"}}
                    """.formatted(notificationType)));

            assertThat(keyed.event().getClass().getSimpleName()).isEqualTo(fact);
            assertThat(keyed.event()).asInstanceOf(type(RequestEvent.class)).satisfies(event -> {
                assertThat(event.requestId()).isEqualTo(RequestId.overseerr(42));
                assertThat(event.sourceEventType()).isEqualTo(notificationType);
            });
        }
    }

    @Nested
    class IssueNotifications {

        @Test
        void readsReportedIssueWithItsFirstComment() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("overseerr-issue-created-tv.json"));

            assertThat(keyed.key()).isEqualTo(MediaKey.series(371980, false));
            assertThat(keyed.event())
                    .isEqualTo(new IssueActivity(
                            IssueChange.REPORTED,
                            "41",
                            "AUDIO",
                            "Audio is out of sync by about two seconds after the first 10 minutes.",
                            "bob",
                            new MediaInfo(MediaType.SERIES, "Severance", 2022, 95396L, 371980L, null, false),
                            "ISSUE_CREATED"));
        }

        @Test
        void readsTheNewCommentOfACommentNotification() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file("overseerr-issue-comment-tv.json"));

            assertThat(keyed.event()).asInstanceOf(type(IssueActivity.class)).satisfies(event -> {
                assertThat(event.change()).isEqualTo(IssueChange.COMMENTED);
                assertThat(event.message())
                        .isEqualTo("Replaced the file with a different release, please check again.");
                assertThat(event.reportedBy()).isEqualTo("bob");
            });
        }

        @ParameterizedTest
        @CsvSource({"overseerr-issue-resolved-movie.json, RESOLVED", "overseerr-issue-reopened-movie.json, REOPENED"})
        void readsIssueChange(String file, IssueChange change) throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(file(file));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, false));
            assertThat(keyed.event())
                    .asInstanceOf(type(IssueActivity.class))
                    .extracting(IssueActivity::change, IssueActivity::issueId, IssueActivity::issueType)
                    .containsExactly(change, "42", "VIDEO");
        }

        @Test
        void recordsIssueWithoutMediaOnTheSourceOnly() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"notification_type": "ISSUE_CREATED", "event": "New Video Issue Reported",
                     "media": null, "request": null, "issue": {"issue_id": "43"}, "extra": []}
                    """));

            assertThat(parsed.eventType()).isEqualTo("ISSUE_CREATED");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }
    }

    @Nested
    class EditedTemplates {

        @Test
        void acceptsNumbersWhereTheDefaultTemplateHasText() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_PENDING", "subject": "Dune: Part Two (2024)",
                     "media": {"media_type": "movie", "tmdbId": 693134, "tvdbId": null},
                     "request": {"request_id": 127, "requestedBy_username": "alice"}}
                    """));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, false));
            assertThat(keyed.event())
                    .asInstanceOf(type(RequestSubmitted.class))
                    .extracting(RequestSubmitted::requestId)
                    .isEqualTo(RequestId.overseerr(127));
        }

        @Test
        void ignoresUnknownAndRenamedKeys() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_APPROVED", "event": "Movie Request Approved",
                     "title": "renamed subject", "overseerr_url": "https://requests.example.lan",
                     "media": {"media_type": "movie", "tmdbId": "693134", "imdb": "tt15239678"},
                     "request": {"request_id": "127", "requester": "alice", "seasons": [1, 2]},
                     "extra": [{"name": "Requested Seasons", "value": "1, 2"}]}
                    """));

            assertThat(keyed.event().media().title()).isNull();
            assertThat(keyed.event())
                    .asInstanceOf(type(RequestEvent.class))
                    .extracting(RequestEvent::requestId, RequestEvent::requestedBy)
                    .containsExactly(RequestId.overseerr(127), new Requester(null, null));
        }

        @Test
        void readsCustomTemplateWithoutEventAsRegularRequest() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_AVAILABLE",
                     "media": {"media_type": "movie", "tmdbId": "693134"}, "request": {"request_id": "127"}}
                    """));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, false));
            assertThat(keyed.event().media().fourK()).isFalse();
        }

        @Test
        void treatsUnreplacedPlaceholdersAndEmptyTextAsNotSaid() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_PENDING", "event": "New Movie Request", "subject": "{{subject}}",
                     "media": {"media_type": "movie", "tmdbId": "693134", "tvdbId": "{{media_tvdbid}}"},
                     "request": {"request_id": "127", "requestedBy_username": "alice", "requestedBy_email": ""}}
                    """));

            assertThat(keyed.event().media())
                    .extracting(MediaInfo::title, MediaInfo::year, MediaInfo::tvdbId)
                    .containsExactly(null, null, null);
            assertThat(keyed.event())
                    .asInstanceOf(type(RequestSubmitted.class))
                    .extracting(RequestSubmitted::requestedBy)
                    .isEqualTo(new Requester("alice", null));
        }

        @Test
        void refusesRequestNotificationWhoseRequestIdIsAPlaceholder() {
            byte[] body = json("""
                    {"notification_type": "MEDIA_AVAILABLE",
                     "media": {"media_type": "movie", "tmdbId": "693134"}, "request": {"request_id": "{{request_id}}"}}
                    """);

            assertThatThrownBy(() -> parse(body))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("MEDIA_AVAILABLE without a request_id: cannot tell which request it is about");
        }

        @Test
        void keepsSubjectWithoutYearAsTitle() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_PENDING", "subject": "Dune",
                     "media": {"media_type": "movie", "tmdbId": "438631"}, "request": {"request_id": "9"}}
                    """));

            assertThat(keyed.event().media())
                    .extracting(MediaInfo::title, MediaInfo::year)
                    .containsExactly("Dune", null);
        }

        @Test
        void refusesIdThatIsNotANumber() {
            byte[] body = json("""
                    {"notification_type": "MEDIA_PENDING",
                     "media": {"media_type": "movie", "tmdbId": "tt15239678"}, "request": {"request_id": "9"}}
                    """);

            assertThatThrownBy(() -> parse(body))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("tmdbId is not a number: \"tt15239678\"");
        }
    }

    @Nested
    class Unkeyable {

        @Test
        void refusesMovieRequestWithoutTmdbId() {
            byte[] body = json("""
                    {"notification_type": "MEDIA_PENDING", "event": "New Movie Request",
                     "media": {"media_type": "movie", "tmdbId": ""}, "request": {"request_id": "127"}}
                    """);

            assertThatThrownBy(() -> parse(body))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("MEDIA_PENDING names a movie without a tmdbId");
        }

        @Test
        void refusesRequestNotificationWithoutMedia() {
            byte[] body = json("""
                    {"notification_type": "MEDIA_APPROVED", "media": null, "request": {"request_id": "128"}}
                    """);

            assertThatThrownBy(() -> parse(body))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("MEDIA_APPROVED names no media");
        }

        @Test
        void recordsIssueAboutSeriesWithoutTvdbIdOnTheSourceOnly() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"notification_type": "ISSUE_RESOLVED",
                     "media": {"media_type": "tv", "tmdbId": "95396", "tvdbId": ""}, "issue": {"issue_id": "41"}}
                    """));

            assertThat(parsed.eventType()).isEqualTo("ISSUE_RESOLVED");
            assertThat(parsed.mediaEvents()).isEmpty();
        }
    }

    @Nested
    class UnknownNotificationTypes {

        @Test
        void keepsUnknownTypeAboutMediaAsUnrecognisedEvent() throws UnparseableWebhook {
            ParsedWebhook.Keyed keyed = onlyEvent(json("""
                    {"notification_type": "MEDIA_DELETED", "subject": "Dune: Part Two (2024)",
                     "media": {"media_type": "movie", "tmdbId": "693134"}, "request": null}
                    """));

            assertThat(keyed.key()).isEqualTo(MediaKey.movie(693134, false));
            assertThat(keyed.event())
                    .isEqualTo(new UnrecognisedEvent(
                            new MediaInfo(MediaType.MOVIE, "Dune: Part Two", 2024, 693134L, null, null, false),
                            "MEDIA_DELETED"));
        }

        @Test
        void returnsUnknownTypeWithoutMediaWithNoEvents() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(json("""
                    {"notification_type": "USER_CREATED", "subject": "New user", "media": null}
                    """));

            assertThat(parsed.eventType()).isEqualTo("USER_CREATED");
            assertThat(parsed.mediaEvents()).isEmpty();
            assertThat(parsed.sourceEvent()).isEmpty();
        }
    }

    @Nested
    class NotAnOverseerrWebhook {

        @Test
        void answersTestNotificationWithSourceTested() throws UnparseableWebhook {
            ParsedWebhook parsed = parse(file("overseerr-test-notification.json"));

            assertThat(parsed.sourceEvent()).contains(new SourceTested());
            assertThat(parsed.mediaEvents()).isEmpty();
        }

        @Test
        void refusesObjectWithoutNotificationType() {
            byte[] body = json("""
                    {"event": "New Movie Request", "media": {"media_type": "movie", "tmdbId": "693134"}}
                    """);

            assertThatThrownBy(() -> parse(body))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("no notification_type: not an Overseerr webhook");
        }

        @Test
        void refusesNotificationTypeLeftAsPlaceholder() {
            assertThatThrownBy(() -> parse(json("{\"notification_type\": \"{{notification_type}}\"}")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("no notification_type");
        }

        @Test
        void refusesRestApiResponse() {
            assertThatThrownBy(() -> parse(file("overseerr-api-request-tv.json")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("no notification_type");
        }

        @Test
        void refusesMalformedJson() {
            assertThatThrownBy(() -> parse(json("{\"notification_type\": \"MEDIA_PENDING\",")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("malformed JSON");
        }

        @Test
        void refusesJsonArray() {
            assertThatThrownBy(() -> parse(json("[{\"notification_type\": \"MEDIA_PENDING\"}]")))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessage("expected a JSON object, got ARRAY");
        }

        @Test
        void refusesMediaThatIsNotAnObject() {
            byte[] body = json("""
                    {"notification_type": "MEDIA_PENDING", "media": ["movie", "693134"]}
                    """);

            assertThatThrownBy(() -> parse(body))
                    .isInstanceOf(UnparseableWebhook.class)
                    .hasMessageStartingWith("unexpected value at media: ");
        }
    }
}
