package org.complaintdesk.intake;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.complaintdesk.complaint.CaseSummary;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process takes a received complaint over: the facts its decisions and forms need become variables. */
@Service
class ComplaintRegistration {

    private final ComplaintRepository complaints;
    private final ZoneId zone;

    ComplaintRegistration(ComplaintRepository complaints, @Value("${complaint-desk.time-zone}") ZoneId zone) {
        this.complaints = complaints;
        this.zone = zone;
    }

    @Transactional
    Map<String, Object> register(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.registered();
        Map<String, Object> variables = new HashMap<>(CaseSummary.of(complaint, zone));
        var order = complaint.getOrder();
        variables.put(Var.AMOUNT_PAID, complaint.hasOrder() && order.getAmountPaid() != null
                ? order.getAmountPaid().doubleValue() : null);
        variables.put("wantsRefund", complaint.getDemands().contains(Demand.REFUND));
        variables.put("wantsReturn", complaint.getDemands().contains(Demand.RETURN));
        variables.put("wantsExchange", complaint.getDemands().contains(Demand.EXCHANGE));
        // declared up front so that gateways and forms can read them before anyone sets them
        variables.put(Var.TRIAGE_SEVERITY, null);
        variables.put(Var.OWNER, null);
        variables.put(Var.CASE_TAKEN, false);
        variables.put(Var.ESCALATED, false);
        variables.put(Var.OFFERS_REJECTED, 0);
        variables.put(Var.REOPENED, false);
        variables.put(Var.RULING_FINAL, false);
        return variables;
    }
}
