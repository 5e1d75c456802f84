package dev.callsheet.notification;

import dev.callsheet.events.RequestId;
import dev.callsheet.readside.ApprovalLinks;
import java.util.Optional;

/** The one-tap approve and decline links a needs-approval notice carries. */
@FunctionalInterface
interface OneTapLinks {

    /** None when Callsheet does not know where it is reached ({@code callsheet.public-url} unset). */
    Optional<ApprovalLinks.Urls> of(RequestId request);
}
