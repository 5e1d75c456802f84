package dev.callsheet.plex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Plex Media Server on WireMock, answering with the bodies of plex-confirmation.md §8 (test resources
 * {@code plex/*.json}) to the calls the confirmer makes, only with the right {@code X-Plex-Token}.
 * Scripted by re-stubbing between steps of the test's clock: the latest stub for a call wins.
 */
final class StubPlex {

    static final String MOVIE_FILE = "/data/media/films/Arrival (2016)/Arrival (2016) Bluray-1080p.mkv";
    static final String EPISODE_FILE =
            "/data/media/series/Severance/Season 02/Severance - S02E01 - Hello, Ms. Cobel.mkv";

    private final WireMockExtension plex;
    private final String token;

    StubPlex(WireMockExtension plex, String token) {
        this.plex = plex;
        this.token = token;
    }

    String url() {
        return "http://localhost:" + plex.getPort();
    }

    /** Identity, the sections of §8.2 and a scan that Plex takes (200, no body). */
    StubPlex serving() {
        plex.stubFor(get(urlPathEqualTo("/identity")).willReturn(okJson(body("identity.json"))));
        plex.stubFor(get(urlPathEqualTo("/library/sections"))
                .withHeader("X-Plex-Token", equalTo(token))
                .willReturn(okJson(body("sections.json"))));
        plex.stubFor(get(urlPathMatching("/library/sections/[0-9]+/refresh"))
                .withHeader("X-Plex-Token", equalTo(token))
                .willReturn(aResponse().withStatus(200)));
        plex.stubFor(get(urlPathEqualTo("/library/metadata/5101"))
                .withHeader("X-Plex-Token", equalTo(token))
                .willReturn(okJson(body("show-metadata.json"))));
        return this;
    }

    /** The lookup by {@code fileName} in section {@code section} answers {@code answer}. */
    void lists(String section, String fileName, String answer) {
        plex.stubFor(get(urlPathEqualTo("/library/sections/" + section + "/all"))
                .withQueryParam("file", equalTo(fileName))
                .withHeader("X-Plex-Token", equalTo(token))
                .willReturn(okJson(answer)));
    }

    /** A scan of {@code folder} is answered 503, as by a Plex that is starting. */
    void refusesScansOf(String folder) {
        plex.stubFor(get(urlPathMatching("/library/sections/[0-9]+/refresh"))
                .withQueryParam("path", equalTo(folder))
                .withHeader("X-Plex-Token", equalTo(token))
                .willReturn(aResponse().withStatus(503)));
    }

    /** The lookup by {@code fileName} finds nothing. */
    void listsNothing(String section, String fileName) {
        lists(section, fileName, body("nothing-found.json"));
    }

    /** The folders Plex was asked to scan, in order. */
    List<String> scans() {
        return plex.findAll(getRequestedFor(urlPathMatching("/library/sections/[0-9]+/refresh"))).stream()
                .map(request -> request.queryParameter("path").firstValue())
                .toList();
    }

    /** The lookups by file name, in order. */
    List<String> lookups() {
        return plex.findAll(getRequestedFor(urlPathMatching("/library/sections/[0-9]+/all"))).stream()
                .map(LoggedRequest::getUrl)
                .toList();
    }

    static String body(String name) {
        try (InputStream in = StubPlex.class.getResourceAsStream("/plex/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource plex/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
