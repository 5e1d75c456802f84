package dev.callsheet.request;

import static dev.callsheet.request.Facts.ALICE;
import static dev.callsheet.request.Facts.AS_RADARR_SAYS;
import static dev.callsheet.request.Facts.GRABBED_TITLE;
import static dev.callsheet.request.Facts.INFO_HASH;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.issueReported;
import static dev.callsheet.request.Facts.manualInteraction;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestViewTest {

    private static final String POSTER =
            "https://image.tmdb.org/t/p/w600_and_h900_bestv2/1pdfLvkbY9ohJlCjQH2CZjjYVvJ.jpg";

    @Test
    void showsTheRequestWithTheMovieAndItsDownload() {
        Outcome outcome = given(autoApproved(42), movieAdded()).when(grabbed());

        assertThat(outcome.decision().changedRequests())
                .containsExactly(new RequestView(
                        Facts.request(42),
                        Facts.DUNE,
                        AS_RADARR_SAYS,
                        ALICE,
                        RequestState.DOWNLOADING,
                        at(3),
                        at(1),
                        at(3),
                        new DownloadView(
                                "qBittorrent",
                                "qBittorrent",
                                INFO_HASH,
                                GRABBED_TITLE,
                                "TorrentLeech (Prowlarr)",
                                27262976000L,
                                "WEBDL-2160p",
                                null),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null));
    }

    @Test
    void updatesWithoutMovingWhenOnlyTheAttentionChanges() {
        Outcome outcome = given(autoApproved(42), grabbed()).when(manualInteraction("stuck"));

        RequestView view = outcome.decision().changedRequests().getFirst();
        assertThat(view.since()).isEqualTo(at(2));
        assertThat(view.updatedAt()).isEqualTo(at(3));
        assertThat(view.attention()).hasSize(1);
    }

    @Test
    void reportsNoViewWhenNothingAboutTheRequestChanged() {
        Outcome outcome = given(autoApproved(42), grabbed()).when(issueReported());

        assertThat(outcome.decision().changedRequests()).isEmpty();
        assertThat(outcome.request(42).updatedAt()).isEqualTo(at(2));
    }

    @Test
    void reportsAWaitingRequestWhenItsMovieBecomesKnown() {
        Outcome outcome = given(submitted(42)).when(movieAdded());

        assertThat(outcome.decision().changedRequests()).singleElement().satisfies(view -> {
            assertThat(view.state()).isEqualTo(RequestState.REQUESTED);
            assertThat(view.media().title()).isEqualTo("Dune: Part Two");
        });
    }

    @Test
    void keepsTheFirstRequesterItHeardOf() {
        Requester bob = new Requester("bob", null);

        Outcome outcome = given(Facts.submitted(42, null)).when(Facts.submitted(42, bob));

        assertThat(outcome.request(42).requestedBy()).isEqualTo(bob);
        assertThat(given(submitted(42))
                        .when(Facts.submitted(42, bob))
                        .request(42)
                        .requestedBy())
                .isEqualTo(ALICE);
    }

    @Test
    void showsThePosterTheOpeningFactGave() {
        Outcome outcome = given().when(submittedWithPoster(42, POSTER));

        assertThat(outcome.request(42).posterUrl()).isEqualTo(POSTER);
        assertThat(outcome.decision().changedRequests())
                .singleElement()
                .extracting(RequestView::posterUrl)
                .isEqualTo(POSTER);
    }

    @Test
    void keepsTheFirstPosterItHeardOf() {
        String other = "https://image.tmdb.org/t/p/w600_and_h900_bestv2/other.jpg";
        RequestAutoApproved autoApprovedWithPoster = new RequestAutoApproved(
                Facts.request(42), ALICE, Facts.AS_OVERSEERR_SAYS, List.of(), "MEDIA_AUTO_APPROVED", other);

        assertThat(given(submitted(42))
                        .when(submittedWithPoster(42, POSTER))
                        .request(42)
                        .posterUrl())
                .isEqualTo(POSTER);
        assertThat(given(submittedWithPoster(42, POSTER))
                        .when(autoApprovedWithPoster)
                        .request(42)
                        .posterUrl())
                .isEqualTo(POSTER);
        assertThat(given(submittedWithPoster(42, POSTER))
                        .when(Facts.approved(42))
                        .request(42)
                        .posterUrl())
                .isEqualTo(POSTER);
    }

    private static RequestSubmitted submittedWithPoster(long id, String poster) {
        return new RequestSubmitted(
                Facts.request(id), ALICE, Facts.AS_OVERSEERR_SAYS, List.of(), "MEDIA_PENDING", null, poster);
    }
}
