package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import org.camunda.bpm.engine.runtime.Job;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.RemedyKind;
import org.complaintdesk.merchant.MerchantQuestions.Answer;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.support.DeskTest;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The merchant's first word: every answer, silence within and beyond policy, and a case without the merchant. */
@DeskTest
class MerchantAnswerTest extends ProcessTestSupport {

    @Autowired
    OutboxRepository outbox;

    @Test
    void merchantAccepts_theDemandIsCarriedOutWithoutAnInvestigation() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        assertThat(filed.pi()).hasPassed(Element.ASK_MERCHANT).isWaitingAt(Element.AWAIT_MERCHANT_ANSWER);
        assertThat(filed.pi()).variables().containsEntry(Var.MERCHANT_ANSWER, "NO_ANSWER")
                .containsEntry(Var.DEMANDED_REMEDY, "REFUND_FULL").containsKey(Var.MERCHANT_ANSWER_DUE);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("merchant-question");
            assertThat(m.getRecipientAddress()).isEqualTo("mia@complaint-desk.local");
            assertThat(m.getBody()).contains(filed.complaintNo(), "REFUND_FULL");
        });

        merchantAnswers(filed, new Answer("ACCEPT_DEMAND", null, null, null));

        assertThat(filed.pi()).hasPassed(Element.WEIGH_MERCHANT_ANSWER, Element.GRANT_DEMAND)
                .hasNotPassed(Element.INVESTIGATE_COMPLAINT).isWaitingAt(Element.CARRY_OUT_REMEDY);
        Complaint complaint = complaintRepository.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getRemedy()).isEqualTo(RemedyKind.REFUND_FULL);
        assertThat(complaint.getRemedyAmount()).isEqualByComparingTo("200.00");
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.REMEDY_IN_PROGRESS);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("demand-granted"));
    }

    @Test
    void firstResponseDeadline_whileTheMerchantIsAsked_isMetByTellingTheCustomer_noEscalation() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("merchant-asked");
            assertThat(m.getBody()).contains(filed.complaintNo());
        });

        execute(job(Element.FIRST_RESPONSE_DUE, filed.pi()));

        assertThat(filed.pi()).hasPassed(Element.TAKEN_IN_TIME).hasNotPassed(Element.ESCALATE_COMPLAINT)
                .isWaitingAt(Element.AWAIT_MERCHANT_ANSWER);
    }

    @Test
    void merchantProposesAnotherRemedy_itGoesToTheCustomerAsTheDesksOffer() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        merchantAnswers(filed, new Answer("PROPOSE_REMEDY", "REFUND_PARTIAL", 80, null));

        assertThat(filed.pi()).hasPassed(Element.OFFER_MERCHANTS_PROPOSAL, Element.SEND_OFFER)
                .hasNotPassed(Element.INVESTIGATE_COMPLAINT).isWaitingAt(Element.AWAIT_OFFER_RESPONSE);
        assertThat(filed.pi()).variables().containsEntry(Var.REMEDY, "REFUND_PARTIAL");
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("offer");
            assertThat(m.getBody()).contains("a partial refund of 80.00 CNY");
        });
    }

    @Test
    void merchantContests_theDeskInvestigatesWithTheMerchantsStatement() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        merchantAnswers(filed, new Answer("CONTEST", null, null, "The lamp worked when it left. **Not** our fault."));

        assertThat(filed.pi()).hasPassed(Element.WEIGH_MERCHANT_ANSWER).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(filed.pi()).variables().containsEntry(Var.MERCHANT_ANSWER, "CONTEST")
                .containsEntry(Var.MERCHANT_ANSWER_OUTCOME, "DESK_INVESTIGATES")
                .containsEntry(Var.MERCHANT_STATEMENT, "The lamp worked when it left. **Not** our fault.")
                .containsEntry(Var.MERCHANT_ANSWER_TEXT, "The merchant contests the demand; its statement is below.");
    }

    @Test
    void silenceOnADemandWithinPolicy_grantsTheDemand() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        letTheAnswerWindowPass(filed);

        assertThat(filed.pi()).hasPassed(Element.NOTE_MERCHANT_SILENCE, Element.GRANT_DEMAND)
                .isWaitingAt(Element.CARRY_OUT_REMEDY);
        assertThat(complaintRepository.getByComplaintNo(filed.complaintNo()).getRemedy()).isEqualTo(RemedyKind.REFUND_FULL);
        assertThatThrownBy(() -> merchantAnswers(filed, new Answer("ACCEPT_DEMAND", null, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void silenceOnALargeOrder_leavesTheCaseToTheDesk() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "900.00", "REFUND"));

        letTheAnswerWindowPass(filed);

        assertThat(filed.pi()).hasPassed(Element.NOTE_MERCHANT_SILENCE).hasNotPassed(Element.GRANT_DEMAND)
                .isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(filed.pi()).variables().containsEntry(Var.MERCHANT_ANSWER, "NO_ANSWER");
        assertThat((String) org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
                .getVariable(filed.pi().getId(), Var.MERCHANT_ANSWER_TEXT)).startsWith("The merchant did not answer by");
    }

    @Test
    void merchantNotInvolved_theDeskInvestigatesAtOnce() {
        Filed filed = fileUntilMerchantAsked(aboutMia("DELIVERY_DELAY", "200.00", "REFUND"));

        assertThat(filed.pi()).hasNotPassed(Element.ASK_MERCHANT).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo()))
                .noneSatisfy(m -> assertThat(m.getTemplate()).isEqualTo("merchant-question"));
    }

    @Test
    void badAnswers_areRefusedAndTheMerchantMayStillAnswer() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "REFUND"));

        assertThatThrownBy(() -> merchantAnswers(filed, new Answer("CONTEST", null, null, "  ")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("statement");
        assertThatThrownBy(() -> merchantAnswers(filed, new Answer("PROPOSE_REMEDY", "REFUND_PARTIAL", 500, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> merchantAnswers(filed, new Answer("PROPOSE_REMEDY", "REJECT", null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("contest");
        assertThatThrownBy(() -> merchantAnswers(filed, new Answer("MAYBE", null, null, null)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_MERCHANT_ANSWER);

        merchantAnswers(filed, new Answer("CONTEST", null, null, "Not our fault."));
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
    }

    @Test
    void aDemandThatNeedsAnAmount_cannotSimplyBeAccepted() {
        Filed filed = fileUntilMerchantAsked(aboutMia("PRODUCT_QUALITY", "200.00", "COMPENSATION"));

        assertThatThrownBy(() -> merchantAnswers(filed, new Answer("ACCEPT_DEMAND", null, null, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("propose a remedy");
        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_MERCHANT_ANSWER);
    }

    @Test
    void investigationForm_showsTheAnswerInTheDesksWords_andTheStatementAsText() throws Exception {
        com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms", "investigate-complaint.form").toFile());
        assertThat(form.get("components")).anySatisfy(c -> {
            assertThat(c.path("key").asText()).isEqualTo(Var.MERCHANT_STATEMENT);
            assertThat(c.path("type").asText()).isEqualTo("textarea");
            assertThat(c.path("disabled").asBoolean()).isTrue();
        });
        assertThat(form.get("components")).anySatisfy(c -> {
            assertThat(c.path("type").asText()).isEqualTo("text");
            assertThat(c.path("text").asText()).contains("{{merchantAnswerText}}").doesNotContain("merchantStatement");
        });
    }

    private void letTheAnswerWindowPass(Filed filed) {
        Job timer = managementService().createJobQuery().processInstanceId(filed.pi().getId()).timers()
                .activityId(Element.MERCHANT_ANSWER_DUE).singleResult();
        assertThat(timer).as("the answer window's timer").isNotNull();
        managementService().executeJob(timer.getId());
        runContinuations(filed.pi());
    }
}
