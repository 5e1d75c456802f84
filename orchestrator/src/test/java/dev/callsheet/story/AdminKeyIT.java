package dev.callsheet.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.intake.credential.SecretsFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * Issue 13 §1 on the real application: an admin key nobody configured is generated at first start,
 * shown in that start's log only, kept for later starts, and is the only key that acts through
 * {@code /api}.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminKeyIT {

    /** Blank counts as unset: the key is generated. */
    private static final Map<String, Object> UNCONFIGURED = Map.of("callsheet.admin-key", "");

    @TempDir
    Path dataDir;

    @Test
    void generatesTheAdminKeyShowsItOnceAndLetsOnlyItAct(CapturedOutput output) throws IOException {
        String adminKey;
        try (var callsheet = RunningCallsheet.start(dataDir, UNCONFIGURED)) {
            adminKey = callsheet.adminKey();
            assertThat(adminKey)
                    .isNotEqualTo(RunningCallsheet.API_KEY)
                    .isEqualTo(stored().getProperty("callsheet.admin-key"));
            assertThat(output.getAll())
                    .containsOnlyOnce(adminKey)
                    .contains("Admins acting through /api (every method but GET): header X-Api-Key: " + adminKey);

            actsWithTheAdminKeyOnly(callsheet, adminKey);
        }

        try (var callsheet = RunningCallsheet.start(dataDir, UNCONFIGURED)) {
            assertThat(callsheet.adminKey()).isEqualTo(adminKey);
            actsWithTheAdminKeyOnly(callsheet, adminKey);
        }
        assertThat(output.getAll())
                .containsOnlyOnce(adminKey)
                .contains("header X-Api-Key: <callsheet.admin-key in " + dataDir.resolve(SecretsFile.FILE_NAME) + ">")
                .doesNotContain(RunningCallsheet.API_KEY);
    }

    private static void actsWithTheAdminKeyOnly(RunningCallsheet callsheet, String adminKey) {
        String refusal = callsheet
                .client()
                .post()
                .uri("/api/pipeline")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(refusal)
                .contains("\"title\":\"Forbidden\"", "needs the admin key (callsheet.admin-key)")
                .doesNotContain(adminKey, RunningCallsheet.API_KEY);
        // Past the key check, the controllers answer: GET /api/pipeline serves no POST.
        callsheet.admin().post().uri("/api/pipeline").exchange().expectStatus().isEqualTo(405);
        String view = callsheet
                .admin()
                .get()
                .uri("/api/pipeline")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(view).doesNotContain(adminKey);
        callsheet
                .client()
                .get()
                .uri("/api/pipeline")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk();
        callsheet
                .client()
                .delete()
                .uri("/api/pipeline")
                .header("X-Api-Key", adminKey + "x")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private Properties stored() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(SecretsFile.FILE_NAME))) {
            properties.load(reader);
        }
        return properties;
    }
}
