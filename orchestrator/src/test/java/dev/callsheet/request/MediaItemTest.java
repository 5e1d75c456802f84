package dev.callsheet.request;

import static dev.callsheet.request.Facts.AS_RADARR_SAYS;
import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.manualInteraction;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.movieDeleted;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.ImportedFile;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaItemTest {

    @Test
    void followsAMovieNobodyRequestedAllTheWayToTheLibrary() {
        Scenario scenario = given(movieAdded(), grabbed(), imported(), addedToPlex());

        assertThat(scenario.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
        assertThat(scenario.item().requests()).isEmpty();
        assertThat(scenario.item().sequence()).isEqualTo(4);
    }

    @Test
    void mergesWhatEverySourceSaysAboutTheMovie() {
        MediaItem item = given(submitted(42), movieAdded()).item();

        assertThat(item.media()).isEqualTo(AS_RADARR_SAYS);
    }

    @Test
    void startsFromTheMediaKeyAlone() {
        MediaItem item = MediaItem.empty(MediaKey.movie(603, true));

        assertThat(item.media().type()).isEqualTo(MediaType.MOVIE);
        assertThat(item.media().fourK()).isTrue();
        assertThat(item.progress()).isEqualTo(MediaProgress.UNKNOWN);
    }

    @Test
    void showsProgressDownloadFileAttentionAndRequests() {
        MediaView view = given(autoApproved(42), submitted(43), grabbed(), imported(), manualInteraction("stuck"))
                .item()
                .view();

        assertThat(view.key()).isEqualTo(Facts.DUNE);
        assertThat(view.progress()).isEqualTo(MediaProgress.IMPORTED);
        assertThat(view.download().id()).isEqualTo(Facts.INFO_HASH);
        assertThat(view.file()).isEqualTo(new ImportedFile(Facts.FILE, "WEBDL-2160p", 27261234567L));
        assertThat(view.attention()).extracting(Attention::message).containsExactly("stuck");
        assertThat(view.requests())
                .containsExactly(
                        Map.entry(Facts.request(42), RequestState.IMPORTED),
                        Map.entry(Facts.request(43), RequestState.REQUESTED));
    }

    @Test
    void keepsItsBookkeepingOutOfTheView() {
        assertThat(Arrays.stream(MediaView.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("sequence", "recentFingerprints");
    }

    @Test
    void startsOverWhenRemovedFromRadarrWithItsFiles() {
        MediaItem item = given(grabbed(), imported(), manualInteraction("stuck"), movieDeleted(true))
                .item();

        assertThat(item.progress()).isEqualTo(MediaProgress.UNKNOWN);
        assertThat(item.download()).isNull();
        assertThat(item.file()).isNull();
        assertThat(item.attention()).isEmpty();
    }

    @Test
    void staysInTheLibraryWhenRemovedFromRadarrWithoutItsFiles() {
        MediaItem item = given(imported(), addedToPlex(), movieDeleted(false)).item();

        assertThat(item.progress()).isEqualTo(MediaProgress.AVAILABLE);
        assertThat(item.file().path()).isEqualTo(Facts.FILE);
    }

    @Test
    void startsOverWhenRemovedFromRadarrBeforeAnyImport() {
        MediaItem item = given(movieAdded(), grabbed(), movieDeleted(false)).item();

        assertThat(item.progress()).isEqualTo(MediaProgress.UNKNOWN);
        assertThat(item.download()).isNull();
    }
}
