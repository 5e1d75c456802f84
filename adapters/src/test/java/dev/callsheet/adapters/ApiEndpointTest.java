package dev.callsheet.adapters;

import static dev.callsheet.adapters.ClientFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointTest {

    private static ApiEndpoint at(String url) {
        return new ApiEndpoint(URI.create(url), API_KEY, Duration.ofSeconds(10));
    }

    @Test
    void hidesTheKeyFromToString() {
        assertThat(at("http://nas:8989/sonarr").toString())
                .doesNotContain(API_KEY)
                .contains("http://nas:8989/sonarr", "PT10S");
    }

    @Test
    void showsTheUrlWithoutCredentialsOrTrailingSlash() {
        assertThat(at("https://proxy:secret@nas.lan/sonarr/").displayUrl()).isEqualTo("https://nas.lan/sonarr");
    }

    @Test
    void redactsTheKeyWhereverItAppears() {
        assertThat(at("http://nas:8989").redact("apikey=" + API_KEY + "&again=" + API_KEY))
                .isEqualTo("apikey=[api key]&again=[api key]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nas:8989", "ftp://nas/sonarr", "/sonarr", "http://nas:8989/?apikey=x"})
    void refusesWhatIsNotAPlainHttpBaseUrl(String url) {
        assertThatThrownBy(() -> at(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankKeyAndANonPositiveTimeout() {
        URI url = URI.create("http://nas:8989");
        assertThatThrownBy(() -> new ApiEndpoint(url, " ", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiEndpoint(url, API_KEY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
