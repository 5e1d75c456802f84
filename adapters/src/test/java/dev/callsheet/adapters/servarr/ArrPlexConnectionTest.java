package dev.callsheet.adapters.servarr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrPlexConnectionTest {

    @ParameterizedTest(name = "updateLibrary={0} onDownload={1} onUpgrade={2} onImportComplete={3} → {4}")
    @CsvSource({
        "true,  true,  false, false, true",
        "true,  false, true,  false, true",
        "true,  false, false, true,  true",
        "true,  false, false, false, false",
        "false, true,  true,  true,  false",
    })
    void scansOnImportOnlyWithUpdateLibraryAndAnImportEvent(
            boolean updateLibrary, boolean onDownload, boolean onUpgrade, boolean onImportComplete, boolean scans) {
        ArrPlexConnection connection = new ArrPlexConnection(
                "Plex", "plex", 32400, false, updateLibrary, onDownload, onUpgrade, onImportComplete, Set.of());

        assertThat(connection.scansOnImport()).isEqualTo(scans);
        assertThat(ArrPlexConnection.scanningOnImport(List.of(connection))).hasSize(scans ? 1 : 0);
    }
}
