package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class OneTapLinkBaseTest {

    @Test
    void prefersTheConfiguredPublicUrl() {
        var request = MockServerHttpRequest.get("http://10.0.0.5:8080/api/approvals/overseerr-1/links")
                .header("X-Forwarded-Host", "elsewhere.example")
                .build();

        assertThat(LinkBase.of(URI.create("https://callsheet.example/media/"), request))
                .isEqualTo("https://callsheet.example/media");
    }

    @Test
    void takesWhatAReverseProxySays() {
        var request = MockServerHttpRequest.get("http://10.0.0.5:8080/api/approvals/overseerr-1/links")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "callsheet.example, proxy.internal")
                .header("X-Forwarded-Port", "8443")
                .header("X-Forwarded-Prefix", "/callsheet/")
                .build();

        assertThat(LinkBase.of(null, request)).isEqualTo("https://callsheet.example:8443/callsheet");
    }

    @Test
    void leavesOutTheSchemesOwnPort() {
        var request = MockServerHttpRequest.get("http://10.0.0.5:8080/x")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "callsheet.example")
                .header("X-Forwarded-Port", "443")
                .build();

        assertThat(LinkBase.of(null, request)).isEqualTo("https://callsheet.example");
    }

    @Test
    void fallsBackToTheHostTheRequestNamed() {
        var request = MockServerHttpRequest.get("http://nas.local:8080/api/approvals/overseerr-1/links")
                .build();

        assertThat(LinkBase.of(null, request)).isEqualTo("http://nas.local:8080");
    }
}
