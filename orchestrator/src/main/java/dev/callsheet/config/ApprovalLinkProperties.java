package dev.callsheet.config;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one-tap approve and decline links ({@code /a/{token}}) of waiting requests.
 *
 * @param linkSecret the key the links are signed with; generated and kept under the data directory
 *     when unset. Instances that run together need the same one, as they need the same API keys.
 * @param linkLifetime how long a link stays usable after it was made
 */
@Validated
@ConfigurationProperties("callsheet.approval")
public record ApprovalLinkProperties(
        String linkSecret,
        @DefaultValue("7d") @DurationMin(seconds = 1) Duration linkLifetime) {

    /** Without the secret, so that printing the settings never shows it. */
    @Override
    public String toString() {
        return "ApprovalLinkProperties[linkSecret=" + (linkSecret == null ? "unset" : "***") + ", linkLifetime="
                + linkLifetime + "]";
    }
}
