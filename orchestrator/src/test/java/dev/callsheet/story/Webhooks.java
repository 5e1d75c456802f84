package dev.callsheet.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Posts webhooks the way each service does: its credential, its content type, its body shape. */
final class Webhooks {

    private final WebTestClient client;

    Webhooks(WebTestClient client) {
        this.client = client;
    }

    WebTestClient.ResponseSpec overseerr(byte[] body) {
        return client.post()
                .uri("/webhooks/overseerr")
                .header(HttpHeaders.AUTHORIZATION, RunningCallsheet.OVERSEERR_AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec radarr(byte[] body) {
        return client.post()
                .uri("/webhooks/radarr")
                .headers(headers -> headers.setBasicAuth(RunningCallsheet.ARR_USER, RunningCallsheet.ARR_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    WebTestClient.ResponseSpec sonarr(byte[] body) {
        return client.post()
                .uri("/webhooks/sonarr")
                .headers(headers -> headers.setBasicAuth(RunningCallsheet.ARR_USER, RunningCallsheet.ARR_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Plex sends multipart/form-data: the JSON in part {@code payload}, a poster JPEG in part {@code thumb}. */
    WebTestClient.ResponseSpec plex(byte[] payload) {
        var parts = new MultipartBodyBuilder();
        parts.part("payload", new String(payload, java.nio.charset.StandardCharsets.UTF_8));
        parts.part("thumb", new ByteArrayResource(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}) {
                    @Override
                    public String getFilename() {
                        return "thumb.jpg";
                    }
                })
                .contentType(MediaType.IMAGE_JPEG);
        return client.post()
                .uri("/webhooks/plex?token=" + RunningCallsheet.PLEX_TOKEN)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }

    static byte[] payload(String resource) {
        try (InputStream in = Webhooks.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
