package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.notify.ChatFixtures.APPROVE;
import static dev.callsheet.adapters.notify.ChatFixtures.DECLINE;
import static dev.callsheet.adapters.notify.ChatFixtures.MARGE;
import static dev.callsheet.adapters.notify.ChatFixtures.MARGE_WITHOUT_ADDRESSES;
import static dev.callsheet.adapters.notify.ChatFixtures.PLEX_LINK;
import static dev.callsheet.adapters.notify.ChatFixtures.POSTER;
import static dev.callsheet.adapters.notify.ChatFixtures.approval;
import static dev.callsheet.adapters.notify.ChatFixtures.bodies;
import static dev.callsheet.adapters.notify.ChatFixtures.dune;
import static dev.callsheet.adapters.notify.ChatFixtures.episodes;
import static dev.callsheet.adapters.notify.ChatFixtures.failureOf;
import static dev.callsheet.adapters.notify.ChatFixtures.onlyBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class TelegramChannelTest {

    @RegisterExtension
    static final WireMockExtension TELEGRAM = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String SECRET = "AAHdQwErTy-secretPart_xyz0123456789";
    private static final String TOKEN = "7012345678:" + SECRET;
    private static final String SEND_MESSAGE = "/bot" + TOKEN + "/sendMessage";
    private static final String SEND_PHOTO = "/bot" + TOKEN + "/sendPhoto";

    private static TelegramChannel channel(String baseUrl, List<String> chats, Duration timeout) {
        return new TelegramChannel(
                new ChannelSettings.Telegram(URI.create(baseUrl + "/"), TOKEN, chats),
                "family-telegram",
                WebClient.builder(),
                timeout);
    }

    private static TelegramChannel channel(String... chats) {
        return channel(TELEGRAM.baseUrl(), List.of(chats), Duration.ofSeconds(5));
    }

    private static DeliveryFailure failureOfSending(TelegramChannel telegram, Notice notice) {
        return failureOf(telegram.send(notice), TOKEN, SECRET);
    }

    private static ResponseDefinitionBuilder message(long id) {
        return okJson("{\"ok\":true,\"result\":{\"message_id\":" + id
                + ",\"date\":1796281200,\"chat\":{\"id\":-4001,\"type\":\"group\"},\"text\":\"…\"}}");
    }

    private static ResponseDefinitionBuilder refusal(int status, String description) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}");
    }

    private static MappingBuilder toChat(String path, long chat) {
        return post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))));
    }

    /** What a reader sees: the text without its tags, the entities read back. */
    private static String visible(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    @Nested
    class Sending {

        @Test
        void sendsAMessageWithButtonsToTheConfiguredChat() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(message(42)));

            Sent sent = channel("-4001")
                    .send(approval("Severance (2022) needs approval", "Season 2, requested by Bart"))
                    .block();

            assertThat(sent).isEqualTo(new Sent("42"));
            TELEGRAM.verify(postRequestedFor(urlPathEqualTo(SEND_MESSAGE))
                    .withHeader("Content-Type", containing("application/json")));
            JsonNode body = onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_MESSAGE)));
            assertThat(body.path("chat_id").isIntegralNumber()).isTrue();
            assertThat(body.path("chat_id").longValue()).isEqualTo(-4001);
            assertThat(body.path("text").stringValue())
                    .isEqualTo("<b>Severance (2022) needs approval</b>\n\nSeason 2, requested by Bart");
            assertThat(body.path("parse_mode").stringValue()).isEqualTo("HTML");
            assertThat(body.path("link_preview_options").path("is_disabled").booleanValue())
                    .isTrue();
            JsonNode keyboard = body.path("reply_markup").path("inline_keyboard");
            assertThat(keyboard).hasSize(2);
            assertThat(keyboard.get(0).get(0).path("text").stringValue()).isEqualTo("Approve");
            assertThat(keyboard.get(0).get(0).path("url").stringValue())
                    .isEqualTo(APPROVE.url().toString());
            assertThat(keyboard.get(1).get(0).path("text").stringValue()).isEqualTo("Decline");
            assertThat(keyboard.get(1).get(0).path("url").stringValue())
                    .isEqualTo(DECLINE.url().toString());
        }

        @Test
        void sendsThePosterWithTheNoticeAsItsCaptionNamingWhomItIsFor() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).willReturn(message(43)));

            Sent sent = channel("@family").send(dune(MARGE_WITHOUT_ADDRESSES)).block();

            assertThat(sent).isEqualTo(new Sent("43"));
            JsonNode body = onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_PHOTO)));
            assertThat(body.path("chat_id").stringValue()).isEqualTo("@family");
            assertThat(body.path("photo").stringValue()).isEqualTo(POSTER.toString());
            assertThat(body.path("caption").stringValue())
                    .isEqualTo("<a href=\"" + PLEX_LINK + "\"><b>Dune (2021) is ready to watch</b></a>\nFor Marge\n\n"
                            + "Paul Atreides leaves Caladan.\nRequested by Marge.");
            assertThat(body.path("parse_mode").stringValue()).isEqualTo("HTML");
            assertThat(body.has("text")).isFalse();
            assertThat(body.has("reply_markup")).isFalse();
        }

        @Test
        void sendsToTheRecipientsOwnChatOnlyWithoutNamingThem() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).willReturn(message(44)));

            channel("-4001", "-4002").send(dune(MARGE)).block();

            JsonNode body = onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_PHOTO)));
            assertThat(body.path("chat_id").longValue()).isEqualTo(987654321L);
            assertThat(body.path("caption").stringValue()).doesNotContain("For Marge");
        }

        @Test
        void escapesTheThreeCharactersHtmlModeReads() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(message(45)));

            channel("-4001")
                    .send(new Notice(
                            "n-4",
                            "available",
                            "Tom & Jerry <3",
                            "a < b > c & \"quoted\"",
                            APPROVE.url(),
                            null,
                            List.of(),
                            null,
                            Map.of()))
                    .block();

            JsonNode body = onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_MESSAGE)));
            assertThat(body.path("text").stringValue())
                    .isEqualTo(
                            "<a href=\"https://callsheet.example/a/req-7?t=abc&amp;x=1\"><b>Tom &amp; Jerry &lt;3</b></a>"
                                    + "\n\na &lt; b &gt; c &amp; &quot;quoted&quot;");
        }

        @Test
        void sendsNothingWhenThereIsNoChat() {
            DeliveryFailure nowhere = failureOfSending(channel(), dune(MARGE_WITHOUT_ADDRESSES));

            assertThat(nowhere.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(nowhere)
                    .hasMessage("Telegram bot family-telegram has no chat to send to: the notice names no Telegram chat"
                            + " and none is configured");
            assertThat(TELEGRAM.getAllServeEvents()).isEmpty();
        }

        @Test
        void pacesGroupsAtTwentyAMinuteAndPrivateChatsAtOneASecond() {
            assertThat(channel("-4001", "5").pace()).isEqualTo(new Pace(20, Duration.ofMinutes(1)));
            assertThat(channel("@family").pace()).isEqualTo(new Pace(20, Duration.ofMinutes(1)));
            assertThat(channel("5").pace()).isEqualTo(new Pace(1, Duration.ofSeconds(1)));
            assertThat(channel().pace()).isEqualTo(new Pace(1, Duration.ofSeconds(1)));
        }

        @Test
        void refusesATokenNoUrlCanCarryWithoutShowingIt() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new TelegramChannel(
                            new ChannelSettings.Telegram(
                                    URI.create("https://api.telegram.org"), "70:sec ret", List.of()),
                            "family-telegram",
                            WebClient.builder(),
                            Duration.ofSeconds(5)))
                    .withMessage("Telegram bot family-telegram: the bot token has characters a URL path cannot hold")
                    .withNoCause();
        }
    }

    @Nested
    class KeepingToTheLimits {

        @Test
        void endsALongCaptionWithHowManyMoreEpisodesThereAre() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).willReturn(message(46)));

            channel("-4001")
                    .send(new Notice(
                            "n-5",
                            "available",
                            "Tom & Jerry & Friends",
                            episodes(100).replace("Episode", "Episode <&>"),
                            PLEX_LINK,
                            POSTER,
                            List.of(),
                            MARGE_WITHOUT_ADDRESSES,
                            Map.of()))
                    .block();

            String caption = onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_PHOTO)))
                    .path("caption")
                    .stringValue();
            String seen = visible(caption);
            assertThat(seen.length()).isLessThanOrEqualTo(TelegramChannel.CAPTION_LIMIT);
            assertThat(caption.length()).isGreaterThan(TelegramChannel.CAPTION_LIMIT);
            int shown =
                    (int) seen.lines().filter(line -> line.startsWith("S01E")).count();
            assertThat(seen).endsWith("\n… and " + (100 - shown) + " more");
            assertThat(shown).isGreaterThan(15);
        }

        @Test
        void endsALongMessageWithinFourThousandCharacters() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(message(47)));

            channel("-4001").send(approval("T".repeat(400), episodes(400))).block();

            String seen = visible(onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_MESSAGE)))
                    .path("text")
                    .stringValue());
            assertThat(seen.length()).isLessThanOrEqualTo(TelegramChannel.MESSAGE_LIMIT);
            assertThat(seen.lines().findFirst()).contains("T".repeat(TelegramChannel.TITLE_LIMIT - 1) + "…");
            int shown =
                    (int) seen.lines().filter(line -> line.startsWith("S01E")).count();
            assertThat(seen).endsWith("\n… and " + (400 - shown) + " more");
        }
    }

    @Nested
    class SeveralChats {

        @Test
        void sendsToEachChatOnceAndNotesAChatThatRefused() {
            TELEGRAM.stubFor(toChat(SEND_PHOTO, -4001).willReturn(message(1)));
            TELEGRAM.stubFor(toChat(SEND_PHOTO, -4002)
                    .willReturn(refusal(403, "Forbidden: bot was kicked from the group chat")));
            TELEGRAM.stubFor(toChat(SEND_PHOTO, -4003).willReturn(message(3)));

            Sent sent = channel("-4001", "-4002", "-4003").send(dune(null)).block();

            assertThat(sent)
                    .isEqualTo(new Sent("-4001: 1; -4002: not sent, Telegram bot family-telegram answered HTTP 403:"
                            + " Forbidden: bot was kicked from the group chat; -4003: 3"));
            for (long chat : List.of(-4001L, -4002L, -4003L)) {
                TELEGRAM.verify(
                        1,
                        postRequestedFor(urlPathEqualTo(SEND_PHOTO))
                                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat)))));
            }
        }

        @Test
        void failsWithTheFirstChatsFailureBeforeSendingToTheOthers() {
            TELEGRAM.stubFor(toChat(SEND_PHOTO, -4001).willReturn(refusal(502, "Bad Gateway")));
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).atPriority(10).willReturn(message(2)));

            DeliveryFailure failed = failureOfSending(channel("-4001", "-4002"), dune(null));

            assertThat(failed.kind()).isEqualTo(Kind.RETRY);
            assertThat(TELEGRAM.getAllServeEvents()).hasSize(1);
        }
    }

    @Nested
    class ReadingRefusals {

        @Test
        void waitsAsLongAsTelegramSaysThenSends() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO))
                    .inScenario("flood")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse()
                            .withStatus(429)
                            .withHeader("Content-Type", "application/json")
                            .withBody(
                                    "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                                            + "\"parameters\":{\"retry_after\":7}}"))
                    .willSetStateTo("waited"));
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO))
                    .inScenario("flood")
                    .whenScenarioStateIs("waited")
                    .willReturn(message(48)));
            TelegramChannel telegram = channel("-4001");

            DeliveryFailure limited = failureOfSending(telegram, dune(null));

            assertThat(limited.kind()).isEqualTo(Kind.RETRY);
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(limited)
                    .hasMessage("Telegram bot family-telegram answered HTTP 429: Too Many Requests: retry after 7");
            assertThat(telegram.send(dune(null)).block()).isEqualTo(new Sent("48"));
        }

        @Test
        void resendsAtOnceToTheSupergroupAGroupBecame() {
            TELEGRAM.stubFor(
                    toChat(SEND_MESSAGE, -4001)
                            .willReturn(
                                    aResponse()
                                            .withStatus(400)
                                            .withHeader("Content-Type", "application/json")
                                            .withBody(
                                                    "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was"
                                                            + " upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1009876543210}}")));
            TELEGRAM.stubFor(toChat(SEND_MESSAGE, -1009876543210L).willReturn(message(49)));

            Sent sent = channel("-4001")
                    .send(approval("Severance (2022) needs approval", ""))
                    .block();

            assertThat(sent)
                    .isEqualTo(new Sent("49 in chat -1009876543210 (was -4001: the group became a supergroup;"
                            + " configure the new id)"));
            assertThat(bodies(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_MESSAGE))))
                    .extracting(body -> body.path("chat_id").longValue())
                    .containsExactlyInAnyOrder(-4001L, -1009876543210L);
        }

        @Test
        void sendsTheTextAloneWhenTelegramCannotUseThePoster() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO))
                    .willReturn(refusal(400, "Bad Request: wrong file identifier/HTTP URL specified")));
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(message(50)));

            Sent sent = channel("-4001").send(dune(null)).block();

            assertThat(sent).isEqualTo(new Sent("50"));
            JsonNode body = onlyBody(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_MESSAGE)));
            assertThat(body.path("text").stringValue()).startsWith("<a href=\"" + PLEX_LINK + "\"><b>Dune (2021)");
            assertThat(body.has("photo")).isFalse();
        }

        @Test
        void writesTheLinksOutWhenTelegramRefusesTheButtons() {
            NoticeAction onTheLan = new NoticeAction("Approve", URI.create("http://nas:5055/a/req-7?t=abc&x=1"));
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_MESSAGE))
                    .withRequestBody(matchingJsonPath("$.reply_markup"))
                    .willReturn(refusal(
                            400,
                            "Bad Request: inline keyboard button URL 'http://nas:5055/a/req-7?t=abc&x=1' is invalid:"
                                    + " Wrong HTTP URL")));
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).atPriority(10).willReturn(message(51)));

            Sent sent = channel("-4001")
                    .send(new Notice(
                            "n-6",
                            "needs-approval",
                            "Severance (2022) needs approval",
                            "Season 2",
                            URI.create("http://nas:5055/r/7"),
                            null,
                            List.of(onTheLan),
                            null,
                            Map.of()))
                    .block();

            assertThat(sent).isEqualTo(new Sent("51"));
            List<JsonNode> sentBodies = bodies(TELEGRAM, postRequestedFor(urlPathEqualTo(SEND_MESSAGE)));
            assertThat(sentBodies).hasSize(2);
            JsonNode textOnly = sentBodies.stream()
                    .filter(body -> !body.has("reply_markup"))
                    .findFirst()
                    .orElseThrow();
            assertThat(textOnly.path("text").stringValue())
                    .isEqualTo("<b>Severance (2022) needs approval</b>\n\nSeason 2\n\n"
                            + "http://nas:5055/r/7\nApprove: http://nas:5055/a/req-7?t=abc&amp;x=1");
        }

        @Test
        void givesUpOnAChatTelegramDoesNotKnowAfterTryingTheSmallerShapes() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).willReturn(refusal(400, "Bad Request: chat not found")));
            TELEGRAM.stubFor(
                    post(urlPathEqualTo(SEND_MESSAGE)).willReturn(refusal(400, "Bad Request: chat not found")));

            DeliveryFailure refused = failureOfSending(channel("-4001"), dune(null));

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused)
                    .hasMessage("Telegram bot family-telegram answered HTTP 400: Bad Request: chat not found");
            TELEGRAM.verify(1, postRequestedFor(urlPathEqualTo(SEND_PHOTO)));
            TELEGRAM.verify(2, postRequestedFor(urlPathEqualTo(SEND_MESSAGE)));
        }

        @Test
        void givesUpOnARefusedTokenWithoutShowingIt() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).willReturn(refusal(401, "Unauthorized")));

            DeliveryFailure refused = failureOfSending(channel("-4001"), dune(null));

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused).hasMessage("Telegram bot family-telegram answered HTTP 401: Unauthorized");
            TELEGRAM.verify(1, postRequestedFor(urlPathEqualTo(SEND_PHOTO)));
        }

        @Test
        void givesUpOnARecipientWhoBlockedTheBot() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO))
                    .willReturn(refusal(403, "Forbidden: bot was blocked by the user")));

            DeliveryFailure refused = failureOfSending(channel(), dune(MARGE));

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused)
                    .hasMessage(
                            "Telegram bot family-telegram answered HTTP 403: Forbidden: bot was blocked by the user");
        }

        @Test
        void keepsTheTokenOutOfADescriptionThatRepeatsIt() {
            TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PHOTO)).willReturn(refusal(404, "Not Found: " + TOKEN)));

            DeliveryFailure refused = failureOfSending(channel("-4001"), dune(null));

            assertThat(refused).hasMessage("Telegram bot family-telegram answered HTTP 404: Not Found: ***");
        }

        @Test
        void triesAgainAfterAServerError() {
            TELEGRAM.stubFor(
                    post(urlPathEqualTo(SEND_PHOTO)).willReturn(aResponse().withStatus(500)));

            DeliveryFailure failed = failureOfSending(channel("-4001"), dune(null));

            assertThat(failed.kind()).isEqualTo(Kind.RETRY);
            assertThat(failed).hasMessage("Telegram bot family-telegram answered HTTP 500");
        }

        @Test
        void cannotTellWhetherASlowTelegramSentTheMessage() {
            TELEGRAM.stubFor(
                    post(urlPathEqualTo(SEND_PHOTO)).willReturn(message(52).withFixedDelay(2_000)));
            TelegramChannel impatient = channel(TELEGRAM.baseUrl(), List.of("-4001"), Duration.ofSeconds(1));

            DeliveryFailure unknown = failureOfSending(impatient, dune(null));

            assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
            assertThat(unknown)
                    .hasMessage("Telegram bot family-telegram gave no answer within 1 s; the notice may have gone out");
        }

        @Test
        void triesAgainWhenNothingListens() {
            TelegramChannel nobody = channel(closedPortUrl(), List.of("-4001"), Duration.ofSeconds(2));

            DeliveryFailure unreachable = failureOfSending(nobody, dune(null));

            assertThat(unreachable.kind()).isEqualTo(Kind.RETRY);
            assertThat(unreachable).hasMessage("Telegram bot family-telegram could not be reached");
        }
    }
}
