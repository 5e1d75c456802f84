package dev.callsheet.adapters.notify;

import dev.callsheet.adapters.Causes;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A mailbox reached over SMTP: each notice is one {@code multipart/alternative} mail, plain text first
 * and HTML second (the poster as an {@code <img>}, the actions as links), to the recipient's address
 * when the notice has one, else to the configured {@code to} list.
 *
 * <p>Jakarta Mail blocks, so a send runs on Reactor's bounded elastic scheduler, and every socket
 * operation (connect, read, write) is bounded by the timeout: Jakarta Mail's own defaults are infinite.
 * An SMTP 4xx reply, a refused connection or a failed TLS handshake is worth another try; a 5xx reply
 * and a refused login are permanent. Mail servers do not dedupe, so a timeout after the message went
 * out (after {@code DATA}) is an unknown outcome: the retry may deliver it twice. The Message-ID is
 * derived from the notice's id, which lets mail clients spot such a double.
 *
 * <p>No failure carries Jakarta Mail's exception: failures are worded here from the SMTP reply code, so
 * the password cannot reach a message or a cause.
 */
public final class EmailChannel implements NoticeChannel {

    private final ChannelSettings.Email settings;
    private final String channel;
    private final Session session;
    private final InternetAddress from;
    private final List<InternetAddress> to;

    /**
     * @param name the configured instance name, for messages
     * @param timeout for connecting, and for each read and write on the connection
     * @throws IllegalArgumentException when the {@code from} or a {@code to} address cannot be parsed
     */
    public EmailChannel(ChannelSettings.Email settings, String name, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "E-mail channel " + name;
        this.session = Session.getInstance(properties(settings, timeout));
        this.from = address(settings.from(), "from");
        this.to = settings.to().stream().map(to -> address(to, "to")).toList();
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        return Mono.fromCallable(() -> deliver(notice)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Mail servers state no rate; a personal mailbox provider's daily quota is far above a household's notices. */
    @Override
    public Pace pace() {
        return Pace.UNLIMITED;
    }

    private static Properties properties(ChannelSettings.Email settings, Duration timeout) {
        String millis = Long.toString(Math.max(1, timeout.toMillis()));
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", millis);
        props.setProperty("mail.smtp.timeout", millis);
        props.setProperty("mail.smtp.writetimeout", millis);
        props.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        switch (settings.security()) {
            case NONE -> {}
            case STARTTLS -> {
                // Without "required", a server that offers no STARTTLS would get the mail (and the
                // login) in clear text.
                props.setProperty("mail.smtp.starttls.enable", "true");
                props.setProperty("mail.smtp.starttls.required", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                props.setProperty("mail.smtp.ssl.enable", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return props;
    }

    private InternetAddress address(String text, String key) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(channel + ": the " + key + " address is not an e-mail address");
        }
    }

    private Sent deliver(Notice notice) {
        List<InternetAddress> recipients = recipients(notice);
        NoticeMail mail = new NoticeMail(session, messageId(notice.id()));
        try {
            mail.setFrom(from);
            mail.setRecipients(MimeMessage.RecipientType.TO, recipients.toArray(Address[]::new));
            mail.setSubject(notice.title(), StandardCharsets.UTF_8.name());
            mail.setContent(body(notice));
            mail.saveChanges();
        } catch (MessagingException e) {
            throw DeliveryFailure.permanent(channel + ": the notice could not be put into a mail");
        }
        WatchedTransport transport = new WatchedTransport(session);
        try {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } catch (MessagingException e) {
            throw connectFailure(e, transport);
        }
        try {
            transport.sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException e) {
            throw sendFailure(e, transport.dataStarted);
        } finally {
            closeQuietly(transport);
        }
        return new Sent(mail.messageId);
    }

    private List<InternetAddress> recipients(Notice notice) {
        Recipient recipient = notice.recipient();
        if (recipient != null && recipient.email() != null) {
            try {
                InternetAddress address = new InternetAddress(recipient.email(), true);
                address.setPersonal(recipient.name(), StandardCharsets.UTF_8.name());
                return List.of(address);
            } catch (AddressException | UnsupportedEncodingException e) {
                throw DeliveryFailure.permanent(channel + ": the recipient's e-mail address is not valid");
            }
        }
        if (to.isEmpty()) {
            throw DeliveryFailure.permanent(
                    channel + ": the notice has no recipient address and no 'to' is configured");
        }
        return to;
    }

    /**
     * {@code <id@callsheet>}, the id's letters, digits, {@code -} and {@code _} kept and every other byte
     * written as {@code =XX}: a valid Message-ID for any notice id, and a different one for each.
     */
    static String messageId(String noticeId) {
        StringBuilder id = new StringBuilder("<");
        for (byte b : noticeId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                id.append(c);
            } else {
                id.append('=').append(String.format("%02X", b & 0xff));
            }
        }
        return id.append("@callsheet>").toString();
    }

    private static MimeMultipart body(Notice notice) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(plainText(notice), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(notice), StandardCharsets.UTF_8.name(), "html");
        return new MimeMultipart("alternative", text, html);
    }

    private static String plainText(Notice notice) {
        StringBuilder out = new StringBuilder(notice.title()).append("\n\n");
        if (!notice.text().isBlank()) {
            out.append(notice.text()).append("\n\n");
        }
        if (notice.link() != null) {
            out.append(notice.link()).append('\n');
        }
        for (NoticeAction action : notice.actions()) {
            out.append(action.label()).append(": ").append(action.url()).append('\n');
        }
        return out.toString();
    }

    private static String html(Notice notice) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
        String title = escape(notice.title());
        out.append("<h2>")
                .append(notice.link() == null ? title : link(notice.link(), title))
                .append("</h2>\n");
        if (notice.imageUrl() != null) {
            out.append("<p><img src=\"")
                    .append(escape(notice.imageUrl().toString()))
                    .append("\" alt=\"")
                    .append(title)
                    .append("\" style=\"max-width:300px\"></p>\n");
        }
        if (!notice.text().isBlank()) {
            out.append("<p>")
                    .append(escape(notice.text()).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        if (!notice.actions().isEmpty()) {
            List<String> links = new ArrayList<>();
            for (NoticeAction action : notice.actions()) {
                links.add(link(action.url(), escape(action.label())));
            }
            out.append("<p>").append(String.join(" &middot; ", links)).append("</p>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String link(URI url, String escapedLabel) {
        return "<a href=\"" + escape(url.toString()) + "\">" + escapedLabel + "</a>";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private DeliveryFailure connectFailure(MessagingException e, SMTPTransport transport) {
        int lastReply = transport.getLastReturnCode();
        if (e instanceof AuthenticationFailedException) {
            return DeliveryFailure.permanent(channel + ": the mail server refused the login");
        }
        if (e instanceof MailConnectException) {
            return DeliveryFailure.retry(channel + ": the mail server could not be reached", null);
        }
        if (Causes.include(e, SSLException.class)) {
            return DeliveryFailure.retry(channel + ": the TLS handshake with the mail server failed", null);
        }
        if (lastReply >= 400 && lastReply < 500) {
            return DeliveryFailure.retry(
                    channel + ": the mail server answered " + lastReply + " while connecting", null);
        }
        if (Causes.include(e, IOException.class)) {
            return DeliveryFailure.retry(channel + ": the connection to the mail server failed", null);
        }
        if (settings.security() == ChannelSettings.Email.Security.STARTTLS
                && !transport.supportsExtension("STARTTLS")) {
            return DeliveryFailure.permanent(
                    channel + ": the mail server does not offer STARTTLS, and the mail is not sent in clear text");
        }
        // A 5xx greeting or reply to EHLO: the same on every try.
        return DeliveryFailure.permanent(
                channel + ": the mail server refused the connection" + (lastReply > 0 ? " (" + lastReply + ")" : ""));
    }

    private DeliveryFailure sendFailure(MessagingException e, boolean dataStarted) {
        int worst = 0;
        String reply = "";
        for (Exception x : chain(e)) {
            int code = x instanceof SMTPAddressFailedException a
                    ? a.getReturnCode()
                    : x instanceof SMTPSendFailedException s ? s.getReturnCode() : 0;
            if (code > worst) {
                worst = code;
                reply = x.getMessage() == null ? "" : x.getMessage().strip();
            }
        }
        if (worst >= 500) {
            return DeliveryFailure.permanent(channel + ": the mail server refused the mail: " + reply);
        }
        if (worst >= 400) {
            return DeliveryFailure.retry(channel + ": the mail server deferred the mail: " + reply, null);
        }
        if (dataStarted) {
            return new DeliveryFailure(
                    DeliveryFailure.Kind.UNKNOWN_OUTCOME,
                    channel + ": no answer from the mail server after the mail was sent; it may have gone out",
                    null,
                    null);
        }
        return DeliveryFailure.retry(channel + ": the connection to the mail server failed before the mail", null);
    }

    /** {@code e}, its causes and the exceptions Jakarta Mail chains as "next" (one per refused recipient). */
    private static List<Exception> chain(MessagingException e) {
        List<Exception> all = new ArrayList<>();
        for (Exception x = e; x != null && !all.contains(x); ) {
            all.add(x);
            x = x instanceof MessagingException m ? m.getNextException() : null;
        }
        return all;
    }

    private static void closeQuietly(SMTPTransport transport) {
        try {
            transport.close();
        } catch (MessagingException afterTheMail) {
            // QUIT failing changes nothing: the server has accepted or refused the mail already.
        }
    }

    /** A mail whose Message-ID stays the one derived from the notice: Jakarta Mail would replace it. */
    private static final class NoticeMail extends MimeMessage {

        private final String messageId;

        NoticeMail(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /**
     * Notes when the server has accepted {@code DATA}: a failure before it sent nothing, one after it
     * may come after the server took the mail.
     */
    private static final class WatchedTransport extends SMTPTransport {

        private volatile boolean dataStarted;

        WatchedTransport(Session session) {
            super(session, new URLName("smtp", null, -1, null, null, null));
        }

        @Override
        protected OutputStream data() throws MessagingException {
            OutputStream out = super.data();
            dataStarted = true;
            return out;
        }
    }
}
