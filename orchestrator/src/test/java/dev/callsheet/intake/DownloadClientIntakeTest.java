package dev.callsheet.intake;

import static dev.callsheet.intake.IntakeAnswers.accepted;
import static dev.callsheet.intake.IntakeAnswers.assertProblem;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.intake.credential.IntakeCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The download clients' script endpoints over real HTTP, writing to a real in-process broker. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "callsheet.intake.max-body=1KB",
            "callsheet.instances.seedbox.kind=qbittorrent",
            "callsheet.instances.usenet2.kind=sabnzbd",
            "callsheet.instances.anime.kind=sonarr",
            "callsheet.api-key=test-api-key",
            "spring.kafka.streams.auto-startup=false"
        })
@AutoConfigureWebTestClient
@ExtendWith(InProcessBrokerExtension.class)
class DownloadClientIntakeTest {

    /** What the qBittorrent script posts for a finished torrent, byte for byte as curl encodes it. */
    private static final byte[] FINISHED = ("event=finished&hash=8c2f6a7b3d4e5f60718293a4b5c6d7e8f9012345"
                    + "&name=Am%C3%A9lie%20%26%20Co&category=&size=27262976000")
            .getBytes(UTF_8);

    private static InboundTopic inbound;

    @Autowired
    WebTestClient http;

    @Autowired
    IntakeCredentials credentials;

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) throws IOException {
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

        @ParameterizedTest
        @ValueSource(strings = {"qbittorrent", "sabnzbd", "nzbget"})
        void aScriptsFormWithTheBearerTokenStoringItByteForByte(String client) {
            String id = accepted(post("/webhooks/" + client)
                    .headers(scriptToken())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue(FINISHED)
                    .exchange());

            inbound.assertStored(client, id, client, "application/x-www-form-urlencoded", FINISHED);
        }

        @Test
        void aDeclaredNamedInstanceWithAnyCaseOfTheSchemeAndACharset() {
            String id = accepted(post("/webhooks/qbittorrent/seedbox")
                    .header(
                            HttpHeaders.AUTHORIZATION,
                            "bearer " + credentials.scriptsToken().value())
                    .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded; charset=UTF-8")
                    .bodyValue(FINISHED)
                    .exchange());

            inbound.assertStored(
                    "qbittorrent", id, "seedbox", "application/x-www-form-urlencoded; charset=UTF-8", FINISHED);
        }
    }

    @Nested
    class Refuses {

        @Test
        void aMissingTokenWithABearerChallenge() {
            assertProblem(
                            post("/webhooks/sabnzbd")
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                    .bodyValue(FINISHED)
                                    .exchange(),
                            HttpStatus.UNAUTHORIZED,
                            "no Authorization header; send Authorization: Bearer with the value of"
                                    + " callsheet.intake.scripts.token")
                    .expectHeader()
                    .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Callsheet\"");
        }

        @Test
        void aWrongTokenOrAnotherScheme() {
            String token = credentials.scriptsToken().value();
            for (String authorization : new String[] {"Bearer guess", "Basic " + token, token, "Bearer"}) {
                assertProblem(
                        post("/webhooks/nzbget")
                                .header(HttpHeaders.AUTHORIZATION, authorization)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .bodyValue(FINISHED)
                                .exchange(),
                        HttpStatus.UNAUTHORIZED,
                        "the Authorization header is not Bearer with the value of callsheet.intake.scripts.token");
            }
        }

        @Test
        void anUndeclaredInstanceOrOneOfAnotherKind() {
            assertProblem(
                    post("/webhooks/nzbget/usenet2")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .bodyValue(FINISHED)
                            .exchange(),
                    HttpStatus.NOT_FOUND,
                    "instance 'usenet2' is declared with kind sabnzbd, not nzbget; declare it with"
                            + " callsheet.instances.usenet2.kind=nzbget");
            assertProblem(
                    post("/webhooks/sabnzbd/nowhere")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .bodyValue(FINISHED)
                            .exchange(),
                    HttpStatus.NOT_FOUND,
                    "no instance named 'nowhere' is declared");
        }

        @Test
        void aBodyOverTheLimit() {
            assertProblem(
                    post("/webhooks/qbittorrent")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .bodyValue("name=" + "x".repeat(2048))
                            .exchange(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the limit is 1 KiB");
        }

        @Test
        void jsonOrNoContentType() {
            assertProblem(
                    post("/webhooks/qbittorrent")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{\"type\":\"ClientReachable\"}")
                            .exchange(),
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is application/json; this endpoint accepts application/x-www-form-urlencoded");
            assertProblem(
                    post("/webhooks/qbittorrent")
                            .headers(scriptToken())
                            .bodyValue(FINISHED)
                            .exchange(),
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "no Content-Type");
        }

        @Test
        void aMalformedForm() {
            assertProblem(
                    post("/webhooks/sabnzbd")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .bodyValue("nzo_id=SABnzbd_nzo_1&status=%2")
                            .exchange(),
                    HttpStatus.BAD_REQUEST,
                    "the % at byte 28 is not followed by two hex digits");
        }

        @Test
        void anEmptyBody() {
            assertProblem(
                    post("/webhooks/sabnzbd")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .exchange(),
                    HttpStatus.BAD_REQUEST,
                    "body is empty; expected form fields");
        }
    }

    @Nested
    class ChecksInOrder {

        @Test
        void tokenBeforeInstanceSizeAndType() {
            assertProblem(
                    post("/webhooks/qbittorrent/nowhere")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("x".repeat(2048))
                            .exchange(),
                    HttpStatus.UNAUTHORIZED,
                    "no Authorization header");
        }

        @Test
        void instanceBeforeSize() {
            assertProblem(
                    post("/webhooks/qbittorrent/nowhere")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("x".repeat(2048))
                            .exchange(),
                    HttpStatus.NOT_FOUND,
                    "no instance named 'nowhere'");
        }

        @Test
        void sizeBeforeType() {
            assertProblem(
                    post("/webhooks/nzbget")
                            .headers(scriptToken())
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("x".repeat(2048))
                            .exchange(),
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the limit is 1 KiB");
        }

        @Test
        void typeBeforeWellFormedness() {
            assertProblem(
                    post("/webhooks/nzbget")
                            .headers(scriptToken())
                            .contentType(MediaType.TEXT_PLAIN)
                            .bodyValue("not a form %")
                            .exchange(),
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is text/plain");
        }
    }

    private WebTestClient.RequestBodySpec post(String uri) {
        return http.post().uri(uri);
    }

    private Consumer<HttpHeaders> scriptToken() {
        return h -> h.setBearerAuth(credentials.scriptsToken().value());
    }
}
