package dev.callsheet.story;

import java.net.URI;
import java.util.Arrays;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One request to a webhook endpoint, exactly as generated.
 *
 * @param description what was generated, to name the case when it fails
 * @param uri path and query
 * @param contentType the {@code Content-Type} header, null for none
 * @param authorization the {@code Authorization} header, null for none
 * @param chunked sent without {@code Content-Length}, in chunks, so that only reading tells its size
 */
record FuzzRequest(
        String description,
        HttpMethod method,
        String uri,
        String contentType,
        String authorization,
        byte[] body,
        boolean chunked) {

    /** What came back: a status, or the failure of the exchange itself (a dropped connection). */
    record Answer(int status, String body, RuntimeException failure) {

        boolean is2xxOr4xx() {
            return failure == null && (status / 100 == 2 || status / 100 == 4);
        }

        @Override
        public String toString() {
            return failure != null ? "no answer: " + failure : status + " " + body;
        }
    }

    Answer send(WebTestClient client, String baseUrl) {
        try {
            var result = client.method(method)
                    .uri(URI.create(baseUrl + uri))
                    .headers(this::headers)
                    .body(this::writeBody)
                    .exchange()
                    .expectBody(String.class)
                    .returnResult();
            return new Answer(result.getStatus().value(), result.getResponseBody(), null);
        } catch (RuntimeException noAnswer) {
            return new Answer(0, null, noAnswer);
        }
    }

    private void headers(HttpHeaders headers) {
        if (contentType != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (!chunked) {
            headers.setContentLength(body.length);
        }
    }

    /**
     * Writes the bytes as they are. Spring's body writers would parse the Content-Type first, and
     * refuse on the client side the malformed ones this request is meant to send.
     */
    private Mono<Void> writeBody(ClientHttpRequest request, BodyInserter.Context context) {
        if (!chunked) {
            return request.writeWith(Mono.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
        }
        int half = body.length / 2;
        return request.writeWith(
                Flux.just(Arrays.copyOfRange(body, 0, half), Arrays.copyOfRange(body, half, body.length))
                        .map(DefaultDataBufferFactory.sharedInstance::wrap));
    }

    @Override
    public String toString() {
        String shownUri = uri.length() > 200 ? uri.substring(0, 200) + "… (" + uri.length() + " characters)" : uri;
        return method + " " + shownUri + " (" + description + ", " + body.length + " bytes"
                + (chunked ? ", chunked" : "") + ", Content-Type " + contentType + ")";
    }
}
