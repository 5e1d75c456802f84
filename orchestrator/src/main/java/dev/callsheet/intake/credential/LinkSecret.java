package dev.callsheet.intake.credential;

/**
 * The key the one-tap approve and decline links are signed with (bean {@code linkSecret});
 * configured as {@value #PROPERTY} or generated at first start. Unlike the other secrets it is never
 * logged, not even when generated: nobody needs to paste it anywhere.
 */
public record LinkSecret(Secret secret) {

    public static final String PROPERTY = "callsheet.approval.link-secret";
}
