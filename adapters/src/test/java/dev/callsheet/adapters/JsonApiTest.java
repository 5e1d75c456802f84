package dev.callsheet.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

class JsonApiTest {

    @RegisterExtension
    static final WireMockExtension SERVICE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    record Thing(int id, String name) {}

    private static final TypeReference<Thing> THING = new TypeReference<>() {};

    private final JsonApi api = apiAt(endpoint(SERVICE.baseUrl()));

    private static JsonApi apiAt(ApiEndpoint endpoint) {
        return new JsonApi("Thingarr", endpoint, WebClient.builder(), Kind::ofStatus);
    }

    private Mono<Thing> getThing() {
        return api.get(THING, Function.identity(), "/api/thing/{id}", 7);
    }

    private static void answers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        SERVICE.stubFor(get(urlPathEqualTo("/api/thing/7")).willReturn(response));
    }

    @Test
    void leavesTheSharedBuilderAsItWas() {
        WebClient.Builder shared = WebClient.builder();
        new JsonApi("Thingarr", endpoint(SERVICE.baseUrl()), shared, Kind::ofStatus);
        answers(okJson("{}"));

        shared.build()
                .get()
                .uri(SERVICE.baseUrl() + "/api/thing/7")
                .retrieve()
                .toBodilessEntity()
                .block();

        SERVICE.verify(getRequestedFor(urlPathEqualTo("/api/thing/7")).withHeader("X-Api-Key", absent()));
    }

    @Nested
    class WhenThereIsNoSuchThing {

        @Test
        void findsNothingOnA404() {
            answers(notFound().withBody("{\"message\": \"NotFound\"}"));

            assertThat(api.find(THING, Function.identity(), "/api/thing/{id}", 7)
                            .block())
                    .isEqualTo(Optional.empty());
        }

        @Test
        void rejectsA404WhereTheThingMustExist() {
            answers(notFound().withBody("{\"message\": \"NotFound\"}"));

            assertThat(failureOf(getThing()))
                    .hasMessage("Thingarr at " + SERVICE.baseUrl()
                            + " refused the call (HTTP 404 on GET /api/thing/7): {\"message\": \"NotFound\"}")
                    .extracting(AdapterFailure::kind)
                    .isEqualTo(Kind.REJECTED);
        }

        // Radarr's way: an id its metadata source does not know is a 500 naming the id.
        private final JsonApi.Absence unknownThing = (status, body) -> status == 500 && body.contains("no thing 7");

        private Mono<Optional<Thing>> findTheVendorsWay() {
            return api.find(THING, Function.identity(), unknownThing, "/api/thing/{id}", 7);
        }

        @Test
        void findsNothingWhereTheVendorSaysSoItsOwnWay() {
            answers(aResponse().withStatus(500).withBody("{\"message\": \"There is no thing 7.\"}"));

            assertThat(findTheVendorsWay().block()).isEqualTo(Optional.empty());
        }

        @Test
        void failsOnAnyOtherErrorWhenTheVendorSaysSoItsOwnWay() {
            answers(aResponse().withStatus(500).withBody("{\"message\": \"database is locked\"}"));

            assertThat(failureOf(findTheVendorsWay()).kind()).isEqualTo(Kind.SERVER_ERROR);
        }

        @Test
        void takesA404ForAFailureWhenTheVendorSaysSoItsOwnWay() {
            answers(notFound().withBody("{\"message\": \"There is no thing 7.\"}"));

            assertThat(failureOf(findTheVendorsWay()).kind()).isEqualTo(Kind.REJECTED);
        }

        @Test
        void readsTheThingWhenThereIsOneWhicheverWayTheVendorSaysThereIsNone() {
            answers(okJson("{\"id\": 7, \"name\": \"seven\"}"));

            assertThat(findTheVendorsWay().block()).contains(new Thing(7, "seven"));
        }
    }

    @Nested
    class WhenTheAnswerIsAnError {

        @Test
        void quotesTheStartOfALongErrorBodyOnOneLine() {
            answers(aResponse()
                    .withStatus(400)
                    .withBody("[\n  {\"propertyName\": \"Path\",\n" + "x".repeat(500) + "}]"));

            assertThat(failureOf(getThing()).getMessage())
                    .contains("HTTP 400 on GET /api/thing/7): [ {\"propertyName\": \"Path\", xxx")
                    .endsWith("x…");
        }

        @Test
        void quotesTheMessagesOfTheArrsValidationFailuresInsteadOfTheirJson() {
            answers(aResponse().withStatus(400).withBody("""
                    [{"propertyName": "Path", "errorMessage": "Path is already configured as a root folder",
                      "attemptedValue": "%s", "severity": "error", "errorCode": "PathValidator"},
                     {"propertyName": "Path", "errorMessage": " Path is already configured as a root folder ",
                      "severity": "error"},
                     {"propertyName": "Name", "errorMessage": "Should be unique", "severity": "warning"}]
                    """.formatted("x".repeat(300))));

            assertThat(failureOf(getThing()))
                    .hasMessage("Thingarr at " + SERVICE.baseUrl() + " refused the call (HTTP 400 on GET"
                            + " /api/thing/7): Path is already configured as a root folder; Should be unique");
        }

        @Test
        void quotesAnArrayThatIsNotOfValidationFailuresAsItCame() {
            answers(aResponse()
                    .withStatus(400)
                    .withBody("[{\"errorMessage\": \"Should be unique\"}, {\"propertyName\": \"Name\"}]"));

            assertThat(failureOf(getThing()))
                    .hasMessageEndingWith("(HTTP 400 on GET /api/thing/7): [{\"errorMessage\": \"Should be unique\"},"
                            + " {\"propertyName\": \"Name\"}]");
        }

        @Test
        void blanksTheKeyWhenTheServiceEchoesIt() {
            answers(aResponse().withStatus(400).withBody("{\"message\": \"bad key " + API_KEY + "\"}"));

            assertThat(failureOf(getThing())).hasMessageContaining("bad key [api key]");
        }

        @Test
        void doesNotFollowRedirectsWithTheKey() {
            answers(aResponse().withStatus(302).withHeader("Location", SERVICE.baseUrl() + "/login"));

            assertThat(failureOf(getThing()).kind()).isEqualTo(Kind.REJECTED);
            SERVICE.verify(0, getRequestedFor(urlPathEqualTo("/login")));
        }
    }

    @Nested
    class WhenTheBodyIsNotTheExpectedJson {

        @Test
        void namesTheContentTypeOfAnHtmlPage() {
            answers(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Sign in</body></html>"));

            assertThat(failureOf(getThing()))
                    .hasMessageStartingWith(
                            "Thingarr at " + SERVICE.baseUrl() + " gave an unreadable answer to GET /api/thing/7: ")
                    .hasMessageEndingWith("(text/html)")
                    .extracting(AdapterFailure::kind)
                    .isEqualTo(Kind.UNREADABLE);
        }

        @Test
        void reportsAnEmptyBody() {
            answers(aResponse().withStatus(200));

            assertThat(failureOf(getThing())).hasMessageEndingWith(": the body is empty");
        }

        @Test
        void reportsANullBody() {
            answers(okJson("null"));

            assertThat(failureOf(getThing())).hasMessageEndingWith(": the body is null");
        }

        @Test
        void namesWhereAValueDoesNotFit() {
            answers(okJson("{\"id\": \"seven\"}"));

            AdapterFailure failure = failureOf(getThing());

            assertThat(failure).hasMessageContaining("the body is not the expected JSON at id: ");
            assertThat(failure.unreadable()).contains(new AdapterFailure.Unreadable("GET /api/thing/7", "id"));
        }

        @Test
        void namesANestedFieldWithItsIndices() {
            SERVICE.stubFor(get(urlPathEqualTo("/api/things"))
                    .willReturn(okJson("{\"things\": [{\"id\": 1}, {\"id\": null}]}")));
            record Things(List<Thing> things) {}

            AdapterFailure failure =
                    failureOf(api.get(new TypeReference<Things>() {}, Function.identity(), "/api/things"));

            assertThat(failure.unreadable()).contains(new AdapterFailure.Unreadable("GET /api/things", "things[1].id"));
            assertThat(failure)
                    .as("Jackson's advice to programmers left out")
                    .hasMessageEndingWith("at things[1].id: Cannot map `null` into type `int` (application/json)");
        }

        @Test
        void namesNoFieldWhenTheWholeAnswerIsWrong() {
            answers(aResponse().withStatus(200));

            assertThat(failureOf(getThing()).unreadable())
                    .contains(new AdapterFailure.Unreadable("GET /api/thing/7", null));
        }

        @Test
        void reportsAValueTheTranslationDoesNotKnow() {
            answers(okJson("{\"id\": 7, \"name\": \"mystery\"}"));

            Mono<String> call = api.get(
                    THING,
                    thing -> {
                        throw new IllegalArgumentException("unknown name " + thing.name());
                    },
                    "/api/thing/{id}",
                    7);

            assertThat(failureOf(call))
                    .hasMessageEndingWith("GET /api/thing/7: unknown name mystery")
                    .extracting(AdapterFailure::kind)
                    .isEqualTo(Kind.UNREADABLE);
        }
    }

    @Nested
    class Triggering {

        @Test
        void takesAnyTwoHundredAsDoneWhateverItsBody() {
            SERVICE.stubFor(
                    get(urlPathEqualTo("/api/scan")).willReturn(aResponse().withStatus(200)));
            SERVICE.stubFor(get(urlPathEqualTo("/api/scan-xml"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "text/xml")
                            .withBody("<ok/>")));

            api.trigger("/api/scan").block();
            api.trigger("/api/scan-xml").block();

            SERVICE.verify(getRequestedFor(urlPathEqualTo("/api/scan")).withHeader("X-Api-Key", equalTo(API_KEY)));
            SERVICE.verify(getRequestedFor(urlPathEqualTo("/api/scan-xml")));
        }

        @Test
        void readsAnErrorStatusLikeAnyCall() {
            SERVICE.stubFor(get(urlPathEqualTo("/api/scan/9"))
                    .willReturn(aResponse().withStatus(404).withBody("no such section")));

            assertThat(failureOf(api.trigger("/api/scan/{key}", 9)))
                    .hasMessageEndingWith("refused the call (HTTP 404 on GET /api/scan/9): no such section")
                    .extracting(AdapterFailure::kind)
                    .isEqualTo(Kind.REJECTED);
        }
    }

    @Nested
    class WhenTheServiceCannotBeReached {

        @Test
        void countsTheTimeoutInMillisecondsWhenItIsNotWholeSeconds() {
            answers(okJson("{}").withFixedDelay(1_500));
            JsonApi impatient = apiAt(endpoint(SERVICE.baseUrl(), Duration.ofMillis(300)));

            assertThat(failureOf(impatient.get(THING, Function.identity(), "/api/thing/{id}", 7)))
                    .hasMessage(
                            "Thingarr at " + SERVICE.baseUrl() + " did not answer within 300 ms (GET /api/thing/7)");
        }

        @Test
        void reportsAnUnknownHost() {
            JsonApi nowhere = apiAt(endpoint("http://thingarr.invalid:7878", Duration.ofSeconds(3)));

            AdapterFailure failure = failureOf(nowhere.get(THING, Function.identity(), "/api/thing/{id}", 7));

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure).hasMessageStartingWith("Thingarr at http://thingarr.invalid:7878 ");
        }
    }
}
