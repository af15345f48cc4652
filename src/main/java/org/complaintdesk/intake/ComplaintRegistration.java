package org.complaintdesk.intake;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.complaintdesk.complaint.CaseSummary;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.Demand;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.process.ProcessFacts;
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

    /**
     * A complaint the process has taken over.
     *
     * @param summary the display copies every form shows ({@link CaseSummary})
     */
    record Registered(Map<String, Object> summary, BigDecimal amountPaid, Set<Demand> demands) implements ProcessFacts {

        @Override
        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>(summary);
            variables.putAll(ProcessFacts.variables(
                    Var.AMOUNT_PAID, amountPaid == null ? null : amountPaid.doubleValue(),
                    "wantsRefund", demands.contains(Demand.REFUND),
                    "wantsReturn", demands.contains(Demand.RETURN),
                    "wantsExchange", demands.contains(Demand.EXCHANGE),
                    // declared up front so that gateways and forms can read them before anyone sets them
                    Var.TRIAGE_SEVERITY, null, Var.OWNER, null, Var.CASE_TAKEN, false, Var.FIRST_RESPONSE_GIVEN, false, Var.ESCALATED, false,
                    Var.OFFERS_REJECTED, 0, Var.REOPENED, false, Var.RULING_FINAL, false));
            return variables;
        }
    }

    @Transactional
    Registered register(String complaintNo) {
        Complaint complaint = complaints.getByComplaintNo(complaintNo);
        complaint.registered();
        return new Registered(CaseSummary.of(complaint, zone),
                complaint.hasOrder() ? complaint.getOrder().getAmountPaid() : null, Set.copyOf(complaint.getDemands()));
    }
}
