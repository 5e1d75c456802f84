package dev.callsheet.adapters.nzbget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.adapters.download.ClientJob;
import java.util.List;
import org.junit.jupiter.api.Test;

class NzbStatusTest {

    private static final String DRONE = "6b0e9f5d2c8a4e1f9a3b7c5d1e2f4a6b";

    private static NzbGroup group(long nzbId, String status, long size, long remaining, List<NzbParameter> parameters) {
        return new NzbGroup(nzbId, "Job." + nzbId, status, size, 0, remaining, 0, parameters);
    }

    @Test
    void givesTheOverallRateAndAnEtaToTheFirstDownloadingJobOnly() {
        NzbStatus status = new NzbStatus(2_000_000L, null, null);

        List<ClientJob> jobs = status.jobs(List.of(
                group(3, "QUEUED", 4_000_000, 4_000_000, null),
                group(4, "DOWNLOADING", 10_000_000, 5_000_001, List.of(new NzbParameter("drone", DRONE))),
                group(5, "DOWNLOADING", 8_000_000, 8_000_000, List.of(new NzbParameter("*Unpack:", "yes")))));

        assertThat(jobs)
                .extracting(ClientJob::id, ClientJob::speed, ClientJob::etaSeconds, ClientJob::progress)
                .containsExactly(
                        tuple("3", 0L, null, 0.0), tuple(DRONE, 2_000_000L, 3L, 0.4999999), tuple("5", 0L, null, 0.0));
    }

    @Test
    void leavesTheEtaUnknownWhileNothingTransfers() {
        List<ClientJob> jobs =
                new NzbStatus(0L, null, null).jobs(List.of(group(1, "DOWNLOADING", 100, 100, List.of())));

        assertThat(jobs.getFirst().etaSeconds()).isNull();
        assertThat(jobs.getFirst().speed()).isZero();
    }

    @Test
    void takesTheRateFromItsTwoHalvesWhereNzbgetSendsThem() {
        assertThat(new NzbStatus(Long.valueOf(Integer.MAX_VALUE), 0x0000_0001L, 1L).rate())
                .isEqualTo(0x1_0000_0001L);
        assertThat(new NzbStatus(5_000L, null, null).rate()).isEqualTo(5_000L);
        assertThat(new NzbStatus(null, null, null).rate()).isZero();
    }

    @Test
    void joinsSizesFromTheirTwoHalves() {
        assertThat(NzbParameter.bytes(0xFFFF_FFFFL, 1)).isEqualTo(0x1_FFFF_FFFFL);
    }
}
