package dev.callsheet.adapters.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.callsheet.adapters.ClientFixtures.closedPortUrl;
import static dev.callsheet.adapters.notify.ChatFixtures.APPROVE;
import static dev.callsheet.adapters.notify.ChatFixtures.DECLINE;
import static dev.callsheet.adapters.notify.ChatFixtures.MARGE;
import static dev.callsheet.adapters.notify.ChatFixtures.PLEX_LINK;
import static dev.callsheet.adapters.notify.ChatFixtures.POSTER;
import static dev.callsheet.adapters.notify.ChatFixtures.approval;
import static dev.callsheet.adapters.notify.ChatFixtures.dune;
import static dev.callsheet.adapters.notify.ChatFixtures.episodes;
import static dev.callsheet.adapters.notify.ChatFixtures.failureOf;
import static dev.callsheet.adapters.notify.ChatFixtures.onlyBody;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

class SlackChannelTest {

    @RegisterExtension
    static final WireMockExtension SLACK = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String SECRET = "QwErTy0123456789SlackSecret";
    private static final String PATH = "/services/T0001/B0002/" + SECRET;

    private static SlackChannel channel(String baseUrl, Duration timeout) {
        return new SlackChannel(
                new ChannelSettings.Slack(URI.create(baseUrl + PATH)), "admins-slack", WebClient.builder(), timeout);
    }

    private final SlackChannel slack = channel(SLACK.baseUrl(), Duration.ofSeconds(5));

    private static void answer(ResponseDefinitionBuilder response) {
        SLACK.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("ok");
    }

    private static JsonNode sentBody() {
        return onlyBody(SLACK, postRequestedFor(urlEqualTo(PATH)));
    }

    @Nested
    class Sending {

        @Test
        void postsTheTitleTextPosterAndLinkAsBlocks() {
            answer(ok());

            Sent sent = slack.send(dune(MARGE)).block();

            assertThat(sent).isEqualTo(new Sent(null));
            SLACK.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Content-Type", containing("application/json")));
            JsonNode body = sentBody();
            assertThat(body.path("text").stringValue()).isEqualTo("Dune (2021) is ready to watch");
            assertThat(body.path("unfurl_links").booleanValue()).isFalse();
            assertThat(body.path("unfurl_media").booleanValue()).isFalse();
            JsonNode blocks = body.path("blocks");
            assertThat(blocks).hasSize(4);
            assertThat(blocks.get(0).path("type").stringValue()).isEqualTo("header");
            assertThat(blocks.get(0).path("text").path("type").stringValue()).isEqualTo("plain_text");
            assertThat(blocks.get(0).path("text").path("text").stringValue())
                    .isEqualTo("Dune (2021) is ready to watch");
            assertThat(blocks.get(1).path("type").stringValue()).isEqualTo("context");
            assertThat(blocks.get(1).path("elements").get(0).path("text").stringValue())
                    .isEqualTo("For Marge");
            JsonNode section = blocks.get(2);
            assertThat(section.path("type").stringValue()).isEqualTo("section");
            assertThat(section.path("text").path("type").stringValue()).isEqualTo("mrkdwn");
            assertThat(section.path("text").path("text").stringValue())
                    .isEqualTo("Paul Atreides leaves Caladan.\nRequested by Marge.");
            assertThat(section.path("accessory").path("type").stringValue()).isEqualTo("image");
            assertThat(section.path("accessory").path("image_url").stringValue())
                    .isEqualTo(POSTER.toString());
            assertThat(section.path("accessory").path("alt_text").stringValue())
                    .isEqualTo("Dune (2021) is ready to watch");
            JsonNode buttons = blocks.get(3).path("elements");
            assertThat(blocks.get(3).path("type").stringValue()).isEqualTo("actions");
            assertThat(buttons).hasSize(1);
            assertThat(buttons.get(0).path("type").stringValue()).isEqualTo("button");
            assertThat(buttons.get(0).path("text").path("text").stringValue()).isEqualTo("Open");
            assertThat(buttons.get(0).path("url").stringValue()).isEqualTo(PLEX_LINK.toString());
        }

        @Test
        void escapesSlacksControlCharactersAndMakesAButtonPerAction() {
            answer(ok());

            slack.send(approval("Tom & Jerry <!channel> needs approval", "Requested by <@U123> & Bart"))
                    .block();

            JsonNode body = sentBody();
            assertThat(body.path("text").stringValue()).isEqualTo("Tom &amp; Jerry &lt;!channel&gt; needs approval");
            JsonNode blocks = body.path("blocks");
            assertThat(blocks).hasSize(3);
            assertThat(blocks.get(0).path("text").path("text").stringValue())
                    .isEqualTo("Tom & Jerry <!channel> needs approval");
            assertThat(blocks.get(1).path("text").path("text").stringValue())
                    .isEqualTo("Requested by &lt;@U123&gt; &amp; Bart");
            assertThat(blocks.get(1).has("accessory")).isFalse();
            JsonNode buttons = blocks.get(2).path("elements");
            assertThat(buttons).hasSize(2);
            assertThat(buttons.get(0).path("text").path("text").stringValue()).isEqualTo("Approve");
            assertThat(buttons.get(0).path("url").stringValue())
                    .isEqualTo(APPROVE.url().toString());
            assertThat(buttons.get(1).path("url").stringValue())
                    .isEqualTo(DECLINE.url().toString());
            assertThat(buttons.get(0).path("action_id").stringValue())
                    .isNotEqualTo(buttons.get(1).path("action_id").stringValue());
        }

        @Test
        void keepsALongEpisodeListWithinASectionsLimit() {
            answer(ok());

            slack.send(new Notice(
                            "n-3", "available", "S".repeat(200), episodes(300), null, null, List.of(), null, Map.of()))
                    .block();

            JsonNode blocks = sentBody().path("blocks");
            assertThat(blocks.get(0).path("text").path("text").stringValue())
                    .hasSize(SlackChannel.HEADER_LIMIT)
                    .endsWith("…");
            String text = blocks.get(1).path("text").path("text").stringValue();
            assertThat(text.length()).isLessThanOrEqualTo(SlackChannel.SECTION_LIMIT);
            int shown =
                    (int) text.lines().filter(line -> line.startsWith("S01E")).count();
            assertThat(text).endsWith("\n… and " + (300 - shown) + " more");
            assertThat(shown).isGreaterThan(70);
        }

        @Test
        void readsItsPaceAsOneMessageASecond() {
            assertThat(slack.pace()).isEqualTo(new Pace(1, Duration.ofSeconds(1)));
        }
    }

    @Nested
    class ReadingRefusals {

        @ParameterizedTest
        @CsvSource({
            "400, invalid_payload",
            "404, no_service",
            "404, channel_not_found",
            "410, channel_is_archived",
            "403, action_prohibited",
            "400, no_text",
            "500, team_disabled"
        })
        void givesUpOnSlacksErrorCodesWhateverTheStatus(int status, String code) {
            answer(aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "text/html")
                    .withBody(code));

            DeliveryFailure refused = failureOf(slack.send(dune(MARGE)), SECRET);

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused).hasMessage("Slack webhook admins-slack refused the message: " + code);
        }

        @Test
        void waitsAsLongAsRetryAfterSaysThenSends() {
            SLACK.stubFor(post(urlEqualTo(PATH))
                    .inScenario("rate limit")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30"))
                    .willSetStateTo("waited"));
            SLACK.stubFor(post(urlEqualTo(PATH))
                    .inScenario("rate limit")
                    .whenScenarioStateIs("waited")
                    .willReturn(ok()));

            DeliveryFailure limited = failureOf(slack.send(dune(MARGE)), SECRET);

            assertThat(limited.kind()).isEqualTo(Kind.RETRY);
            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(30));
            assertThat(limited).hasMessage("Slack webhook admins-slack answered HTTP 429");
            assertThat(slack.send(dune(MARGE)).block()).isEqualTo(new Sent(null));
        }

        @Test
        void triesAgainAfterAServerErrorWithoutQuotingItsPage() {
            answer(aResponse().withStatus(503).withBody("<html><body>Service Unavailable</body></html>"));

            DeliveryFailure failed = failureOf(slack.send(dune(MARGE)), SECRET);

            assertThat(failed.kind()).isEqualTo(Kind.RETRY);
            assertThat(failed).hasMessage("Slack webhook admins-slack answered HTTP 503");
        }

        @Test
        void givesUpOnAnUnlistedRefusalNamingItsCode() {
            answer(aResponse().withStatus(403).withBody("invalid_auth"));

            DeliveryFailure refused = failureOf(slack.send(dune(MARGE)), SECRET);

            assertThat(refused.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(refused).hasMessage("Slack webhook admins-slack answered HTTP 403: invalid_auth");
        }

        @Test
        void cannotTellWhetherASlowSlackPostedTheMessage() {
            answer(ok().withFixedDelay(2_000));

            DeliveryFailure unknown =
                    failureOf(channel(SLACK.baseUrl(), Duration.ofSeconds(1)).send(dune(MARGE)), SECRET);

            assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
            assertThat(unknown)
                    .hasMessage("Slack webhook admins-slack gave no answer within 1 s; the notice may have gone out");
        }

        @Test
        void triesAgainWhenNothingListens() {
            DeliveryFailure unreachable =
                    failureOf(channel(closedPortUrl(), Duration.ofSeconds(2)).send(dune(MARGE)), SECRET);

            assertThat(unreachable.kind()).isEqualTo(Kind.RETRY);
            assertThat(unreachable).hasMessage("Slack webhook admins-slack could not be reached");
        }
    }
}
