package org.complaintdesk.arbitration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.complaint.ResponsibleParty;
import org.complaintdesk.negotiation.RemedyProposal;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.system.EnumValues;
import org.complaintdesk.system.InvalidRequestException.FieldViolation;
import org.complaintdesk.system.InvalidRequestException;

/**
 * A ruling as the arbitrator (or the appeal reviewer) enters it, checked completely: the remedy must fit
 * the side found for, amounts stay within what was paid, the responsibility share within 0–100 %, and a
 * written rationale is required.
 */
record RulingDecision(Ruling ruling, RemedyKind remedy, BigDecimal amount, ResponsibleParty responsibleParty,
                      Integer merchantShare, String rationale) {

    static RulingDecision from(Object ruling, Object remedy, Object amount, Object party, Object share,
                               Object rationale, BigDecimal amountPaid) {
        List<FieldViolation> violations = new ArrayList<>();
        Ruling side = EnumValues.parse(Ruling.class, ruling, Var.RULING, true, violations);
        ResponsibleParty responsible = EnumValues.parse(ResponsibleParty.class, party, Var.RESPONSIBLE_PARTY, true,
                violations);
        RemedyProposal proposal = null;
        try {
            proposal = RemedyProposal.from(remedy, amount, rationale, amountPaid);
        } catch (InvalidRequestException e) {
            e.violations().stream().filter(v -> !v.field().equals(Var.REMEDY_REASON)).forEach(violations::add);
        }
        Integer merchantShare = share == null || share.toString().isBlank() ? null
                : (int) Math.round(Double.parseDouble(share.toString()));
        if (merchantShare == null || merchantShare < 0 || merchantShare > 100) {
            violations.add(new FieldViolation(Var.MERCHANT_SHARE, "must be a share from 0 to 100 %"));
        }
        String text = rationale == null ? "" : rationale.toString().strip();
        if (text.isEmpty() || text.length() > 4000) {
            violations.add(new FieldViolation(Var.RATIONALE, "a written rationale of at most 4000 characters is required"));
        }
        if (side != null && proposal != null) {
            boolean noRemedy = proposal.remedy() == RemedyKind.REJECT || proposal.remedy() == RemedyKind.APOLOGY;
            if (side == Ruling.SELLER_FAVOUR && !noRemedy) {
                violations.add(new FieldViolation(Var.REMEDY, "a ruling for the seller gives no refund: REJECT or APOLOGY"));
            }
            if (side == Ruling.BUYER_FAVOUR && proposal.remedy() == RemedyKind.REJECT) {
                violations.add(new FieldViolation(Var.REMEDY, "a ruling for the buyer needs a remedy"));
            }
            if (side == Ruling.SPLIT && (merchantShare != null && (merchantShare == 0 || merchantShare == 100))) {
                violations.add(new FieldViolation(Var.MERCHANT_SHARE, "a split shares responsibility: 1 to 99 %"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new RulingDecision(side, proposal.remedy(), proposal.amount(), responsible, merchantShare, text);
    }
}
