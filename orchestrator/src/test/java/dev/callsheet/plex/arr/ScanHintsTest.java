package dev.callsheet.plex.arr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.servarr.ArrPlexConnection;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScanHintsTest {

    private static final Instant AT = Instant.parse("2026-12-03T15:00:00Z");
    private static final ArrName RADARR = new ArrName(SourceKind.RADARR, "radarr");
    private static final ArrName ANIME = new ArrName(SourceKind.SONARR, "anime");

    private static final ArrPlexConnection SCANNING = connection("Plex", "plex", true);
    private static final ArrPlexConnection NOT_SCANNING = connection("Plex", "plex", false);

    private static final String RADARR_HINT = "Radarr 'radarr' scans Plex itself after imports (connection 'Plex'):"
            + " switch its 'Update Library' off, or set callsheet.instances.plex.mode=observe";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "arr scans, Plex in scan mode",
                        Map.of(RADARR, answered(SCANNING)),
                        Map.of("plex", plex("http://plex:32400", PlexMode.SCAN)),
                        List.of(RADARR_HINT)),
                Arguments.of(
                        "arr scans, Plex in observe mode",
                        Map.of(RADARR, answered(SCANNING)),
                        Map.of("plex", plex("http://plex:32400", PlexMode.OBSERVE)),
                        List.of()),
                Arguments.of(
                        "arr scans, no Plex declared: Callsheet scans nothing",
                        Map.of(RADARR, answered(SCANNING)),
                        Map.of(),
                        List.of()),
                Arguments.of(
                        "arr's connection does not scan",
                        Map.of(RADARR, answered(NOT_SCANNING)),
                        Map.of("plex", plex("http://plex:32400", PlexMode.SCAN)),
                        List.of()),
                Arguments.of(
                        "arr could not be checked",
                        Map.of(RADARR, new ArrPlexCheck.CouldNotCheck(AT, "refused the API key")),
                        Map.of("plex", plex("http://plex:32400", PlexMode.SCAN)),
                        List.of()),
                Arguments.of(
                        "Plex named differently on each side: every scanning Plex instance is named",
                        Map.of(RADARR, answered(connection("Plex", "192.168.1.20", true))),
                        Map.of(
                                "plex",
                                plex("http://plex:32400", PlexMode.SCAN),
                                "plex4k",
                                plex("http://plex4k:32400", PlexMode.SCAN)),
                        List.of("Radarr 'radarr' scans Plex itself after imports (connection 'Plex'):"
                                + " switch its 'Update Library' off, or set callsheet.instances.plex.mode=observe"
                                + " or callsheet.instances.plex4k.mode=observe")),
                Arguments.of(
                        "arr scans the Plex on its host, which is in observe mode",
                        Map.of(RADARR, answered(connection("Plex", "plex4k", true))),
                        Map.of(
                                "plex",
                                plex("http://plex:32400", PlexMode.SCAN),
                                "plex4k",
                                plex("http://PLEX4K:32400", PlexMode.OBSERVE)),
                        List.of()),
                Arguments.of(
                        "arr scans the Plex on its host, which is in scan mode",
                        Map.of(RADARR, answered(connection("Plex", "plex", true))),
                        Map.of(
                                "plex",
                                plex("http://plex:32400", PlexMode.SCAN),
                                "plex4k",
                                plex("http://plex4k:32400", PlexMode.SCAN)),
                        List.of(RADARR_HINT)),
                Arguments.of(
                        "one hint per scanning connection, arrs in order, a connection without a name",
                        ordered(
                                ANIME,
                                answered(connection(null, "plex", true)),
                                RADARR,
                                answered(SCANNING, NOT_SCANNING)),
                        Map.of("plex", plex("http://plex:32400", PlexMode.SCAN)),
                        List.of(
                                RADARR_HINT,
                                "Sonarr 'anime' scans Plex itself after imports (connection without a name):"
                                        + " switch its 'Update Library' off, or set"
                                        + " callsheet.instances.plex.mode=observe")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hintsExactlyWhenAnArrScansAPlexThatCallsheetScansToo(
            String situation, Map<ArrName, ArrPlexCheck> checks, Map<String, Instance> plex, List<String> hints) {
        assertThat(ScanHints.of(checks, new InstanceProperties(plex))).containsExactlyElementsOf(hints);
    }

    private static ArrPlexCheck answered(ArrPlexConnection... connections) {
        return new ArrPlexCheck.Answered(AT, ArrPlexConnection.scanningOnImport(List.of(connections)));
    }

    private static ArrPlexConnection connection(String name, String host, boolean updateLibrary) {
        return new ArrPlexConnection(name, host, 32400, false, updateLibrary, true, true, false, Set.of());
    }

    private static Instance plex(String url, PlexMode mode) {
        return new Instance(
                SourceKind.PLEX,
                URI.create(url),
                null,
                null,
                null,
                false,
                Duration.ofSeconds(10),
                "tok",
                List.of(),
                mode);
    }

    private static Map<ArrName, ArrPlexCheck> ordered(
            ArrName first, ArrPlexCheck firstCheck, ArrName second, ArrPlexCheck secondCheck) {
        Map<ArrName, ArrPlexCheck> checks = new LinkedHashMap<>();
        checks.put(first, firstCheck);
        checks.put(second, secondCheck);
        return checks;
    }
}
