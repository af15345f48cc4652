package org.complaintdesk.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.complaint.Stage;
import org.complaintdesk.notification.DeliveryStatus;
import org.complaintdesk.notification.OutboxMessage;

/**
 * A complaint as {@code GET /api/complaints/{no}} shows it. Customers see their own facts; staff also see
 * the contact data, the desk and every outgoing message with its delivery state.
 */
public record ComplaintView(
        String complaintNo,
        ComplaintStatus status,
        Stage stage,
        Channel channel,
        Category category,
        Instant receivedAt,
        Instant occurredAt,
        CustomerView customer,
        OrderView order,
        String description,
        Set<Demand> demands,
        String desk,
        Deadlines deadlines,
        List<MessageView> messages) {

    public record CustomerView(String id, String name, String email, String phone, String locale, boolean vip) {
    }

    public record OrderView(String orderNo, String merchantId, String merchantName, String productName,
                            BigDecimal amountPaid, String currency, String courier, String trackingNo,
                            Instant paidAt) {
    }

    public record Deadlines(Instant firstResponseDueAt, Instant resolutionDueAt) {
    }

    public record MessageView(String recipient, String template, String subject, DeliveryStatus status,
                              int attempts, Instant createdAt, Instant sentAt, String lastError) {
    }

    static ComplaintView forStaff(Complaint complaint, List<OutboxMessage> messages) {
        var c = complaint.getCustomer();
        return of(complaint, new CustomerView(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getLocale().tag(),
                c.isVip()), complaint.getDesk(), messages.stream().map(ComplaintView::message).toList());
    }

    static ComplaintView forCustomer(Complaint complaint) {
        var c = complaint.getCustomer();
        return of(complaint, new CustomerView(null, c.getName(), null, null, c.getLocale().tag(), c.isVip()),
                null, null);
    }

    private static ComplaintView of(Complaint complaint, CustomerView customer, String desk,
                                    List<MessageView> messages) {
        var o = complaint.getOrder();
        OrderView order = o == null ? null : new OrderView(o.getOrderNo(), o.getMerchantId(), o.getMerchantName(),
                o.getProductName(), o.getAmountPaid(), o.getCurrency(), o.getCourier(), o.getTrackingNo(),
                o.getPaidAt());
        return new ComplaintView(complaint.getComplaintNo(), complaint.getStatus(), complaint.getStage(),
                complaint.getChannel(), complaint.getCategoryHint(), complaint.getReceivedAt(),
                complaint.getOccurredAt(), customer, order, complaint.getDescription(), complaint.getDemands(), desk,
                new Deadlines(complaint.getFirstResponseDueAt(), complaint.getResolutionDueAt()), messages);
    }

    private static MessageView message(OutboxMessage m) {
        return new MessageView(m.getRecipientKind() + (m.getRecipientAddress() == null ? "" : " " + m.getRecipientAddress()),
                m.getTemplate(), m.getSubject(), m.getStatus(), m.getAttempts(), m.getCreatedAt(), m.getSentAt(),
                m.getLastError());
    }
}
