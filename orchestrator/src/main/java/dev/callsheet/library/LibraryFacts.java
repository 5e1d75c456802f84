package dev.callsheet.library;

import dev.callsheet.command.AttemptFacts;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.AddToLibrary;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.source.InstanceProperties;
import java.util.Optional;

/** The facts an add's attempts leave, on their way back through {@code inbound}, and its settings. */
final class LibraryFacts {

    private LibraryFacts() {}

    /** The arr has the media now: added by this attempt, or found there. */
    static CommandOutcome added(AddToLibrary command, String arr, int arrId, boolean alreadyThere) {
        var fact = new AddedToLibrary(
                AttemptFacts.media(command.mediaKey()),
                command.id(),
                command.requestId(),
                arr,
                command.instance(),
                arrId,
                alreadyThere,
                command.getClass().getSimpleName());
        return new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact);
    }

    /** A failed attempt, on the timeline: "Radarr unreachable, retrying in 30 s", or given up. */
    static CommandOutcome failed(
            ServiceClients clients, SourceKind kind, String service, AddToLibrary command, FailedAttempt failure) {
        return AttemptFacts.failed(clients, kind, service, command.instance(), command, command.mediaKey(), failure);
    }

    /** The request's choice, else the instance's configured one; null when neither says. */
    static String wanted(String requested, Optional<InstanceProperties.Instance> instance, Setting setting) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return instance.map(setting::of).orElse(null);
    }

    /** An instance key that names what media are added with. */
    enum Setting {
        ROOT_FOLDER,
        QUALITY_PROFILE,
        LANGUAGE_PROFILE;

        String of(InstanceProperties.Instance instance) {
            return switch (this) {
                case ROOT_FOLDER -> instance.rootFolder();
                case QUALITY_PROFILE -> instance.qualityProfile();
                case LANGUAGE_PROFILE -> instance.languageProfile();
            };
        }
    }
}
