package dev.callsheet.download.report;

import static dev.callsheet.download.report.Jobs.DOWNLOAD_ID;
import static dev.callsheet.download.report.Jobs.RULES;
import static dev.callsheet.download.report.Jobs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.download.ClientJob;
import dev.callsheet.download.report.WatchedJob.Phase;
import dev.callsheet.events.download.ClientReport;
import java.time.Duration;
import java.util.List;

/**
 * One row of a rule table: the job as remembered (null: new to the watcher) and as listed now (null:
 * gone), how long after {@link Jobs#T0}; the reports, each as {@code "change"} or {@code "change:
 * reason"}, and the phase remembered afterwards (null: forgotten).
 */
record RuleRow(String name, WatchedJob before, ClientJob now, Duration at, Phase after, List<String> reports) {

    static RuleRow row(String name, WatchedJob before, ClientJob now, Duration at, Phase after, String... reports) {
        return new RuleRow(name, before, now, at, after, List.of(reports));
    }

    void check() {
        JobDecision decision = RULES.decide(DOWNLOAD_ID, before, now, T0.plus(at));

        assertThat(decision.reports()).extracting(RuleRow::said).containsExactlyElementsOf(reports);
        assertThat(decision.after() == null ? null : decision.after().phase()).isEqualTo(after);
    }

    private static String said(ClientReport report) {
        return report.change().id() + (report.reason() == null ? "" : ": " + report.reason());
    }

    @Override
    public String toString() {
        return name;
    }
}
