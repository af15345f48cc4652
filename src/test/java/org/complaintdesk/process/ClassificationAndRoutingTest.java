package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.complaintdesk.complaint.ClassificationSource;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Severity;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Receive → classify (or triage) → grade → route → open at the desk. */
@DeskTest
class ClassificationAndRoutingTest extends ProcessTestSupport {

    @Autowired
    ComplaintRepository complaints;

    @Test
    void receivedComplaint_continuesAsynchronouslyAfterTheStart() {
        Filed filed = file(complaint(null, "The lamp stopped working after two days, it is defective."));

        assertThat(filed.pi()).isStarted().isWaitingAt(Element.START_COMPLAINT_RECEIVED);
        assertThat(complaint(filed).getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void confidentClassification_goesStraightToTheDesk() {
        Filed filed = fileAndStart(complaint(null, "The lamp stopped working after two days, it is defective and of poor quality."));

        assertThat(filed.pi()).hasPassed(Element.CLASSIFY_COMPLAINT, Element.GRADE_COMPLAINT, Element.ROUTE_COMPLAINT,
                        Element.DETERMINE_CASE_LIMITS, Element.DETERMINE_SERVICE_LEVELS, Element.OPEN_CASE)
                .hasNotPassed(Element.TRIAGE_COMPLAINT)
                .isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(task(filed.pi())).hasCandidateGroup("quality-desk");
        Complaint complaint = complaint(filed);
        assertThat(complaint.getCategory()).hasToString("PRODUCT_QUALITY");
        assertThat(complaint.getClassificationSource()).isEqualTo(ClassificationSource.CLASSIFIER);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(complaint.getSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(complaint.getResolutionDueAt()).isAfter(complaint.getFirstResponseDueAt());
    }

    @Test
    void channelHint_isUsedAsTheCategory() {
        Filed filed = fileAndStart(complaint("PAYMENT", "Something is wrong, please call me."));

        assertThat(filed.pi()).hasNotPassed(Element.TRIAGE_COMPLAINT).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(task(filed.pi())).hasCandidateGroup("finance-desk");
        assertThat(complaint(filed).getClassificationSource()).isEqualTo(ClassificationSource.CHANNEL_HINT);
    }

    @Test
    void uncertainClassification_goesToTriage_whereAPersonDecides() {
        Filed filed = fileAndStart(complaint(null, "Hello, I am not happy, please do something."));

        assertThat(filed.pi()).isWaitingAt(Element.TRIAGE_COMPLAINT);
        assertThat(task(filed.pi())).hasCandidateGroup("triage");
        assertThat(complaint(filed).getStatus()).isEqualTo(ComplaintStatus.IN_TRIAGE);

        as("tara", () -> complete(task(filed.pi()), withVariables("category", "DELIVERY_DELAY", "triageSeverity", "HIGH")));

        assertThat(filed.pi()).hasPassed(Element.TRIAGE_COMPLAINT).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(task(filed.pi())).hasCandidateGroup("logistics-desk");
        Complaint complaint = complaint(filed);
        assertThat(complaint.getClassificationSource()).isEqualTo(ClassificationSource.TRIAGE);
        assertThat(complaint.getSeverity()).isEqualTo(Severity.HIGH);
        assertThat(complaint.getPriority()).isEqualTo(75);
    }

    @Test
    void triageWithAnUnknownCategory_isRefused() {
        Filed filed = fileAndStart(complaint(null, "Hello, I am not happy, please do something."));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                as("tara", () -> complete(task(filed.pi()), withVariables("category", "WHATEVER", "triageSeverity", "HIGH"))))
                .hasMessageContaining("category");
        assertThat(filed.pi()).isWaitingAt(Element.TRIAGE_COMPLAINT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PRODUCT_QUALITY, quality-desk, true",
            "COUNTERFEIT, quality-desk, true",
            "DELIVERY_DELAY, logistics-desk, false",
            "WRONG_OR_MISSING_ITEM, logistics-desk, true",
            "PROMOTION_MISLEADING, service-desk, false",
            "SERVICE_ATTITUDE, service-desk, false",
            "REFUND_RETURN, finance-desk, false",
            "PAYMENT, finance-desk, false"})
    void eachCategory_goesToItsDesk(String category, String desk, boolean merchantInvolved) {
        Filed filed = fileAndStart(complaint(category, "See category."));

        assertThat(task(filed.pi())).hasCandidateGroup(desk);
        assertThat(filed.pi()).variables().containsEntry("desk", desk).containsEntry("merchantInvolved", merchantInvolved);
        assertThat(complaint(filed).isMerchantInvolved()).isEqualTo(merchantInvolved);
    }

    @Test
    void safetyHazard_isAlwaysCriticalWithTopPriority() {
        Filed filed = fileAndStart(complaint("DELIVERY_DELAY", "充电器充电时起火了，差点烧到孩子！"));

        Complaint complaint = complaint(filed);
        assertThat(complaint.isSafetyHazard()).isTrue();
        assertThat(complaint.getSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(task(filed.pi()).getPriority()).isEqualTo(100);
        // critical cases are answered within 2 hours
        assertThat(complaint.getFirstResponseDueAt()).isEqualTo(complaint.getReceivedAt().plusSeconds(2 * 3600));
    }

    @Test
    void vipCustomer_getsHigherPriorityAndAnEarlierFirstResponse() {
        Filed regular = fileAndStart(complaint("PRODUCT_QUALITY", "Broken.", "C-regular-" + System.nanoTime(), false));
        Filed vip = fileAndStart(complaint("PRODUCT_QUALITY", "Broken.", "C-vip-" + System.nanoTime(), true));

        assertThat(task(vip.pi()).getPriority()).isGreaterThan(task(regular.pi()).getPriority());
        Complaint v = complaint(vip);
        assertThat(v.getFirstResponseDueAt()).isEqualTo(v.getReceivedAt().plusSeconds(12 * 3600));
    }

    @Test
    void repeatComplainant_goesBeforeFirstTimeComplainants() {
        String customer = "C-repeat-" + System.nanoTime();
        Filed first = fileAndStart(complaint("PRODUCT_QUALITY", "Broken.", customer, false));
        Filed second = fileAndStart(complaint("PRODUCT_QUALITY", "Broken again.", customer, false));

        assertThat(second.pi()).variables().containsEntry("repeatComplaints", 1);
        assertThat(task(second.pi()).getPriority()).isGreaterThan(task(first.pi()).getPriority());
    }

    @Test
    void investigateTask_carriesPriorityFollowUpAndDueDates() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));

        Complaint complaint = complaint(filed);
        var task = task(filed.pi());
        assertThat(task.getPriority()).isEqualTo(complaint.getPriority());
        assertThat(task.getFollowUpDate().toInstant()).isEqualTo(complaint.getFirstResponseDueAt());
        assertThat(task.getDueDate().toInstant()).isEqualTo(complaint.getResolutionDueAt());
    }

    private Complaint complaint(Filed filed) {
        return complaints.getByComplaintNo(filed.complaintNo());
    }
}
