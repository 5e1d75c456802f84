package dev.callsheet.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.callsheet.adapters.notify.ChannelSettings.Email.Security;
import dev.callsheet.adapters.notify.DeliveryFailure.Kind;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

class EmailChannelTest {

    private static final String USER = "callsheet";
    private static final String PASSWORD = "s3cret-Mail-Passw0rd";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("callsheet@localhost", USER, PASSWORD));

    private static final Notice AVAILABLE = new Notice(
            "available-request-42-marge",
            "available",
            "The Matrix (1999) <is> ready & waiting",
            "Requested by Marge\nQuality: Bluray-1080p",
            URI.create("https://plex.example.org/web/item/42"),
            URI.create("https://image.tmdb.org/t/p/w500/matrix.jpg"),
            List.of(
                    new NoticeAction("Open in Plex", URI.create("https://plex.example.org/web/item/42")),
                    new NoticeAction("Report a problem", URI.create("https://callsheet.example.org/r/42?a=1&b=2"))),
            new Recipient("Marge", null, null, "marge@example.org"),
            Map.of("requestId", 42));

    private static ChannelSettings.Email settings(int port, Security security, String username, String password) {
        return new ChannelSettings.Email(
                "127.0.0.1",
                port,
                security,
                username,
                password,
                "Callsheet <callsheet@example.org>",
                List.of("admins@example.org", "ops@example.org"));
    }

    private static EmailChannel channel(int port) {
        return new EmailChannel(settings(port, Security.NONE, null, null), "family-mail", TIMEOUT);
    }

    private static Notice withoutRecipient(Notice notice) {
        return new Notice(
                notice.id(),
                notice.event(),
                notice.title(),
                notice.text(),
                notice.link(),
                notice.imageUrl(),
                notice.actions(),
                null,
                notice.data());
    }

    /** The send's failure, after checking that neither it nor anything it wraps shows the password. */
    private static DeliveryFailure failureOf(Mono<?> send) {
        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, send::block);
        assertThat(failure).as("the send's failure").isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
            assertThat(t.toString()).doesNotContain(PASSWORD);
        }
        return failure;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Nested
    class Delivered {

        @Test
        void sendsTextAndHtmlToTheRecipientWithAMessageIdFromTheNotice() throws Exception {
            Sent sent = channel(MAIL.getSmtp().getPort()).send(AVAILABLE).block();

            assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage mail = MAIL.getReceivedMessages()[0];
            assertThat(mail.getSubject()).isEqualTo("The Matrix (1999) <is> ready & waiting");
            assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                            .map(Address::toString))
                    .containsExactly("Marge <marge@example.org>");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("Callsheet <callsheet@example.org>");
            assertThat(mail.getMessageID()).isEqualTo("<available-request-42-marge@callsheet>");
            assertThat(sent).isEqualTo(new Sent("<available-request-42-marge@callsheet>"));

            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            Multipart parts = (Multipart) mail.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
            String text = (String) parts.getBodyPart(0).getContent();
            assertThat(text)
                    .contains("The Matrix (1999) <is> ready & waiting")
                    .contains("Requested by Marge")
                    .contains("Quality: Bluray-1080p")
                    .contains("https://plex.example.org/web/item/42")
                    .contains("Report a problem: https://callsheet.example.org/r/42?a=1&b=2");
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(html)
                    .contains("The Matrix (1999) &lt;is&gt; ready &amp; waiting")
                    .doesNotContain("<is>")
                    .contains("<img src=\"https://image.tmdb.org/t/p/w500/matrix.jpg\"")
                    .contains("Requested by Marge<br>")
                    .contains("<a href=\"https://plex.example.org/web/item/42\">Open in Plex</a>")
                    .contains("<a href=\"https://callsheet.example.org/r/42?a=1&amp;b=2\">Report a problem</a>");
        }

        @Test
        void sendsANoticeWithoutRecipientToTheConfiguredAddresses() throws Exception {
            channel(MAIL.getSmtp().getPort()).send(withoutRecipient(AVAILABLE)).block();

            assertThat(MAIL.waitForIncomingEmail(5000, 2)).isTrue();
            MimeMessage mail = MAIL.getReceivedMessages()[0];
            assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                            .map(Address::toString))
                    .containsExactly("admins@example.org", "ops@example.org");
        }

        @Test
        void logsInWithTheConfiguredUser() throws Exception {
            EmailChannel channel = new EmailChannel(
                    settings(MAIL.getSmtp().getPort(), Security.NONE, USER, PASSWORD), "family-mail", TIMEOUT);

            channel.send(AVAILABLE).block();

            assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        }

        @Test
        void writesAnyNoticeIdAsAValidMessageId() {
            assertThat(EmailChannel.messageId("req 42/available.é"))
                    .isEqualTo("<req=2042=2Favailable=2E=C3=A9@callsheet>");
        }
    }

    @Nested
    class Refused {

        @Test
        void aWrongPasswordIsPermanentAndNotShown() {
            EmailChannel channel = new EmailChannel(
                    settings(MAIL.getSmtp().getPort(), Security.NONE, USER, PASSWORD + "-old"), "family-mail", TIMEOUT);

            DeliveryFailure failure = failureOf(channel.send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(failure).hasMessage("E-mail channel family-mail: the mail server refused the login");
            assertThat(failure.getMessage()).doesNotContain(PASSWORD + "-old");
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }

        @Test
        void anUnknownUserIsPermanentWithTheServersReply() throws Exception {
            try (ScriptedSmtpServer server = new ScriptedSmtpServer(
                    ScriptedSmtpServer.Script.accepting().withRcpt("550 5.1.1 <marge@example.org>: User unknown"))) {
                DeliveryFailure failure = failureOf(channel(server.port()).send(AVAILABLE));

                assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
                assertThat(failure.getMessage())
                        .startsWith("E-mail channel family-mail: the mail server refused the mail: 550")
                        .contains("User unknown");
            }
        }

        @Test
        void aRejectedMailIsPermanent() throws Exception {
            try (ScriptedSmtpServer server = new ScriptedSmtpServer(
                    ScriptedSmtpServer.Script.accepting().withEndOfData("554 5.7.1 Message rejected as spam"))) {
                DeliveryFailure failure = failureOf(channel(server.port()).send(AVAILABLE));

                assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
                assertThat(failure.getMessage()).contains("554 5.7.1 Message rejected as spam");
            }
        }

        @Test
        void aNoticeWithNoAddressAtAllIsPermanent() {
            EmailChannel channel = new EmailChannel(
                    new ChannelSettings.Email(
                            "127.0.0.1",
                            MAIL.getSmtp().getPort(),
                            Security.NONE,
                            null,
                            null,
                            "callsheet@example.org",
                            List.of()),
                    "family-mail",
                    TIMEOUT);

            DeliveryFailure failure = failureOf(channel.send(withoutRecipient(AVAILABLE)));

            assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(failure.getMessage()).contains("no recipient address");
        }

        @Test
        void startTlsIsRequiredSoAServerWithoutItGetsNothing() {
            EmailChannel channel = new EmailChannel(
                    settings(MAIL.getSmtp().getPort(), Security.STARTTLS, USER, PASSWORD), "family-mail", TIMEOUT);

            DeliveryFailure failure = failureOf(channel.send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
            assertThat(failure.getMessage()).contains("does not offer STARTTLS");
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }

        @Test
        void anUnparsableFromAddressStopsTheStart() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new EmailChannel(
                            new ChannelSettings.Email(
                                    "127.0.0.1", 25, Security.NONE, null, null, "not an address@", List.of()),
                            "family-mail",
                            TIMEOUT))
                    .withMessage("E-mail channel family-mail: the from address is not an e-mail address");
        }
    }

    @Nested
    class WorthAnotherTry {

        @Test
        void aClosedPortIsRetried() throws Exception {
            DeliveryFailure failure = failureOf(channel(closedPort()).send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            assertThat(failure).hasMessage("E-mail channel family-mail: the mail server could not be reached");
        }

        @Test
        void aBusyMailboxIsRetried() throws Exception {
            try (ScriptedSmtpServer server = new ScriptedSmtpServer(
                    ScriptedSmtpServer.Script.accepting().withRcpt("450 4.2.1 Mailbox busy, try later"))) {
                DeliveryFailure failure = failureOf(channel(server.port()).send(AVAILABLE));

                assertThat(failure.kind()).isEqualTo(Kind.RETRY);
                assertThat(failure.getMessage()).contains("450 4.2.1 Mailbox busy");
            }
        }

        @Test
        void aServerTurningClientsAwayIsRetried() throws Exception {
            try (ScriptedSmtpServer server = new ScriptedSmtpServer(
                    ScriptedSmtpServer.Script.accepting().withGreeting("421 4.3.2 Too busy, come back later"))) {
                DeliveryFailure failure = failureOf(channel(server.port()).send(AVAILABLE));

                assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            }
        }

        @Test
        void aServerSilentBeforeTheMailIsRetried() throws Exception {
            try (ScriptedSmtpServer server =
                    new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().withRcpt(null))) {
                DeliveryFailure failure = failureOf(channel(server.port()).send(AVAILABLE));

                assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            }
        }

        @Test
        void anUntrustedCertificateIsRetriedAndNothingIsSentInClear() {
            EmailChannel channel = new EmailChannel(
                    settings(MAIL.getSmtps().getPort(), Security.TLS, USER, PASSWORD), "family-mail", TIMEOUT);

            DeliveryFailure failure = failureOf(channel.send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.RETRY);
            assertThat(failure.getMessage()).contains("TLS handshake");
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void noAnswerAfterTheMailIsAnUnknownOutcome() throws Exception {
        try (ScriptedSmtpServer server =
                new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().withEndOfData(null))) {
            DeliveryFailure failure = failureOf(channel(server.port()).send(AVAILABLE));

            assertThat(failure.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
            assertThat(failure.getMessage()).contains("may have gone out");
        }
    }
}
