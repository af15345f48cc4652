package org.complaintdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.CustomerLocale;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.support.GreenMailServers;
import org.complaintdesk.support.MailDeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The email channel against a real IMAP server (GreenMail). */
@MailDeskTest
class EmailChannelTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailServers.perTest();

    @Autowired
    EmailChannel emailChannel;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    RuntimeService runtimeService;

    GreenMailUser mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = greenMail.getUserManager().getUser(MailDeskTest.MAILBOX);
    }

    @Test
    void newEmail_becomesAComplaintWithProcessAndAcknowledgement() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
        mailbox.deliver(mail(messageId, "Zhang Wei <Zhang.Wei@Example.com>", "订单号: 20261101-8899 还没收到货",
                "我十一月一号下的单，到现在物流一直没有更新，请尽快处理。"));

        assertThat(emailChannel.poll()).isEqualTo(1);

        var complaint = complaints.findByChannelAndExternalId(Channel.EMAIL, messageId).orElseThrow();
        assertThat(complaint.getCustomer().getEmail()).isEqualTo("zhang.wei@example.com");
        assertThat(complaint.getCustomer().getName()).isEqualTo("Zhang Wei");
        assertThat(complaint.getCustomer().getLocale()).isEqualTo(CustomerLocale.ZH_CN);
        assertThat(complaint.getOrder().getOrderNo()).isEqualTo("20261101-8899");
        assertThat(complaint.getDescription()).startsWith("订单号: 20261101-8899 还没收到货").contains("物流一直没有更新");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.getComplaintNo()).count()).isEqualTo(1);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(complaint.getComplaintNo()))
                .singleElement().satisfies(m -> assertThat(m.getSubject()).startsWith("我们已收到您的投诉"));
        assertThat(greenMail.getReceivedMessages()[0].getFlags().contains(Flags.Flag.SEEN)).isTrue();
    }

    @Test
    void redeliveredEmail_isTheSameComplaint() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
        mailbox.deliver(mail(messageId, "ann@example.com", "Broken lamp", "The lamp arrived broken."));
        mailbox.deliver(mail(messageId, "ann@example.com", "Broken lamp", "The lamp arrived broken."));

        assertThat(emailChannel.poll()).isEqualTo(2);
        assertThat(emailChannel.poll()).isZero(); // both are seen now

        var complaint = complaints.findByChannelAndExternalId(Channel.EMAIL, messageId).orElseThrow();
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.getComplaintNo()).count()).isEqualTo(1);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(complaint.getComplaintNo())).hasSize(1);
        assertThat(complaint.getCustomer().getLocale()).isEqualTo(CustomerLocale.EN);
        assertThat(complaint.hasOrder()).isFalse();
    }

    @Test
    void traditionalChineseEmail_isAnsweredInTraditionalChinese() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
        mailbox.deliver(mail(messageId, "chen@example.com.tw", "退款問題", "商品退貨已經兩週了，退款還沒有到帳。"));

        emailChannel.poll();

        var complaint = complaints.findByChannelAndExternalId(Channel.EMAIL, messageId).orElseThrow();
        assertThat(complaint.getCustomer().getLocale()).isEqualTo(CustomerLocale.ZH_TW);
    }

    @Test
    void htmlOnlyEmail_isReadAsText() throws Exception {
        String messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
        MimeMessage html = mail(messageId, "bo@example.com", "Wrong size", null);
        html.setContent("<html><body><p>They sent <b>size M</b> instead of L.</p><script>x()</script></body></html>",
                "text/html; charset=UTF-8");
        html.saveChanges();
        html.setHeader("Message-ID", messageId);
        mailbox.deliver(html);

        emailChannel.poll();

        var complaint = complaints.findByChannelAndExternalId(Channel.EMAIL, messageId).orElseThrow();
        assertThat(complaint.getDescription()).contains("They sent", "size M", "instead of L.").doesNotContain("<b>", "x()");
    }

    @Test
    void emailThatCannotBeAComplaint_isFlaggedAndNotRetried() throws Exception {
        long before = complaints.count();
        mailbox.deliver(mail("<" + UUID.randomUUID() + "@mail.example.com>", "empty@example.com", "", " "));

        assertThat(emailChannel.poll()).isZero();
        assertThat(emailChannel.poll()).isZero();

        assertThat(complaints.count()).isEqualTo(before);
        Message received = greenMail.getReceivedMessages()[0];
        assertThat(received.getFlags().contains(Flags.Flag.FLAGGED)).isTrue();
    }

    private static MimeMessage mail(String messageId, String from, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MailDeskTest.MAILBOX));
        message.setSubject(subject, "UTF-8");
        if (text != null) {
            message.setText(text, "UTF-8");
        }
        message.saveChanges();
        message.setHeader("Message-ID", messageId); // after saveChanges, which would replace it
        return message;
    }
}
