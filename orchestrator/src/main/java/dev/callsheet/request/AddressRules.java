package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.RequesterAddressed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where a request's requester takes notices when Overseerr's webhook did not say: a request from a
 * request manager whose requester came without a Discord id or Telegram chat id is looked up once, in
 * that user's notification settings there ({@link LookUpRequesterAddresses}), and the answer ({@link
 * RequesterAddressed}) fills the gaps. The configuration's {@code users} entries come after both, in
 * {@link NoticeRules}.
 *
 * <p>Asked only while a route tells requesters anything: only that audience is addressed by the
 * requester's ids. The decider does not know the channels' types, so a route to e-mail alone still asks.
 */
final class AddressRules {

    private static final String SUFFIX = ":addresses";

    private AddressRules() {}

    /** {@code request} after {@code event}: an answer about its requester fills the ids not known yet. */
    static Request after(Request request, MediaEvent event) {
        return event instanceof RequesterAddressed addressed
                        && addressed.requestId().equals(request.id())
                ? request.withAddresses(addressed.discordId(), addressed.telegramChatId())
                : request;
    }

    /**
     * The lookups for the requests the fact opened ({@code after} holds, {@code before} did not). A fact
     * names one request, so its delivery id makes the command's.
     *
     * @param deliveryId the delivery of the fact
     */
    static List<Command> lookUps(
            Map<RequestId, Request> before,
            Map<RequestId, Request> after,
            MediaKey key,
            String deliveryId,
            Notifying notifying) {
        if (notifying.routes().routes().stream().noneMatch(route -> route.audience() == NoticeAudience.REQUESTER)) {
            return List.of();
        }
        List<Command> lookUps = new ArrayList<>();
        for (Request request : after.values()) {
            OptionalLong number = DecisionRules.overseerrNumber(request.id());
            if (!before.containsKey(request.id())
                    && request.origin() != null
                    && number.isPresent()
                    && unaddressed(request.requestedBy())) {
                lookUps.add(new LookUpRequesterAddresses(
                        deliveryId + SUFFIX, key, request.origin(), request.id(), number.getAsLong()));
            }
        }
        return List.copyOf(lookUps);
    }

    private static boolean unaddressed(Requester requester) {
        return requester != null && requester.discordId() == null && requester.telegramChatId() == null;
    }
}
