package dev.callsheet.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.callsheet.adapters.ClientFixtures.endpoint;
import static dev.callsheet.adapters.ClientFixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.AdapterFailure.Kind;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.core.type.TypeReference;

/**
 * {@link JsonApi#post}, {@link JsonApi#postEmpty}, {@link JsonApi#put} and vendors' own credentials
 * (JSON-RPC with Basic auth, NZBGet's way).
 */
class JsonApiPostTest {

    @RegisterExtension
    static final WireMockExtension SERVICE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    record Call(String method, List<Object> params) {}

    record Answer(String result) {}

    private final JsonApi api = new JsonApi(
            "Rpcarr",
            endpoint(SERVICE.baseUrl()),
            WebClient.builder(),
            Kind::ofStatus,
            headers -> headers.setBasicAuth("user", "secret"));

    @Test
    void postsTheBodyAsJsonWithTheVendorsCredentialsInsteadOfTheKeyHeader() {
        SERVICE.stubFor(post(urlPathEqualTo("/jsonrpc")).willReturn(okJson("{\"result\": \"21.0\"}")));

        String version = api.post(
                        new TypeReference<Answer>() {}, Answer::result, "/jsonrpc", new Call("version", List.of()))
                .block();

        assertThat(version).isEqualTo("21.0");
        SERVICE.verify(postRequestedFor(urlPathEqualTo("/jsonrpc"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpzZWNyZXQ="))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Api-Key", absent())
                .withRequestBody(equalToJson("{\"method\": \"version\", \"params\": []}")));
    }

    // Overseerr's approve: the path says it all, and the vendor's OpenAPI validation knows no body for it.
    @Test
    void postsWithoutABodyWhenThePathSaysItAll() {
        SERVICE.stubFor(post(urlPathEqualTo("/api/request/131/approve")).willReturn(okJson("{\"result\": \"2\"}")));

        String status = api.postEmpty(
                        new TypeReference<Answer>() {}, Answer::result, "/api/request/{id}/{decision}", 131, "approve")
                .block();

        assertThat(status).isEqualTo("2");
        SERVICE.verify(postRequestedFor(urlPathEqualTo("/api/request/131/approve"))
                .withHeader("Authorization", equalTo("Basic dXNlcjpzZWNyZXQ="))
                .withHeader("Content-Type", absent())
                .withRequestBody(absent()));
    }

    @Test
    void putsTheBodyAsJsonToTheExpandedPath() {
        SERVICE.stubFor(put(urlPathEqualTo("/api/thing/7")).willReturn(okJson("{\"result\": \"kept\"}")));

        String result = api.put(
                        new TypeReference<Answer>() {},
                        Answer::result,
                        "/api/thing/{id}",
                        new Call("rename", List.of("new name")),
                        7)
                .block();

        assertThat(result).isEqualTo("kept");
        SERVICE.verify(putRequestedFor(urlPathEqualTo("/api/thing/7"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"method\": \"rename\", \"params\": [\"new name\"]}")));
    }

    @Test
    void namesAFailedPutByItsPathOnly() {
        SERVICE.stubFor(put(urlPathEqualTo("/api/thing/7")).willReturn(okJson("[]")));

        AdapterFailure failure = failureOf(api.put(
                new TypeReference<Answer>() {},
                Function.identity(),
                "/api/thing/{id}",
                new Call("rename", List.of("secret name")),
                7));

        assertThat(failure.getMessage()).contains("PUT /api/thing/7").doesNotContain("secret name");
    }

    @Test
    void namesAFailedPostByItsPathOnly() {
        SERVICE.stubFor(post(urlPathEqualTo("/jsonrpc")).willReturn(okJson("[]")));

        AdapterFailure failure = failureOf(api.post(
                new TypeReference<Answer>() {}, Function.identity(), "/jsonrpc", new Call("history", List.of(false))));

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(failure.getMessage()).contains("POST /jsonrpc").doesNotContain("history");
    }
}
