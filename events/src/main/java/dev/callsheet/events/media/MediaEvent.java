package dev.callsheet.events.media;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A normalised fact about one media item. The JSON {@code type} names are part of the topic
 * contract: they never change once released.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RequestSubmitted.class, name = "RequestSubmitted"),
    @JsonSubTypes.Type(value = RequestAutoApproved.class, name = "RequestAutoApproved"),
    @JsonSubTypes.Type(value = RequestApproved.class, name = "RequestApproved"),
    @JsonSubTypes.Type(value = RequestDeclined.class, name = "RequestDeclined"),
    @JsonSubTypes.Type(value = RequestFailed.class, name = "RequestFailed"),
    @JsonSubTypes.Type(value = RequestAvailable.class, name = "RequestAvailable"),
    @JsonSubTypes.Type(value = IssueActivity.class, name = "IssueActivity"),
    @JsonSubTypes.Type(value = MovieAdded.class, name = "MovieAdded"),
    @JsonSubTypes.Type(value = ReleaseGrabbed.class, name = "ReleaseGrabbed"),
    @JsonSubTypes.Type(value = MovieImported.class, name = "MovieImported"),
    @JsonSubTypes.Type(value = MovieFileDeleted.class, name = "MovieFileDeleted"),
    @JsonSubTypes.Type(value = MovieRenamed.class, name = "MovieRenamed"),
    @JsonSubTypes.Type(value = MovieDeleted.class, name = "MovieDeleted"),
    @JsonSubTypes.Type(value = ManualInteractionRequired.class, name = "ManualInteractionRequired"),
    @JsonSubTypes.Type(value = LibraryItemAdded.class, name = "LibraryItemAdded"),
    @JsonSubTypes.Type(value = SeriesAdded.class, name = "SeriesAdded"),
    @JsonSubTypes.Type(value = EpisodesGrabbed.class, name = "EpisodesGrabbed"),
    @JsonSubTypes.Type(value = EpisodesImported.class, name = "EpisodesImported"),
    @JsonSubTypes.Type(value = DownloadImported.class, name = "DownloadImported"),
    @JsonSubTypes.Type(value = EpisodeFileDeleted.class, name = "EpisodeFileDeleted"),
    @JsonSubTypes.Type(value = SeriesRenamed.class, name = "SeriesRenamed"),
    @JsonSubTypes.Type(value = SeriesDeleted.class, name = "SeriesDeleted"),
    @JsonSubTypes.Type(value = EpisodeAvailable.class, name = "EpisodeAvailable"),
    @JsonSubTypes.Type(value = UnrecognisedEvent.class, name = "UnrecognisedEvent"),
    @JsonSubTypes.Type(value = EpisodesResolved.class, name = "EpisodesResolved"),
    @JsonSubTypes.Type(value = CommandAttemptFailed.class, name = "CommandAttemptFailed"),
    @JsonSubTypes.Type(value = DownloadReported.class, name = "DownloadReported"),
    @JsonSubTypes.Type(value = PlexScanRequested.class, name = "PlexScanRequested"),
    @JsonSubTypes.Type(value = PlexItemFound.class, name = "PlexItemFound"),
    @JsonSubTypes.Type(value = PlexConfirmed.class, name = "PlexConfirmed"),
    @JsonSubTypes.Type(value = PlexNotConfirmed.class, name = "PlexNotConfirmed"),
    @JsonSubTypes.Type(value = RequestDecided.class, name = "RequestDecided"),
    @JsonSubTypes.Type(value = OverseerrDecisionSent.class, name = "OverseerrDecisionSent"),
    @JsonSubTypes.Type(value = SearchStarted.class, name = "SearchStarted"),
    @JsonSubTypes.Type(value = SearchChecked.class, name = "SearchChecked"),
    @JsonSubTypes.Type(value = AddedToLibrary.class, name = "AddedToLibrary"),
    @JsonSubTypes.Type(value = NotificationAttempt.class, name = "NotificationAttempt"),
    @JsonSubTypes.Type(value = Subscribed.class, name = "Subscribed"),
    @JsonSubTypes.Type(value = RequesterAddressed.class, name = "RequesterAddressed"),
})
public sealed interface MediaEvent
        permits RequestEvent,
                IssueActivity,
                MovieAdded,
                ReleaseGrabbed,
                MovieImported,
                MovieFileDeleted,
                MovieRenamed,
                MovieDeleted,
                ManualInteractionRequired,
                LibraryItemAdded,
                SeriesAdded,
                EpisodesGrabbed,
                EpisodesImported,
                DownloadImported,
                EpisodeFileDeleted,
                SeriesRenamed,
                SeriesDeleted,
                EpisodeAvailable,
                UnrecognisedEvent,
                EpisodesResolved,
                CommandAttemptFailed,
                DownloadReported,
                PlexScanRequested,
                PlexItemFound,
                PlexConfirmed,
                PlexNotConfirmed,
                RequestDecided,
                OverseerrDecisionSent,
                SearchStarted,
                SearchChecked,
                AddedToLibrary,
                NotificationAttempt,
                Subscribed,
                RequesterAddressed {

    /** What the source said about the media item; never null. */
    MediaInfo media();

    /** The vendor's own name for what happened ({@code MEDIA_PENDING}, {@code Grab}, {@code library.new}). */
    String sourceEventType();
}
