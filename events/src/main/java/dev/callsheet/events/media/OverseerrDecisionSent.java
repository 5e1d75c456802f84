package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;

/**
 * Callsheet carried a decision to the request manager: it approved or declined the request there, or
 * found it decided already (elsewhere, or by an earlier attempt of the same command) and sent nothing.
 *
 * @param commandId the {@code ApproveOverseerrRequest} or {@code DeclineOverseerrRequest} this answers
 * @param sent true when Callsheet made the call; false when the request was no longer pending
 * @param foundStatus the request's status there when nothing was sent ({@code APPROVED}); null when sent
 */
public record OverseerrDecisionSent(
        MediaInfo media,
        String commandId,
        RequestId requestId,
        String instance,
        RequestDecided.Verdict verdict,
        boolean sent,
        String foundStatus,
        String sourceEventType)
        implements MediaEvent {}
