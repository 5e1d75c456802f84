package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.servarr.ArrPlexConnection;
import dev.callsheet.events.SourceKind;
import dev.callsheet.plex.arr.ArrPlexCheck;
import dev.callsheet.readside.SourceController.SourceView;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SourceControllerTest {

    private static final Instant AT = Instant.parse("2026-12-03T15:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InstanceProperties instances = new InstanceProperties(Map.of(
            "radarr", arr(SourceKind.RADARR),
            "sonarr", arr(SourceKind.SONARR),
            "seedbox", arr(SourceKind.QBITTORRENT)));

    private final Map<String, ArrPlexCheck> checks = Map.of(
            "radarr",
            new ArrPlexCheck.Answered(
                    AT,
                    List.of(new ArrPlexConnection("Plex", "plex", 32400, false, true, true, true, false, Set.of()))),
            "sonarr",
            new ArrPlexCheck.CouldNotCheck(
                    AT, "Sonarr at http://sonarr:8989 refused the API key (HTTP 401 on GET /api/v3/notification)"));

    @Test
    void showsWhetherEachArrScansPlexItself() {
        var views = SourceController.views(instances, List.of(), (kind, name) -> Optional.ofNullable(checks.get(name)));

        assertThat(json(view(views, "radarr")))
                .contains("\"plexScan\":{\"checkedAt\":\"2026-12-03T15:00:00Z\",\"scansPlex\":true,"
                        + "\"connections\":[{\"name\":\"Plex\",\"host\":\"plex\",\"port\":32400}],"
                        + "\"couldNotCheck\":null}");
        assertThat(json(view(views, "sonarr")))
                .contains("\"plexScan\":{\"checkedAt\":\"2026-12-03T15:00:00Z\",\"scansPlex\":null,"
                        + "\"connections\":null,\"couldNotCheck\":\"Sonarr at http://sonarr:8989 refused the API"
                        + " key (HTTP 401 on GET /api/v3/notification)\"}");
        assertThat(view(views, "seedbox").plexScan()).isNull();
    }

    @Test
    void keepsTheNewestCheckOfTheInstancesAnswering() {
        var older = new PlexScanView(AT.minusSeconds(3600), false, List.of(), null);
        var newer = new PlexScanView(AT, true, List.of(new PlexScanView.Connection("Plex", "plex", 32400)), null);

        assertThat(PlexScanView.newer(older, newer)).isEqualTo(newer);
        assertThat(PlexScanView.newer(newer, older)).isEqualTo(newer);
        assertThat(PlexScanView.newer(null, older)).isEqualTo(older);
        assertThat(PlexScanView.newer(older, null)).isEqualTo(older);
    }

    private static SourceView view(List<SourceView> views, String instance) {
        return views.stream()
                .filter(view -> view.instance().equals(instance))
                .findFirst()
                .orElseThrow();
    }

    private static String json(SourceView view) {
        return JSON.writeValueAsString(view);
    }

    private static Instance arr(SourceKind kind) {
        return new Instance(
                kind, URI.create("http://" + kind.id() + ":8080"), "key", null, null, false, Duration.ofSeconds(2));
    }
}
