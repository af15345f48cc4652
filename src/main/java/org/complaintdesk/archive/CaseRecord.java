package org.complaintdesk.archive;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.Outcome;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.complaint.Severity;

/** A closed case in the case library: what it was about, how it went, how long it took, how it ended. */
@Entity
@Table(name = "case_record")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseRecord {

    @Id
    private Long complaintId;

    private String complaintNo;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String merchantId;

    private String merchantName;

    private String courier;

    private String customerId;

    private String orderNo;

    private String productName;

    @Enumerated(EnumType.STRING)
    private ResponsibleParty responsibleParty;

    @Enumerated(EnumType.STRING)
    private RemedyKind remedy;

    private BigDecimal remedyAmount;

    private BigDecimal refundedAmount;

    private String currency;

    private int offersMade;

    private boolean arbitrated;

    private boolean reopened;

    private boolean escalated;

    private String ownerId;

    private Long firstResponseMinutes;

    private long resolveMinutes;

    private long customerWaitMinutes;

    private Integer satisfactionScore;

    private Boolean solved;

    private String description;

    private Instant receivedAt;

    private Instant closedAt;

    /** The desk that owned the case: the owner's desk, or the routed desk when nobody took it. */
    private String desk;

    /** Taken by the first-response deadline; null when the case ended untaken before it, or no deadline was set. */
    private Boolean firstResponseOnTime;

    /** Minutes from receipt to the first remedy offer; null without one. */
    private Long firstOfferMinutes;

    /** Minutes from receipt to the agreement (an offer accepted, the merchant granting, or the ruling final). */
    private Long agreedMinutes;

    /** Minutes from receipt to the remedy carried out. */
    private Long remedyDoneMinutes;
}
