package dev.callsheet.approval;

import dev.callsheet.events.MediaType;
import dev.callsheet.request.ApprovalRule;
import dev.callsheet.request.ApprovalRules;
import dev.callsheet.request.RequesterLedger;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How requests are decided without an admin ({@code callsheet.approval.*}).
 *
 * @param rules tried in order on each request as it arrives; the first that matches decides, and a
 *     request none matches waits in the approval queue
 */
@Validated
@ConfigurationProperties("callsheet.approval")
public record ApprovalProperties(@Valid List<Rule> rules) {

    public ApprovalProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * One rule; every matcher left out matches any request.
     *
     * @param name how the timeline names the rule; {@code #1} for the first when left out
     * @param requester user names or e-mail addresses (a list, or one value with commas), any of which
     *     matches the requester's user name or e-mail, ignoring case
     * @param mediaType {@code movie} or {@code series}
     * @param fourK {@code true} for 4K requests only, {@code false} for the others only
     * @param quota matches only while the requester made fewer than {@code requests} other requests in
     *     the last {@code days} days
     * @param action {@code approve}, {@code decline} or {@code ask}
     * @param reason why; required for {@code decline}
     */
    public record Rule(
            String name,
            List<String> requester,
            MediaType mediaType,
            Boolean fourK,
            @Valid Quota quota,
            @NotNull ApprovalRule.Action action,
            String reason) {

        public Rule {
            requester = requester == null ? List.of() : List.copyOf(requester);
            if (action == ApprovalRule.Action.DECLINE && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("a rule that declines needs a reason (its key 'reason')");
            }
        }
    }

    /** At most {@code requests} requests per {@code days} days; both are required. */
    public record Quota(
            @NotNull @Min(1) @Max(RequesterLedger.MAX_ENTRIES)
            Integer requests,

            @NotNull @Min(1) @Max(365) Integer days) {}

    /** The rules as the decider takes them. */
    public ApprovalRules approvalRules() {
        List<ApprovalRule> all = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            all.add(new ApprovalRule(
                    rule.name() == null || rule.name().isBlank()
                            ? "#" + (i + 1)
                            : rule.name().strip(),
                    rule.requester(),
                    rule.mediaType(),
                    rule.fourK(),
                    rule.quota() == null
                            ? null
                            : new ApprovalRule.Quota(
                                    rule.quota().requests(), rule.quota().days()),
                    rule.action(),
                    rule.reason() == null ? null : rule.reason().strip()));
        }
        return new ApprovalRules(all);
    }
}
