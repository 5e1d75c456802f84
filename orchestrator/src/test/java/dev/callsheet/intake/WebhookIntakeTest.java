package dev.callsheet.intake;

import static dev.callsheet.intake.IntakeAnswers.accepted;
import static dev.callsheet.intake.IntakeAnswers.assertProblem;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.intake.credential.IntakeCredentials;
import dev.callsheet.normalise.Payloads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import reactor.core.publisher.Flux;

/** The webhook endpoints over real HTTP, writing to a real in-process broker. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "callsheet.intake.max-body=64KB",
            "callsheet.instances.radarr4k.kind=radarr",
            "callsheet.instances.anime.kind=sonarr",
            // Configured because the read side's filter needs it; generation is covered by SecretsFileTest.
            "callsheet.api-key=test-api-key",
            // Intake is under test, not the pipeline that reads what it writes.
            "spring.kafka.streams.auto-startup=false"
        })
@AutoConfigureWebTestClient
@ExtendWith(InProcessBrokerExtension.class)
class WebhookIntakeTest {

    private static final String BOUNDARY = "------------------------d74496d66958873e";
    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, (byte) 0xFF, (byte) 0xD9
    };
    private static final byte[] OVERSIZED = ("{\"padding\": \"" + "x".repeat(100 * 1024) + "\"}").getBytes(UTF_8);

    private static InboundTopic inbound;

    @Autowired
    WebTestClient http;

    @Autowired
    IntakeCredentials credentials;

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) throws IOException {
        // Under target/, not deleted after the class: the cached context keeps using it until the JVM ends.
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "intake-test-data");
        registry.add("spring.kafka.bootstrap-servers", InProcessBrokerExtension::bootstrapServers);
        registry.add("callsheet.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void consume() {
        inbound = new InboundTopic(InProcessBrokerExtension.bootstrapServers());
    }

    @AfterAll
    static void stopConsuming() {
        inbound.close();
    }

    @Nested
    class Accepts {

        @Test
        void overseerrWebhookWithItsAuthorizationHeader() {
            byte[] body = Payloads.file("overseerr-media-pending-movie-4k.json");

            String id = accepted(post("/webhooks/overseerr")
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            credentials.overseerrAuthorization().value())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange());

            inbound.assertStored("overseerr", id, "overseerr", "application/json", body);
        }

        @Test
        void radarrWebhookOnTheBarePathForTheInstanceNamedRadarr() {
            byte[] body = Payloads.file("radarr-grab.json");

            String id = accepted(post("/webhooks/radarr")
                    .headers(radarrLogin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange());

            inbound.assertStored("radarr", id, "radarr", "application/json", body);
        }

        @Test
        void radarrTestEventSentWithPut() {
            byte[] body = Payloads.file("radarr-test.json");

            String id = accepted(http.put()
                    .uri("/webhooks/radarr")
                    .headers(radarrLogin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange());

            inbound.assertStored("radarr", id, "radarr", "application/json", body);
        }

        @Test
        void radarrWebhookForADeclaredNamedInstance() {
            byte[] body = Payloads.file("radarr-grab.json");

            String id = accepted(http.put()
                    .uri("/webhooks/radarr/radarr4k")
                    .headers(radarrLogin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange());

            inbound.assertStored("radarr", id, "radarr4k", "application/json", body);
        }

        @Test
        void sonarrWebhookForItsDefaultAndANamedInstance() {
            byte[] body = Payloads.file("sonarr-download.json");

            String plain = accepted(post("/webhooks/sonarr")
                    .headers(sonarrLogin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange());
            String anime = accepted(post("/webhooks/sonarr/anime")
                    .headers(sonarrLogin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange());

            inbound.assertStored("sonarr", plain, "sonarr", "application/json", body);
            inbound.assertStored("sonarr", anime, "anime", "application/json", body);
        }

        @Test
        void anyJsonMediaTypeAndCharsetKeepingTheDeclaredContentType() {
            byte[] body = "{\n  \"eventType\" : \"Test\"\n}".getBytes(UTF_8);

            String id = accepted(post("/webhooks/radarr")
                    .headers(radarrLogin())
                    .header(HttpHeaders.CONTENT_TYPE, "application/vnd.radarr+json; charset=utf-8")
                    .bodyValue(body)
                    .exchange());

            inbound.assertStored("radarr", id, "radarr", "application/vnd.radarr+json; charset=utf-8", body);
        }

        @Test
        void plexPayloadPartAloneDroppingTheThumbnail() {
            byte[] payload = Payloads.file("plex-library-new-movie.json");
            byte[] body = multipart(
                    "Content-Disposition: form-data; name=\"payload\"\r\nContent-Type: application/json", payload,
                    "Content-Disposition: form-data; name=\"thumb\"; filename=\"image.jpg\"\r\nContent-Type: image/jpeg",
                            JPEG);

            String id = accepted(
                    post("/webhooks/plex?token=" + credentials.plexToken().value())
                            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                            .bodyValue(body)
                            .exchange());

            inbound.assertStored("plex", id, "plex", "application/json", payload);
            assertThat(inbound.holdsValue(JPEG)).isFalse();
        }

        @Test
        void plexPayloadSentAsATextFieldByteForByte() {
            byte[] payload = "{\"event\":\"media.play\",\"Metadata\":{\"title\":\"Am\u00e9lie\"}}".getBytes(UTF_8);
            byte[] body = multipart("Content-Disposition: form-data; name=\"payload\"", payload);

            String id = accepted(
                    post("/webhooks/plex?token=" + credentials.plexToken().value())
                            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=\"" + BOUNDARY + "\"")
                            .bodyValue(body)
                            .exchange());

            inbound.assertStored("plex", id, "plex", "application/json", payload);
        }
    }

    @Nested
    class RefusesWrongCredentials {

        @Test
        void missingBasicCredentialsWithAChallenge() {
            ResponseSpec response = post("/webhooks/radarr")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange();

            assertProblem(response, HttpStatus.UNAUTHORIZED, "no HTTP Basic credentials")
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Callsheet\"");
        }

        @Test
        void wrongBasicPasswordWithAChallenge() {
            ResponseSpec response = post("/webhooks/sonarr")
                    .headers(h -> h.setBasicAuth("sonarr", "guess"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange();

            assertProblem(
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "not the values of callsheet.intake.sonarr.username and callsheet.intake.sonarr.password")
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Callsheet\"");
        }

        @Test
        void radarrCredentialsOnTheSonarrEndpoint() {
            ResponseSpec response = post("/webhooks/sonarr")
                    .headers(h -> h.setBasicAuth(
                            "sonarr", credentials.radarr().password().value()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange();

            assertProblem(response, HttpStatus.UNAUTHORIZED, "callsheet.intake.sonarr.password");
        }

        @Test
        void wrongOrMissingOverseerrAuthorization() {
            assertProblem(
                    post("/webhooks/overseerr")
                            .header(HttpHeaders.AUTHORIZATION, "Bearer guess")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{}")
                            .exchange(),
                    HttpStatus.UNAUTHORIZED,
                    "the Authorization header is not the value of callsheet.intake.overseerr.authorization");
            assertProblem(
                            post("/webhooks/overseerr")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue("{}")
                                    .exchange(),
                            HttpStatus.UNAUTHORIZED,
                            "no Authorization header")
                    .expectHeader()
                    .doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
        }

        @Test
        void wrongOrMissingPlexToken() {
            byte[] body = multipart("Content-Disposition: form-data; name=\"payload\"", "{}".getBytes(UTF_8));

            assertProblem(
                    post("/webhooks/plex?token=guess")
                            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                            .bodyValue(body)
                            .exchange(),
                    HttpStatus.UNAUTHORIZED,
                    "the URL's token is not the value of callsheet.intake.plex.token");
            assertProblem(
                    post("/webhooks/plex")
                            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                            .bodyValue(body)
                            .exchange(),
                    HttpStatus.UNAUTHORIZED,
                    "no token parameter");
        }

        @Test
        void withoutEchoingThePlexTokenInTheProblem() {
            post("/webhooks/plex?token=guess-that-must-not-echo")
                    .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                    .bodyValue(new byte[0])
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectBody(String.class)
                    .value(problem -> assertThat(problem).doesNotContain("guess-that-must-not-echo"));
        }
    }

    @Nested
    class RefusesBadRequests {

        @Test
        void unknownNamedInstanceSayingHowToDeclareIt() {
            assertProblem(
                    post("/webhooks/radarr/radarr-uhd")
                            .headers(radarrLogin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{}")
                            .exchange(),
                    HttpStatus.NOT_FOUND,
                    "no instance named 'radarr-uhd' is declared; declare it with callsheet.instances.radarr-uhd.kind=radarr");
        }

        @Test
        void namedInstanceOfAnotherKind() {
            assertProblem(
                    post("/webhooks/radarr/anime")
                            .headers(radarrLogin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{}")
                            .exchange(),
                    HttpStatus.NOT_FOUND,
                    "instance 'anime' is declared with kind sonarr, not radarr; declare it with"
                            + " callsheet.instances.anime.kind=radarr (environment: CALLSHEET_INSTANCES_ANIME_KIND=radarr)");
        }

        @Test
        void bodyDeclaredLargerThanTheLimit() {
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(radarrLogin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(OVERSIZED)
                            .exchange(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body is 100 KiB; the limit is 64 KiB (callsheet.intake.max-body)");
        }

        @Test
        void chunkedBodyThatGrowsPastTheLimit() {
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(radarrLogin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(chunked(OVERSIZED), DataBuffer.class)
                            .exchange(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body is larger than the limit of 64 KiB (callsheet.intake.max-body)");
        }

        @Test
        void chunkedBodyWithinTheLimitIsAccepted() {
            byte[] body = Payloads.file("radarr-grab.json");

            String id = accepted(post("/webhooks/radarr")
                    .headers(radarrLogin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(chunked(body), DataBuffer.class)
                    .exchange());

            inbound.assertStored("radarr", id, "radarr", "application/json", body);
        }

        @Test
        void contentTypeThatIsNotJson() {
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(radarrLogin())
                            .contentType(MediaType.TEXT_PLAIN)
                            .bodyValue("{}")
                            .exchange(),
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is text/plain; this endpoint accepts application/json (or application/*+json)");
        }

        @Test
        void plexBodyThatIsNotMultipart() {
            assertProblem(
                    post("/webhooks/plex?token=" + credentials.plexToken().value())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{}")
                            .exchange(),
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Plex webhooks are multipart/form-data");
        }

        @Test
        void malformedJson() {
            assertProblem(
                    post("/webhooks/overseerr")
                            .header(
                                    HttpHeaders.AUTHORIZATION,
                                    credentials.overseerrAuthorization().value())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{\"notification_type\": \"MEDIA_PENDING\",")
                            .exchange(),
                    HttpStatus.BAD_REQUEST,
                    "body is not well-formed JSON: Unexpected end-of-input");
        }

        @Test
        void plexWithoutAPayloadPart() {
            byte[] body = multipart("Content-Disposition: form-data; name=\"thumb\"; filename=\"a.jpg\"", JPEG);

            assertProblem(
                    post("/webhooks/plex?token=" + credentials.plexToken().value())
                            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                            .bodyValue(body)
                            .exchange(),
                    HttpStatus.BAD_REQUEST,
                    "the multipart body has no part named 'payload'");
        }

        @Test
        void plexWithAMalformedPayloadPart() {
            byte[] body = multipart("Content-Disposition: form-data; name=\"payload\"", "{\"event\": ".getBytes(UTF_8));

            assertProblem(
                    post("/webhooks/plex?token=" + credentials.plexToken().value())
                            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + BOUNDARY)
                            .bodyValue(body)
                            .exchange(),
                    HttpStatus.BAD_REQUEST,
                    "part 'payload': body is not well-formed JSON");
        }
    }

    @Nested
    class ChecksInOrder {

        @Test
        void credentialBeforeInstance() {
            assertProblem(
                    post("/webhooks/radarr/nowhere")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{}")
                            .exchange(),
                    HttpStatus.UNAUTHORIZED,
                    "no HTTP Basic credentials");
        }

        @Test
        void credentialBeforeSize() {
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(h -> h.setBasicAuth("radarr", "guess"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(OVERSIZED)
                            .exchange(),
                    HttpStatus.UNAUTHORIZED,
                    "callsheet.intake.radarr.password");
        }

        @Test
        void sizeBeforeContentType() {
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(radarrLogin())
                            .contentType(MediaType.TEXT_PLAIN)
                            .bodyValue(OVERSIZED)
                            .exchange(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the limit is 64 KiB");
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(radarrLogin())
                            .contentType(MediaType.TEXT_PLAIN)
                            .body(chunked(OVERSIZED), DataBuffer.class)
                            .exchange(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the limit of 64 KiB");
        }

        @Test
        void contentTypeBeforeWellFormedness() {
            assertProblem(
                    post("/webhooks/radarr")
                            .headers(radarrLogin())
                            .contentType(MediaType.APPLICATION_XML)
                            .bodyValue("<not-json/>")
                            .exchange(),
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is application/xml");
        }
    }

    private WebTestClient.RequestBodySpec post(String uri) {
        return http.post().uri(uri);
    }

    private Consumer<HttpHeaders> radarrLogin() {
        return h -> h.setBasicAuth(
                credentials.radarr().username(), credentials.radarr().password().value());
    }

    private Consumer<HttpHeaders> sonarrLogin() {
        return h -> h.setBasicAuth(
                credentials.sonarr().username(), credentials.sonarr().password().value());
    }

    private static Flux<DataBuffer> chunked(byte[] body) {
        int chunk = 8 * 1024;
        return Flux.range(0, (body.length + chunk - 1) / chunk)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        java.util.Arrays.copyOfRange(body, i * chunk, Math.min(body.length, (i + 1) * chunk))));
    }

    /** A multipart/form-data body built as Plex and curl send it; alternating part headers and contents. */
    private static byte[] multipart(Object... headersAndContents) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < headersAndContents.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\n" + headersAndContents[i] + "\r\n\r\n").getBytes(ISO_8859_1));
            out.writeBytes((byte[]) headersAndContents[i + 1]);
            out.writeBytes("\r\n".getBytes(ISO_8859_1));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(ISO_8859_1));
        return out.toByteArray();
    }
}
