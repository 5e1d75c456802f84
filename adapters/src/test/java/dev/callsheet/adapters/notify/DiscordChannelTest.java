package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import static dev.callsheet.adapters.notify.ChatFixtures.dune;
import static dev.callsheet.adapters.notify.ChatFixtures.episodes;
import static dev.callsheet.adapters.notify.ChatFixtures.failureOf;
import static dev.callsheet.adapters.notify.ChatFixtures.onlyBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class DiscordChannelTest {

    @RegisterExtension
    static final WireMockExtension DISCORD = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String TOKEN = "Xk3vQ9tZ-webhook-token_secret";
    private static final String PATH = "/api/webhooks/1122334455/" + TOKEN;

    private static DiscordChannel channel(String baseUrl, String threadId, Duration timeout) {
        return new DiscordChannel(
                new ChannelSettings.Discord(URI.create(baseUrl + PATH), threadId, null, null),
                "family-discord",
                WebClient.builder(),
                timeout);
    }

    private final DiscordChannel discord = channel(DISCORD.baseUrl(), null, Duration.ofSeconds(5));

    private static void answer(ResponseDefinitionBuilder response) {
        DISCORD.stubFor(post(urlPathEqualTo(PATH)).willReturn(response));
    }

    private static ResponseDefinitionBuilder message(String id) {
        return okJson("{\"id\":\"" + id
                + "\",\"type\":0,\"content\":\"\",\"channel_id\":\"77\",\"webhook_id\":\"1122334455\"}");
    }

    private static JsonNode sentBody() {
        return onlyBody(DISCORD, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Nested
    class Sending {

        @Test
        void postsOneEmbedWaitingForTheMessageAndReturnsItsId() {
            answer(message("1300000000000000001"));

            Sent sent = discord.send(dune(MARGE)).block();

            assertThat(sent).isEqualTo(new Sent("1300000000000000001"));
            DISCORD.verify(postRequestedFor(urlPathEqualTo(PATH))
                    .withQueryParam("wait", equalTo("true"))
                    .withoutQueryParam("thread_id")
                    .withHeader("Content-Type", containing("application/json")));
            JsonNode body = sentBody();
            assertThat(body.path("embeds")).hasSize(1);
            JsonNode embed = body.path("embeds").get(0);
            assertThat(embed.path("title").stringValue()).isEqualTo("Dune (2021) is ready to watch");
            assertThat(embed.path("description").stringValue())
                    .isEqualTo("Paul Atreides leaves Caladan.\nRequested by Marge.");
            assertThat(embed.path("url").stringValue()).isEqualTo(PLEX_LINK.toString());
            assertThat(embed.path("color").intValue()).isEqualTo(0x2ECC71);
            assertThat(embed.path("thumbnail").path("url").stringValue()).isEqualTo(POSTER.toString());
            assertThat(embed.has("fields")).isFalse();
            assertThat(body.has("username")).isFalse();
        }

        @Test
        void mentionsTheRecipientAndAllowsThatMentionOnly() {
            answer(message("1"));

            discord.send(dune(MARGE)).block();

            JsonNode body = sentBody();
            assertThat(body.path("content").stringValue()).isEqualTo("<@123456789012345678>");
            assertThat(body.path("allowed_mentions").propertyNames()).containsExactly("users");
            assertThat(body.path("allowed_mentions").path("users").get(0).stringValue())
                    .isEqualTo("123456789012345678");
            assertThat(body.path("allowed_mentions").path("users")).hasSize(1);
        }

        @Test
        void namesARecipientWithoutDiscordIdAndAllowsNoMention() {
            answer(message("1"));

            discord.send(dune(MARGE_WITHOUT_ADDRESSES)).block();

            JsonNode body = sentBody();
            assertThat(body.path("content").stringValue()).isEqualTo("For Marge");
            assertThat(body.path("allowed_mentions").propertyNames()).containsExactly("parse");
            assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
        }

        @Test
        void allowsNoMentionWhenTheNoticeIsForTheChannel() {
            answer(message("1"));

            discord.send(approval("@everyone M*A*S*H <@&42> needs approval", ""))
                    .block();

            JsonNode body = sentBody();
            assertThat(body.has("content")).isFalse();
            assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
            assertThat(body.path("embeds").get(0).path("title").stringValue())
                    .isEqualTo("@everyone M\\*A\\*S\\*H \\<@&42\\> needs approval");
            assertThat(body.path("embeds").get(0).has("description")).isFalse();
            assertThat(body.path("embeds").get(0).path("color").intValue()).isEqualTo(0xF1C40F);
        }

        @Test
        void postsToTheThreadAndAsTheConfiguredName() {
            answer(message("1"));
            DiscordChannel inThread = new DiscordChannel(
                    new ChannelSettings.Discord(
                            URI.create(DISCORD.baseUrl() + PATH),
                            "998877",
                            "Callsheet",
                            URI.create("https://callsheet.example/icon.png")),
                    "family-discord",
                    WebClient.builder(),
                    Duration.ofSeconds(5));

            inThread.send(dune(null)).block();

            DISCORD.verify(postRequestedFor(urlPathEqualTo(PATH))
                    .withQueryParam("wait", equalTo("true"))
                    .withQueryParam("thread_id", equalTo("998877")));
            JsonNode body = sentBody();
            assertThat(body.path("username").stringValue()).isEqualTo("Callsheet");
            assertThat(body.path("avatar_url").stringValue()).isEqualTo("https://callsheet.example/icon.png");
        }

        @Test
        void writesTheActionsAsLinksInAField() {
            answer(message("1"));

            discord.send(approval("Severance (2022) needs approval", "Season 2, requested by Bart"))
                    .block();

            JsonNode fields = sentBody().path("embeds").get(0).path("fields");
            assertThat(fields).hasSize(1);
            assertThat(fields.get(0).path("name").stringValue()).isEqualTo("Links");
            assertThat(fields.get(0).path("value").stringValue())
                    .isEqualTo("[Approve](" + APPROVE.url() + ")\n[Decline](" + DECLINE.url() + ")");
        }

        @Test
        void treatsANoContentAnswerAsSentWithoutReceipt() {
            answer(aResponse().withStatus(204));

            assertThat(discord.send(dune(null)).block()).isEqualTo(new Sent(null));
        }

        @Test
        void readsItsPaceAsFiveMessagesPerTwoSeconds() {
            assertThat(discord.pace()).isEqualTo(new Pace(5, Duration.ofSeconds(2)));
        }

        @Test
        void refusesAThreadIdThatIsNoDiscordIdWithoutShowingTheToken() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> channel(DISCORD.baseUrl(), "12&x=1", Duration.ofSeconds(5)))
                    .withMessage("Discord webhook family-discord: the thread id must be a Discord id (digits)")
                    .withMessageNotContaining(TOKEN);
        }
    }

    @Nested
    class KeepingToTheEmbedLimits {

        @Test
        void endsALongEpisodeListWithHowManyMoreThereAre() {
            answer(message("1"));
            String longTitle = "T".repeat(300);

            discord.send(new Notice(
                            "n-3",
                            "available",
                            longTitle,
                            episodes(400),
                            PLEX_LINK,
                            POSTER,
                            manyActions(40),
                            MARGE,
                            Map.of()))
                    .block();

            JsonNode embed = sentBody().path("embeds").get(0);
            String title = embed.path("title").stringValue();
            String description = embed.path("description").stringValue();
            String links = embed.path("fields").get(0).path("value").stringValue();
            assertThat(title).hasSize(DiscordChannel.TITLE_LIMIT).endsWith("…");
            assertThat(description.length()).isLessThanOrEqualTo(DiscordChannel.DESCRIPTION_LIMIT);
            assertThat(description).startsWith("S01E001 Episode 1 of the long season\n");
            int shown = (int)
                    description.lines().filter(line -> line.startsWith("S01E")).count();
            assertThat(description).endsWith("\n… and " + (400 - shown) + " more");
            assertThat(links.length()).isLessThanOrEqualTo(DiscordChannel.FIELD_VALUE_LIMIT);
            int linksShown =
                    (int) links.lines().filter(line -> line.startsWith("[")).count();
            assertThat(links).endsWith("\n… and " + (40 - linksShown) + " more");
            assertThat(title.length() + description.length() + "Links".length() + links.length())
                    .isLessThanOrEqualTo(6000);
        }

        @Test
        void cutsOneOverlongLineAndCountsItsEscapesAgainstTheLimit() {
            answer(message("1"));

            discord.send(approval("Long", "*".repeat(5000))).block();

            String description =
                    sentBody().path("embeds").get(0).path("description").stringValue();
            assertThat(description).hasSizeLessThanOrEqualTo(DiscordChannel.DESCRIPTION_LIMIT);
            assertThat(description).startsWith("\\*\\*").endsWith("\\*…");
        }

        private static List<NoticeAction> manyActions(int count) {
            List<NoticeAction> actions = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                actions.add(new NoticeAction(
                        "Open (" + i + ")",
                        URI.create("https://callsheet.example/r/" + i + "?token=" + "t".repeat(60))));
            }
            return actions;
        }
    }

    @Nested
    class ReadingRefusals {

        @Test
        void waitsAsLongAsTheBodySaysThenSends() {
            DISCORD.stubFor(post(urlPathEqualTo(PATH))
                    .inScenario("rate limit")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(
                            aResponse()
                                    .withStatus(429)
                                    .withHeader("Retry-After", "2")
                                    .withHeader("X-RateLimit-Scope", "user")
                                    .withHeader("Content-Type", "application/json")
                                    .withBody(
                                            "{\"message\": \"You are being rate limited.\", \"retry_after\": 1.337, \"global\": false}"))
                    .willSetStateTo("waited"));
            DISCORD.stubFor(post(urlPathEqualTo(PATH))
                    .inScenario("rate limit")
                    .whenScenarioStateIs("waited")
                    .willReturn(message("1300000000000000002")));

            DeliveryFailure limited = failureOf(discord.send(dune(MARGE)), TOKEN);

            assertThat(limited.kind()).isEqualTo(Kind.RETRY);
            assertThat(limited.retryAfter()).contains(Duration.ofMillis(1337));
            assertThat(limited)
                    .hasMessage("Discord webhook family-discord answered HTTP 429: You are being rate limited.");
            assertThat(discord.send(dune(MARGE)).block()).isEqualTo(new Sent("1300000000000000002"));
        }

        @Test
        void saysWhenTheRateLimitIsGlobal() {
            answer(
                    aResponse()
                            .withStatus(429)
                            .withHeader("Content-Type", "application/json")
                            .withBody(
                                    "{\"message\": \"You are being rate limited.\", \"retry_after\": 64.57, \"global\": true}"));

            DeliveryFailure limited = failureOf(discord.send(dune(null)), TOKEN);

            assertThat(limited.kind()).isEqualTo(Kind.RETRY);
            assertThat(limited.retryAfter()).contains(Duration.ofMillis(64_570));
            assertThat(limited.getMessage()).endsWith("(global: every webhook from here waits)");
        }

        @Test
        void takesTheHeaderWhenTheBodyIsNotDiscordsJson() {
            answer(aResponse().withStatus(429).withHeader("Retry-After", "3").withBody("<html>Cloudflare</html>"));

            DeliveryFailure limited = failureOf(discord.send(dune(null)), TOKEN);

            assertThat(limited.kind()).isEqualTo(Kind.RETRY);
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(limited).hasMessage("Discord webhook family-discord answered HTTP 429");
        }

        @Test
        void givesUpOnAnUnknownWebhookNamingDiscordsCode() {
            answer(aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Unknown Webhook\", \"code\": 10015}"));

            DeliveryFailure gone = failureOf(discord.send(dune(MARGE)), TOKEN);

            assertThat(gone.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(gone)
                    .hasMessage("Discord webhook family-discord answered HTTP 404: Unknown Webhook (code 10015)");
        }

        @Test
        void givesUpOnAnInvalidTokenNamingDiscordsCode() {
            answer(aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Invalid Webhook Token\", \"code\": 50027}"));

            DeliveryFailure refused = failureOf(discord.send(dune(MARGE)), TOKEN);

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused)
                    .hasMessage("Discord webhook family-discord answered HTTP 401: Invalid Webhook Token (code 50027)");
        }

        @Test
        void keepsTheTokenOutOfAMessageThatRepeatsIt() {
            answer(aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Invalid Form Body for " + TOKEN + "\", \"code\": 50035}"));

            DeliveryFailure refused = failureOf(discord.send(dune(MARGE)), TOKEN);

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused)
                    .hasMessage(
                            "Discord webhook family-discord answered HTTP 400: Invalid Form Body for *** (code 50035)");
        }

        @Test
        void triesAgainAfterAServerError() {
            answer(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"));

            DeliveryFailure failed = failureOf(discord.send(dune(MARGE)), TOKEN);

            assertThat(failed.kind()).isEqualTo(Kind.RETRY);
            assertThat(failed).hasMessage("Discord webhook family-discord answered HTTP 502");
        }

        @Test
        void cannotTellWhetherASlowDiscordPostedTheMessage() {
            answer(message("1").withFixedDelay(2_000));
            DiscordChannel impatient = channel(DISCORD.baseUrl(), null, Duration.ofSeconds(1));

            DeliveryFailure unknown = failureOf(impatient.send(dune(MARGE)), TOKEN);

            assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
            assertThat(unknown)
                    .hasMessage(
                            "Discord webhook family-discord gave no answer within 1 s; the notice may have gone out");
        }

        @Test
        void triesAgainWhenNothingListens() {
            DiscordChannel nobody = channel(closedPortUrl(), null, Duration.ofSeconds(2));

            DeliveryFailure unreachable = failureOf(nobody.send(dune(MARGE)), TOKEN);

            assertThat(unreachable.kind()).isEqualTo(Kind.RETRY);
            assertThat(unreachable).hasMessage("Discord webhook family-discord could not be reached");
        }
    }
}
