package org.complaintdesk.intake;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ChineseScript;
import org.complaintdesk.complaint.CustomerLocale;

/**
 * Reads an email as a complaint: the sender is the customer, the Message-ID the channel's message id,
 * subject and text the description. Order details are filled in only as far as the mail names an order.
 */
final class EmailToComplaint {

    static final int MAX_DESCRIPTION = 10_000;

    private final Pattern orderNo;

    EmailToComplaint(String orderNoPattern) {
        this.orderNo = Pattern.compile(orderNoPattern);
    }

    IntakeRequest convert(MimeMessage mail) throws MessagingException, IOException {
        InternetAddress sender = sender(mail);
        String subject = mail.getSubject() == null ? "" : mail.getSubject().strip();
        String text = text(mail).strip();
        String description = (subject.isEmpty() ? text : subject + "\n\n" + text).strip();
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION);
        }
        String email = sender == null ? null : sender.getAddress().toLowerCase(Locale.ROOT);
        String name = sender == null || sender.getPersonal() == null || sender.getPersonal().isBlank()
                ? email : sender.getPersonal().strip();
        String order = findOrderNo(subject + "\n" + text);
        return new IntakeRequest(Channel.EMAIL.name(), messageId(mail, email, subject, text),
                new IntakeRequest.CustomerData(email, name, email, null, locale(mail, description).tag(), false),
                order == null ? null
                        : new IntakeRequest.OrderData(order, null, null, null, null, null, null, null, null),
                null, description, List.of(), null);
    }

    private String findOrderNo(String text) {
        Matcher matcher = orderNo.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static InternetAddress sender(Message mail) throws MessagingException {
        Address[] from = mail.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address : null;
    }

    /** The Message-ID; a mail without one is identified by a hash of what it says. */
    private static String messageId(MimeMessage mail, String from, String subject, String text)
            throws MessagingException {
        String id = mail.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (from + "\n" + mail.getSentDate() + "\n" + subject + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content-Language when the mail says it; otherwise guessed from the script of the text. */
    static CustomerLocale locale(MimeMessage mail, String text) throws MessagingException {
        String[] languages = mail.getContentLanguage();
        if (languages != null) {
            for (String language : languages) {
                var known = CustomerLocale.fromTag(language.strip());
                if (known.isPresent()) {
                    return known.get();
                }
            }
        }
        return ChineseScript.guessLocale(text);
    }

    /** The plain text of a mail: text/plain preferred, else text/html without its tags. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("text/html")) {
            return part.getContent().toString().replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                    .replaceAll("(?s)<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("[ \\t]+", " ");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                    continue;
                }
                if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
                    String text = text(body);
                    if (!text.isBlank()) {
                        return text;
                    }
                } else if (body.isMimeType("text/html") && html == null) {
                    html = text(body);
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }
}
